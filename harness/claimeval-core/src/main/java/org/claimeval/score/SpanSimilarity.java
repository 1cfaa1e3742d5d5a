package org.claimeval.score;

/**
 * Whether two spans match under a {@link MatchConfig}, and how well. The similarity of a matching pair is in
 * (0, 1] and only breaks ties between assignments with the same number of matches.
 */
final class SpanSimilarity {
    /** Returned for a pair that does not match. */
    static final double NO_MATCH = -1.0;

    private final MatchConfig config;

    SpanSimilarity(MatchConfig config) {
        this.config = config;
    }

    /**
     * The similarity of span a ({@code [aStart, aEnd)}, touching tokens {@code aTokens}) and span b, or
     * {@link #NO_MATCH}. Spans that touch no token match only with identical offsets (similarity 1).
     */
    double of(int aStart, int aEnd, TokenRange aTokens, int bStart, int bEnd, TokenRange bTokens) {
        boolean sameOffsets = aStart == bStart && aEnd == bEnd;
        if (config.mode() == MatchMode.EXACT || aTokens.isEmpty() || bTokens.isEmpty()) {
            return sameOffsets ? 1.0 : NO_MATCH;
        }
        double iou = aTokens.iou(bTokens);
        return switch (config.mode()) {
            case OVERLAP -> iou >= config.iou() ? iou : NO_MATCH;
            case PARTIAL -> iou > 0.0 ? iou : NO_MATCH;
            case EXACT -> throw new AssertionError("handled above");
        };
    }
}
