package org.claimeval.stats;

import java.util.Locale;

/** A point estimate with a confidence interval around it. */
public record Interval(double estimate, double low, double high) {

    /** {@code 0.712 [0.640, 0.781]} */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", estimate, low, high);
    }
}
