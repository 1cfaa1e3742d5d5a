package org.claimeval.extract.builtin;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Tells quoted speech that asserts nothing: a question, or an appeal or directive ("We call on everyone to
 * ...", "Let us ...", "Please ..."). The openers are the general performative and imperative forms of English,
 * for any speaker; a claim is an assertion (dataset/GUIDELINES.md section 4).
 */
final class SpeechAct {
    /** Openers of a directive, lower case, followed by a space in the text. */
    private static final List<String> DIRECTIVE_OPENERS = List.of(
            "i urge", "we urge", "i call on", "we call on", "i call upon", "we call upon", "i appeal",
            "we appeal", "i ask", "we ask", "i beg", "we beg", "i implore", "we implore", "i demand", "we demand",
            "i invite", "we invite", "let us", "let's", "let’s", "please", "do not", "don't", "don’t");
    /** The first chars of {@link #DIRECTIVE_OPENERS}, case-folded. */
    private static final String DIRECTIVE_INITIALS = DIRECTIVE_OPENERS.stream()
            .map(opener -> String.valueOf(foldCase(opener.charAt(0)))).distinct().collect(Collectors.joining());

    /** Modals of obligation: "X must end", "they should surrender" (guideline 4, H3). */
    private static final List<String> OBLIGATIONS = List.of(" must ", " should ", " ought to ", " mustn't ",
            " shouldn't ");

    private SpeechAct() {
    }

    /**
     * Whether a content is a directive rather than an assertion: an obligation in its first clause ("the shelling
     * must end, and ...") or an imperative opening ("Ask me in a month", "Do not open the door").
     */
    static boolean isDirective(String text, TextRange content) {
        if (content.isEmpty()) {
            return false;
        }
        int clauseEnd = content.start();
        while (clauseEnd < content.end() && !endsClause(text.charAt(clauseEnd))) {
            clauseEnd++;
        }
        if (mayHoldModal(text, content.start(), clauseEnd)) {
            String clause = " " + text.substring(content.start(), clauseEnd).toLowerCase(java.util.Locale.ROOT) + " ";
            for (String modal : OBLIGATIONS) {
                int at = clause.indexOf(modal);
                // "must have lost", "should have been evacuated": a conclusion or a reproach about the past, asserted.
                if (at >= 0 && !clause.startsWith("have ", at + modal.length())) {
                    return true;
                }
            }
        }
        return opensWithDirective(text, content) || imperative(text, content);
    }

    private static boolean endsClause(char c) {
        return c == ',' || c == ';' || c == '.';
    }

    /**
     * False only when no modal of obligation can be in {@code text[from, to)}: most clauses hold none, and are then
     * not copied and lower-cased to look for one. Chars outside ASCII are passed over: none lower-cases to a letter
     * of a modal or to a space ({@code SpeechActTest} tries every code point), so a modal's chars are ASCII.
     */
    private static boolean mayHoldModal(String text, int from, int to) {
        // A modal follows a space (" must ") or opens the clause: only those places are read, found by the spaces.
        int i = from;
        while (i < to) {
            char lower = (char) (text.charAt(i) | 0x20);
            // The stems every modal of OBLIGATIONS holds: "must", "should", "ought".
            if (lower == 'm' && text.regionMatches(true, i, "must", 0, 4)
                    || lower == 's' && text.regionMatches(true, i, "should", 0, 6)
                    || lower == 'o' && text.regionMatches(true, i, "ought", 0, 5)) {
                return true;
            }
            int space = text.indexOf(' ', i);
            if (space < 0) {
                return false;
            }
            i = space + 1;
        }
        return false;
    }

    private static boolean opensWithDirective(String text, TextRange t) {
        return opensWithDirective(text, t.start(), t.end());
    }

    /** Whether {@code text[start, end)} opens with a directive opener and a space, in any case. */
    private static boolean opensWithDirective(String text, int start, int end) {
        char first = foldCase(text.charAt(start));
        if (DIRECTIVE_INITIALS.indexOf(first) < 0) {
            return false; // most contents: no opener starts with their first char
        }
        for (String opener : DIRECTIVE_OPENERS) {
            int openerEnd = start + opener.length();
            // The first char settles most openers: regionMatches would compare it folded the same way.
            if (openerEnd < end && first == foldCase(opener.charAt(0))
                    && text.regionMatches(true, start, opener, 0, opener.length()) && text.charAt(openerEnd) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** A char as {@code regionMatches(true, ...)} finally compares it. */
    private static char foldCase(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * A capitalised base-form verb with an object pronoun or article after it opens an imperative ("Ask me",
     * "Follow our coverage"): told apart from a statement by the tagger, only for such openings.
     */
    private static boolean imperative(String text, TextRange t) {
        if (!Character.isUpperCase(text.charAt(t.start()))) {
            return false;
        }
        int wordEnd = CueLexicon.wordEnd(text, t.start(), t.end());
        if (wordEnd == t.start() || wordEnd >= t.end()) {
            return false;
        }
        String next = text.substring(wordEnd, CueLexicon.wordEnd(text, Math.min(wordEnd + 1, t.end()), t.end()))
                .strip().toLowerCase(java.util.Locale.ROOT);
        if (!IMPERATIVE_OBJECTS.contains(next)) {
            return false;
        }
        String first = text.substring(t.start(), wordEnd);
        return !NEVER_IMPERATIVE.contains(first) && taggedImperative(first, next);
    }

    /** Whether the tagger reads {@code first} as a base-form verb before {@code next}, an imperative object. */
    static boolean taggedImperative(String first, String next) {
        String tag = EnglishModels.wordTagger().tagOf(new String[] {first, next}, 0);
        return tag.equals("VB") || (tag.equals("VERB") && !first.endsWith("ing") && !first.endsWith("ed")
                && !first.endsWith("s"));
    }

    /**
     * Capitalised words that open many contents ("At the", "Since the", "In that") and that the tagger never reads
     * as a verb before any of {@link #IMPERATIVE_OBJECTS}: the answer is known without tagging. The tagger's answer
     * for two words depends on those words alone, and {@code SpeechActTest} asks it for every pair of this set and
     * the objects, so skipping it changes nothing. Tagging is the costliest step of a content's test: each word
     * tagged reads scattered parts of a large model.
     */
    static final java.util.Set<String> NEVER_IMPERATIVE = java.util.Set.of("At", "After", "Since", "In", "On",
            "For", "From", "With", "By", "During", "Before", "Over", "Under", "Despite", "Among", "Between", "Through",
            "As", "While", "When", "If", "Although", "Because", "Until", "Of", "To", "Into", "About", "Against",
            "Across", "Within", "Without", "Amid", "According", "Including", "Once", "Where", "Whether",
            "Though", "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I",
            "There", "Its", "Their", "His", "Her", "Our", "Some", "Many", "Most", "All", "Both", "Each", "And", "But",
            "Or", "So", "Yet", "Meanwhile", "Earlier", "Later", "Now", "Then", "Also", "Still");

    /** Words that follow an imperative verb: its object pronoun or a determiner of its object. */
    private static final java.util.Set<String> IMPERATIVE_OBJECTS = java.util.Set.of("me", "us", "them", "him",
            "her", "it", "our", "your", "the", "this", "that", "all", "everyone", "nobody");

    /** Whether the quoted text in {@code inner} (between the marks) is a question or a directive. */
    static boolean isDirectiveOrQuestion(String text, TextRange inner) {
        TextRange t = SentenceSplitter.trim(text, inner.start(), inner.end());
        if (t.isEmpty()) {
            return false;
        }
        int last = t.end() - 1;
        while (last > t.start() && ContentTrimmer.isQuoteMark(text.charAt(last))) {
            last--;
        }
        if (text.charAt(last) == '?') {
            return true;
        }
        int start = t.start();
        while (start < t.end() && !Character.isLetter(text.charAt(start))) {
            start++; // an opening ellipsis or dash
        }
        return start < t.end() && opensWithDirective(text, start, t.end());
    }
}
