package org.claimeval.extract.builtin;

import java.util.Locale;
import java.util.Set;

/**
 * The group a partitive ("Two of them", "Most of them") is drawn from: the nearest noun phrase before it that
 * ends in a plural common noun after a determiner or possessive ("His soldiers", "the analysts"), within the same
 * paragraph and a few dozen words.
 */
final class PluralAntecedent {
    private static final Set<String> OPENERS = Set.of("the", "his", "her", "their", "its", "our", "these", "those");
    private static final int MAX_WORDS_BACK = 40;

    private PluralAntecedent() {
    }

    /** The phrase from its determiner to its plural noun, or null. */
    static TextRange before(String text, int index) {
        TextNav nav = new TextNav(text);
        int i = index;
        for (int words = 0; words < MAX_WORDS_BACK && i > 0; words++) {
            int end = i;
            while (end > 0 && !Character.isLetter(text.charAt(end - 1))) {
                if (text.charAt(end - 1) == '\n') {
                    return null; // the paragraph starts here
                }
                end--;
            }
            String word = nav.wordBefore(end);
            if (word.isEmpty()) {
                return null;
            }
            int start = end - word.length();
            if (isPluralNoun(text.substring(start, end))) {
                TextRange phrase = phraseEndingAt(nav, start, end);
                if (phrase != null) {
                    return phrase;
                }
            }
            i = start;
        }
        return null;
    }

    private static boolean isPluralNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Character.isLowerCase(word.charAt(0)) && lower.length() > 3 && lower.endsWith("s")
                && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is");
    }

    /** "His soldiers", "the exhausted soldiers": up to two words back to a determiner, else null. */
    private static TextRange phraseEndingAt(TextNav nav, int nounStart, int nounEnd) {
        int s = nounStart;
        for (int k = 0; k < 3; k++) {
            String w = nav.wordBefore(s);
            if (w.isEmpty()) {
                return null;
            }
            s = nav.skipSpacesBack(s) - w.length();
            if (OPENERS.contains(w)) {
                return new TextRange(s, nounEnd);
            }
        }
        return null;
    }
}
