package org.claimeval.extract.builtin;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Headlines without a cue verb (guideline H4, H26): "content – source" and "content: Speaker" with the dash or
 * colon as cue, and "Speaker: content" with the speaker first. A label that opens a headline ("Analysis:",
 * "LIVE:") is no speaker, and a question is no claim.
 */
final class HeadlineSourceRule {
    private static final List<String> SEPARATORS = List.of(" – ", " — ", " - ", ": ");
    /** Labels of a headline, lower case: a kind of article, not a source. */
    private static final Set<String> LABELS = Set.of("live", "analysis", "breaking", "update", "updated", "opinion",
            "explainer", "exclusive", "comment", "editorial", "factbox", "timeline", "watch", "video", "photos",
            "interview", "review", "fact check", "in pictures", "key points", "latest", "live updates", "news",
            "feature", "report", "q&a", "transcript");
    /** Nouns that end a source phrase written in lower case ("– military source", "– officials"). */
    private static final Set<String> SOURCE_NOUNS = Set.of("source", "sources", "official", "officials",
            "spokesman", "spokeswoman", "spokesperson", "ministry", "military", "army", "agency", "media", "report",
            "reports", "governor", "commander", "staff", "office", "government", "authorities", "police", "says");
    /** Most words a headline's source may have. */
    private static final int MAX_SOURCE_WORDS = 4;

    private HeadlineSourceRule() {
    }

    /** Whether a word or phrase is a label of an article's kind ("LIVE", "Analysis"), in any case. */
    static boolean isArticleLabel(String phrase) {
        return LABELS.contains(phrase.strip().toLowerCase(Locale.ROOT));
    }

    /** The claim of a headline, or null when it has no recognisable source. */
    static Found find(TextRange s, RuleContext ctx) {
        String text = ctx.text();
        TextNav nav = ctx.nav();
        if (text.charAt(s.end() - 1) == '?') {
            return null;
        }
        for (String separator : SEPARATORS) {
            int at = nav.lastIndexWithin(separator, s.start(), s.end());
            if (at <= s.start()) {
                continue;
            }
            int mark = at + separator.indexOf(separator.strip());
            TextRange after = nav.stripPunctuation(new TextRange(at + separator.length(), s.end()));
            TextRange before = nav.stripPunctuation(new TextRange(s.start(), at));
            if (looksLikeSource(text, after, ctx) && words(nav, before) >= 3 && !isLabel(text, before)) {
                TextRange content = ContentTrimmer.trim(text, s.start(), at);
                return Found.explicit(content, new TextRange(mark, mark + 1), ctx.resolve(after));
            }
            if (separator.equals(": ") && looksLikeSource(text, before, ctx) && !isLabel(text, before)
                    && words(nav, after) >= 3) {
                // "Speaker: content"
                TextRange content = ContentTrimmer.trim(text, at + 1, s.end());
                return Found.explicit(content, new TextRange(mark, mark + 1), ctx.resolve(before));
            }
        }
        return null;
    }

    /** The headline after a label that opens it ("LIVE: Floods cut roads, ministry says"), else itself. */
    static TextRange withoutLabel(String text, TextRange headline) {
        int colon = -1;
        for (int i = headline.start(); i + 1 < headline.end() && colon < 0; i++) {
            if (text.charAt(i) == ':' && text.charAt(i + 1) == ' ') {
                colon = i;
            }
        }
        if (colon < 0 || !isLabel(text, new TextRange(headline.start(), colon))) {
            return headline;
        }
        return SentenceSplitter.trim(text, colon + 1, headline.end());
    }

    private static boolean looksLikeSource(String text, TextRange r, RuleContext ctx) {
        int n = words(ctx.nav(), r);
        if (r.isEmpty() || n > MAX_SOURCE_WORDS || isLabel(text, r)) {
            return false;
        }
        String phrase = text.substring(r.start(), r.end());
        if (Character.isUpperCase(phrase.charAt(0)) || ctx.resolver().lookup(phrase).isPresent()) {
            return true;
        }
        String[] w = phrase.toLowerCase(Locale.ROOT).split("\\s+");
        return SOURCE_NOUNS.contains(w[w.length - 1]);
    }

    private static boolean isLabel(String text, TextRange r) {
        return !r.isEmpty() && LABELS.contains(text.substring(r.start(), r.end()).toLowerCase(Locale.ROOT));
    }

    /**
     * The pieces of {@code strip().split("\\s+")} of a range, counted in place: a blank range splits into one
     * empty piece.
     */
    static int words(TextNav nav, TextRange r) {
        return r.isEmpty() ? 0 : Math.max(1, nav.wordsWithin(r.start(), r.end(), Integer.MAX_VALUE));
    }
}
