package org.claimeval.score;

/**
 * The tokens a span touches, as a contiguous range {@code [first, end)} of token indices in a {@link TokenView}.
 * Because the range is contiguous, set operations on it are O(1).
 */
public record TokenRange(int first, int end) {
    public static final TokenRange NONE = new TokenRange(0, 0);

    public TokenRange {
        if (first < 0 || end < first) {
            throw new IllegalArgumentException("bad token range [" + first + "," + end + ")");
        }
    }

    public int size() {
        return end - first;
    }

    public boolean isEmpty() {
        return end == first;
    }

    public int intersection(TokenRange other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(first, other.first));
    }

    /** |A ∩ B| / |A ∪ B|; 0 when either range is empty. */
    public double iou(TokenRange other) {
        int inter = intersection(other);
        if (inter == 0) {
            return 0.0;
        }
        return inter / (double) (size() + other.size() - inter);
    }
}
