package org.claimeval.score;

import java.util.Arrays;
import org.claimeval.model.Document;

/**
 * A document seen as tokens for span overlap: a token is a maximal run of letters and digits (by code point,
 * {@link Character#isLetterOrDigit(int)}), so whitespace and punctuation at a span's edges never change
 * whether two spans match. Apostrophes and hyphens split tokens ({@code Kursk's} is {@code Kursk}, {@code s}).
 *
 * <p>A span <em>touches</em> every token it shares at least one code point with, so a span that cuts a word
 * in half still counts that word. A span that touches no token (empty, or only punctuation and space) has an
 * empty {@link TokenRange}; such a span matches only a span with exactly the same offsets, in every mode.
 */
public final class TokenView {
    /** Code-point offsets: token i is [starts[i], ends[i]). Both arrays are strictly increasing. */
    private final int[] starts;
    private final int[] ends;
    private final int length;

    private TokenView(int[] starts, int[] ends, int length) {
        this.starts = starts;
        this.ends = ends;
        this.length = length;
    }

    public static TokenView of(Document document) {
        return of(document.text());
    }

    public static TokenView of(String text) {
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        int cp = 0;
        int tokenStart = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean word = Character.isLetterOrDigit(c);
            if (word && tokenStart < 0) {
                tokenStart = cp;
            } else if (!word && tokenStart >= 0) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = tokenStart;
                ends[count++] = cp;
                tokenStart = -1;
            }
            i += Character.charCount(c);
            cp++;
        }
        if (tokenStart >= 0) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count + 1);
                ends = Arrays.copyOf(ends, count + 1);
            }
            starts[count] = tokenStart;
            ends[count++] = cp;
        }
        return new TokenView(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), cp);
    }

    public int tokenCount() {
        return starts.length;
    }

    /** Length of the text in code points. */
    public int length() {
        return length;
    }

    /** The tokens that the code-point span {@code [start, end)} shares at least one code point with. */
    public TokenRange range(int start, int end) {
        if (start >= end) {
            return TokenRange.NONE;
        }
        int first = firstEndingAfter(start);
        int last = countStartingBefore(end);
        return first < last ? new TokenRange(first, last) : TokenRange.NONE;
    }

    /** Index of the first token whose end is after {@code offset}. */
    private int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] > offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Number of tokens that start before {@code offset}. */
    private int countStartingBefore(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
