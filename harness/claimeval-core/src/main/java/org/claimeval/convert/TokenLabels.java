package org.claimeval.convert;

import java.util.ArrayList;
import java.util.List;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;
import org.claimeval.model.Span;

/**
 * One label per token of a document from its claims: {@code CUE}, {@code SOURCE}, {@code CONTENT} or
 * {@code O}, the form sequence taggers train on and token-wise agreement is measured over. Tokens are the
 * maximal runs of letters and digits and each other non-space character on its own. A token takes the label of
 * any span it shares a character with; where spans nest (a source inside a content), the cue wins over the
 * source and the source over the content, since the smaller span is the one a tagger would otherwise lose.
 *
 * @param tokens the tokens, in text order
 * @param labels each token's label
 * @param begins whether the token starts its span (the B of BIO), false for {@code O}
 */
public record TokenLabels(List<Span> tokens, List<String> labels, List<Boolean> begins) {
    public static final String CONTENT = "CONTENT";
    public static final String SOURCE = "SOURCE";
    public static final String CUE = "CUE";
    public static final String NONE = "O";

    public static TokenLabels of(Document document, List<Claim> claims) {
        String text = document.text();
        List<int[]> tokens = new ArrayList<>(); // UTF-16 [start, end)
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i = next;
                continue;
            }
            int end = next;
            if (Character.isLetterOrDigit(cp)) {
                while (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
            }
            tokens.add(new int[] {i, end});
            i = end;
        }
        int n = tokens.size();
        int[] rank = new int[n];
        Span[] owner = new Span[n];
        String[] label = new String[n];
        java.util.Arrays.fill(label, NONE);
        for (Claim c : claims) {
            mark(document, tokens, c.content(), CONTENT, 1, rank, owner, label);
            if (c.claimantMention() != null) {
                mark(document, tokens, c.claimantMention(), SOURCE, 2, rank, owner, label);
            }
            if (c.cue() != null) {
                mark(document, tokens, c.cue(), CUE, 3, rank, owner, label);
            }
        }
        List<Span> spans = new ArrayList<>(n);
        List<String> labels = new ArrayList<>(n);
        List<Boolean> begins = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            spans.add(document.spanOfChars(tokens.get(k)[0], tokens.get(k)[1]));
            labels.add(label[k]);
            begins.add(owner[k] != null && (k == 0 || owner[k - 1] != owner[k]));
        }
        return new TokenLabels(spans, labels, begins);
    }

    /** Labels the tokens the span touches where nothing of a higher rank already did. */
    private static void mark(Document document, List<int[]> tokens, Span span, String label, int r, int[] rank,
                             Span[] owner, String[] labels) {
        int start = document.toCharIndex(span.start());
        int end = document.toCharIndex(span.end());
        int k = firstEndingAfter(tokens, start);
        for (; k < tokens.size() && tokens.get(k)[0] < end; k++) {
            if (rank[k] < r) {
                rank[k] = r;
                owner[k] = span;
                labels[k] = label;
            }
        }
    }

    /** Binary search: the first token whose end lies after {@code charIndex}. */
    private static int firstEndingAfter(List<int[]> tokens, int charIndex) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid)[1] <= charIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The BIO tag of token {@code k}: {@code B-SOURCE}, {@code I-CONTENT}, {@code O}. */
    public String bio(int k) {
        String l = labels.get(k);
        return NONE.equals(l) ? NONE : (begins.get(k) ? "B-" : "I-") + l;
    }
}
