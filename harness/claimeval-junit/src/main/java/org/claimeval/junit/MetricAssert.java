package org.claimeval.junit;

import java.util.Locale;
import org.opentest4j.AssertionFailedError;

/** One metric's value, checked against a threshold; a miss fails the test with the run's signature. */
public final class MetricAssert {
    private final String metric;
    private final double value;
    private final String signature;

    MetricAssert(String metric, double value, String signature) {
        this.metric = metric;
        this.value = value;
        this.signature = signature;
    }

    /**
     * Fails unless the value is at least the threshold.
     *
     * @param threshold the floor, inclusive
     * @return this, to chain another bound
     * @throws AssertionFailedError naming the metric, its value, the threshold and the signature
     */
    public MetricAssert isAtLeast(double threshold) {
        if (!(value >= threshold)) {
            throw failure("at least", threshold);
        }
        return this;
    }

    /**
     * Fails unless the value is at most the threshold (for counts such as {@code micro.fp}).
     *
     * @param threshold the ceiling, inclusive
     * @return this, to chain another bound
     * @throws AssertionFailedError naming the metric, its value, the threshold and the signature
     */
    public MetricAssert isAtMost(double threshold) {
        if (!(value <= threshold)) {
            throw failure("at most", threshold);
        }
        return this;
    }

    /**
     * The metric's value.
     *
     * @return the value as the JSON report carries it
     */
    public double value() {
        return value;
    }

    private AssertionFailedError failure(String bound, double threshold) {
        String message = String.format(Locale.ROOT, "claimeval: %s = %.4f, expected %s %.4f%n  signature: %s",
                metric, value, bound, threshold, signature);
        return new AssertionFailedError(message, bound + " " + threshold, value);
    }
}
