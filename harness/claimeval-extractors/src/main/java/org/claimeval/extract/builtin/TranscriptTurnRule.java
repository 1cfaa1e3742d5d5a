package org.claimeval.extract.builtin;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A turn of a broadcast transcript (guideline H37): a paragraph opened by a speaker label in capitals
 * ("CORPORAL LENA (translated): ...", "PAVEL KORIN, former major: ..."). A guest's turn is one claim: the whole
 * turn, cue the colon, mention the name in the label without title or description. The presenter's and the
 * outlet's reporters' turns are the article's own voice, read sentence by sentence like any other text; a turn
 * that only asks, greets or thanks is no claim.
 */
final class TranscriptTurnRule {
    /**
     * A label: words in capitals (a name, perhaps after a title), an optional "(translated)"-like note in lower
     * case, an optional ", description", then the colon and the turn.
     */
    private static final Pattern LABEL = Pattern.compile(
            "(\\p{Lu}[\\p{Lu}'.-]*(?: \\p{Lu}[\\p{Lu}'.-]*){0,4})(?: \\([\\p{Ll} ]{1,30}\\))?(?:, [^:\\n]{1,60})?: ");
    /** Labels of the outlet's own people: their turns are the article's voice. */
    private static final Set<String> OWN_VOICES = Set.of("presenter", "anchor", "host", "interviewer", "reporter",
            "correspondent", "narrator", "moderator", "announcer", "voice-over", "voiceover");
    /** Titles before a name in a label, left out of the mention (H9). */
    private static final Set<String> TITLES = Set.of("corporal", "sergeant", "private", "lieutenant", "captain",
            "major", "colonel", "general", "commander", "admiral", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.",
            "president", "minister", "governor", "mayor", "senator", "professor", "prof.", "father", "sister");
    /** Openings of a turn that greets or thanks: no claim. */
    private static final Pattern GREETING = Pattern.compile(
            "(?i)(thank you|thanks|good (morning|afternoon|evening)|hello|hi|welcome)\\b[^.!?]*[.!?]?\\s*$");

    private TranscriptTurnRule() {
    }

    /** Whether a guest's turn declines to comment ("I can't comment on that"): no claim, no cue in it either. */
    static boolean declines(TextRange paragraph, RuleContext ctx) {
        Matcher m = label(ctx.text(), paragraph);
        return m != null && NO_COMMENT.matcher(ctx.text()).region(m.end(), paragraph.end()).lookingAt();
    }

    /** The claim of a guest's turn, or null (no label, the outlet's own voice, a question, a greeting). */
    static Found find(TextRange paragraph, RuleContext ctx) {
        String text = ctx.text();
        Matcher m = label(text, paragraph);
        if (m == null) {
            return null;
        }
        String name = m.group(1);
        String wholeLabel = m.group().toLowerCase(Locale.ROOT);
        if (HeadlineSourceRule.isArticleLabel(name) || OWN_VOICES.stream().anyMatch(wholeLabel::contains)) {
            // "LIVE: ..." is a headline's label; the presenter and the outlet's reporters ("OKSANA MELNYK, our
            // correspondent:") speak for the outlet, also under their bare name later ("OKSANA MELNYK:")
            ctx.ownVoices().add(name.strip());
            return null;
        }
        if (ctx.ownVoices().contains(name.strip())) {
            return null;
        }
        int colon = m.end() - 2;
        TextRange content = withoutOpening(text, ContentTrimmer.trim(text, m.end(), paragraph.end()));
        String turn = text.substring(content.start(), content.end());
        if (content.isEmpty() || turn.strip().endsWith("?") || GREETING.matcher(turn).matches()) {
            return null;
        }
        int nameEnd = m.end(1);
        int nameStart = afterTitles(text, m.start(1), nameEnd);
        return Found.explicit(content, new TextRange(colon, colon + 1), ctx.resolve(new TextRange(nameStart, nameEnd)));
    }

    /** "I can't comment on that": a turn that declines to comment asserts nothing of the speaker's. */
    private static final Pattern NO_COMMENT = Pattern.compile(
            "(?i)(I|we) (can't|cannot|can not|won't|will not) comment\\b");
    /** "Good morning." opening a turn, or a topic label "On the audit:" before its content. */
    private static final Pattern OPENING = Pattern.compile(
            "(?i)((good (morning|afternoon|evening)|hello|thank you|thanks)[^.!?]*[.!]\\s+|on [^.:]{1,40}:\\s*)");

    /** The turn without a greeting sentence or a topic label at its start (H37: greetings are no claim). */
    private static TextRange withoutOpening(String text, TextRange content) {
        Matcher m = OPENING.matcher(text).region(content.start(), content.end());
        return m.lookingAt() && m.end() < content.end() ? ContentTrimmer.trim(text, m.end(), content.end()) : content;
    }

    /** Whether the paragraph opens with a speaker label ("PAVEL KORIN, former major: "). */
    static boolean opensWithLabel(String text, TextRange paragraph) {
        return label(text, paragraph) != null;
    }

    private static Matcher label(String text, TextRange paragraph) {
        if (!mayOpenWithLabel(text, paragraph)) {
            return null;
        }
        // A region, not a substring: this runs on every paragraph of every document.
        Matcher m = LABEL.matcher(text).region(paragraph.start(), paragraph.end());
        // Two capitals at least, so that "A: ..." or a sentence opening "I: " is no label.
        return m.lookingAt() && m.group(1).replaceAll("[^\\p{Lu}]", "").length() >= 2 ? m : null;
    }

    /**
     * False when the paragraph cannot open with a label of two capitals at least: {@link #LABEL}'s name starts with
     * a capital, and its second code point is another capital, one of {@code '.-} or the space before the next
     * word; anything else ends the name after one capital. Most paragraphs fail this at their second char, and are
     * never matched against the pattern.
     */
    private static boolean mayOpenWithLabel(String text, TextRange paragraph) {
        int first = text.codePointAt(paragraph.start());
        int next = paragraph.start() + Character.charCount(first);
        if (Character.getType(first) != Character.UPPERCASE_LETTER || next >= paragraph.end()) {
            return false;
        }
        int second = text.codePointAt(next);
        return Character.getType(second) == Character.UPPERCASE_LETTER || "'.- ".indexOf(second) >= 0;
    }

    /** The index after the title words that open a name ("CORPORAL LENA" -> "LENA"), keeping one word at least. */
    private static int afterTitles(String text, int start, int end) {
        int at = start;
        while (true) {
            int space = text.indexOf(' ', at);
            if (space < 0 || space >= end || !TITLES.contains(text.substring(at, space).toLowerCase(Locale.ROOT))) {
                return at;
            }
            at = space + 1;
        }
    }
}
