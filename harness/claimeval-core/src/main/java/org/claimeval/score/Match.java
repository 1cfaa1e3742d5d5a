package org.claimeval.score;

import java.util.Objects;
import org.claimeval.model.Claim;

/**
 * A gold claim and the prediction assigned to it.
 *
 * @param similarity 1.0 for exact matches, the token IoU otherwise (in (0, 1])
 */
public record Match(Claim gold, Claim predicted, double similarity) {
    public Match {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
    }
}
