package org.claimeval.score;

import java.util.Objects;

/** What a score run compares and how: the span matching and the subset of claims. */
public record ScoreConfig(MatchConfig match, Subset subset) {
    public ScoreConfig {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(subset, "subset");
    }

    /** The harness default: token overlap at IoU 0.5 on all claims. */
    public static ScoreConfig defaults() {
        return new ScoreConfig(MatchConfig.overlap(MatchConfig.DEFAULT_IOU), Subset.ALL);
    }
}
