package org.claimeval.score;

import org.claimeval.model.JsonEnum;

/**
 * When a predicted span counts as the same claim as a gold span. All modes compare content spans only; the
 * claimant is checked separately (see {@link AttributeScores#strict()}).
 */
public enum MatchMode implements JsonEnum {
    /** Same start and same end offset. */
    EXACT,
    /** Token intersection-over-union at least {@link MatchConfig#iou()}. */
    OVERLAP,
    /** At least one token in common. */
    PARTIAL;

    @Override
    public String json() {
        return JsonEnum.lower(this);
    }
}
