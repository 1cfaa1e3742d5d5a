package org.claimeval.model;

import java.util.Objects;

/**
 * A figure inside a claim: "61,000 servicemen" is value 61000, unit "servicemen", bound exact.
 *
 * @param span where the figure stands in the document; null for predictions that give no offsets
 */
public record Quantity(Span span, double value, String unit, Bound bound) {
    public Quantity {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(bound, "bound");
    }
}
