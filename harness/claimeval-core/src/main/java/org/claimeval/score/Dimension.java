package org.claimeval.score;

import java.util.function.Function;
import org.claimeval.model.Claim;
import org.claimeval.model.JsonEnum;

/**
 * A way to split counts into rows: TP and FN go to the gold claim's value, an unmatched prediction (FP) to its
 * own predicted value, or to {@link #NONE} when it does not say. Every claim lands in exactly one row, so the
 * rows of a breakdown add up to the micro counts.
 */
public record Dimension(String name, Function<Claim, String> key) {
    public static final String NONE = "(none)";

    public static final Dimension TYPE = new Dimension("type", c -> json(c.type()));
    public static final Dimension ATTRIBUTION = new Dimension("attribution", c -> json(c.attribution()));

    /** By the side of the resolved claimant: RU, UA, WEST, OTHER, {@code author}, or (none). */
    static Dimension side(ClaimantKeys claimants) {
        return new Dimension("side", c -> claimants.side(c.claimant()));
    }

    public String keyOf(Claim claim) {
        String k = key.apply(claim);
        return k == null ? NONE : k;
    }

    private static String json(JsonEnum value) {
        return value == null ? null : value.json();
    }
}
