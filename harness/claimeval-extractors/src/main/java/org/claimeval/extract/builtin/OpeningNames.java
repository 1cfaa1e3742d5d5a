package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.List;

/**
 * The capitalised phrases that open the sentences before a pronoun, nearest first ("Roe visited the dam on Monday.
 * '...,' she said"): the subject of a sentence is the usual antecedent of a pronoun in the next one, whether or not
 * that sentence had a cue. Looks a few hundred characters back only.
 */
final class OpeningNames {
    private static final int MAX_CHARS_BACK = 400;
    private static final int MAX_WORDS = 4;

    private OpeningNames() {
    }

    /** The phrases starting after {@code after} (a char index, or -1 for all) and before {@code index}. */
    static List<TextRange> between(String text, int after, int index) {
        List<TextRange> out = new ArrayList<>();
        int from = Math.max(Math.max(0, index - MAX_CHARS_BACK), after + 1);
        for (int i = index - 1; i >= from; i--) {
            if (Character.isUpperCase(text.charAt(i)) && opensSentence(text, i)) {
                TextRange run = capitalisedRun(text, i, index);
                if (!run.isEmpty()) {
                    out.add(run);
                }
            }
        }
        return out;
    }

    /** Whether the letter at {@code i} is the first of a sentence: text start, a line start or after ". ". */
    private static boolean opensSentence(String text, int i) {
        int k = i - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || ContentTrimmer.isQuoteMark(text.charAt(k)))) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        char c = text.charAt(k);
        return c == '\n' || ((c == '.' || c == '!' || c == '?') && k < i - 1);
    }

    /** Up to four capitalised words from {@code start}: "Jane Roe", "The Interior Ministry". */
    private static TextRange capitalisedRun(String text, int start, int limit) {
        int end = start;
        int i = start;
        for (int words = 0; words < MAX_WORDS && i < limit && Character.isUpperCase(text.charAt(i)); words++) {
            int we = CueLexicon.wordEnd(text, i, limit);
            if (we == i) {
                break;
            }
            end = we;
            i = we;
            while (i < limit && text.charAt(i) == ' ') {
                i++;
            }
        }
        return new TextRange(start, end);
    }
}
