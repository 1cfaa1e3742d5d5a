package org.claimeval.score;

import java.util.Locale;
import java.util.Objects;

/**
 * One check of a CI gate on one metric of the report, and whether the run passed it. A value equal to its
 * threshold passes (within one part in 10^12, so 0.6 >= 0.6 stays true after floating-point subtraction).
 *
 * @param metric    the metric as the user named it, e.g. {@code claim_claimant.f1}
 * @param rule      floor, allowed drop against a baseline, or "not significantly worse than the baseline"
 * @param baseline  the baseline's value; null for a plain floor
 * @param actual    this run's value
 * @param threshold the value {@code actual} had to reach; NaN for {@link Rule#SIGNIFICANT}
 * @param pValue    the paired test's p-value for {@link Rule#SIGNIFICANT}, else NaN
 * @param alpha     significance level for {@link Rule#SIGNIFICANT}, else NaN
 */
public record GateCheck(String metric, Rule rule, Double baseline, double actual, double threshold, double pValue,
                        double alpha, boolean passed) {
    private static final double TOLERANCE = 1e-12;

    public GateCheck {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(rule, "rule");
    }

    /** What a check holds the metric to. */
    public enum Rule {
        /** {@code --min METRIC=X}: at least X. */
        MIN("min"),
        /** {@code --max-drop METRIC=X}: at least the baseline's value minus X. */
        MAX_DROP("max-drop"),
        /** {@code --max-drop METRIC=significant}: not significantly below the baseline (paired test). */
        SIGNIFICANT("max-drop");

        private final String option;

        Rule(String option) {
            this.option = option;
        }

        public String option() {
            return option;
        }
    }

    /** {@code --min METRIC=floor}. */
    public static GateCheck atLeast(String metric, double actual, double floor) {
        return new GateCheck(metric, Rule.MIN, null, actual, floor, Double.NaN, Double.NaN,
                actual >= floor - TOLERANCE);
    }

    /** {@code --max-drop METRIC=drop}: the run may fall at most {@code drop} below the baseline. */
    public static GateCheck maxDrop(String metric, double baseline, double actual, double drop) {
        double floor = baseline - drop;
        return new GateCheck(metric, Rule.MAX_DROP, baseline, actual, floor, Double.NaN, Double.NaN,
                actual >= floor - TOLERANCE);
    }

    /**
     * {@code --max-drop METRIC=significant}: fails only when the run is below the baseline and a paired test
     * says the difference is unlikely to be chance ({@code pValue < alpha}); a rise never fails.
     */
    public static GateCheck notSignificantlyWorse(String metric, double baseline, double actual, double pValue,
                                                  double alpha) {
        boolean worse = actual < baseline - TOLERANCE && pValue < alpha;
        return new GateCheck(metric, Rule.SIGNIFICANT, baseline, actual, Double.NaN, pValue, alpha, !worse);
    }

    /** {@code min claim_claimant.f1}, {@code max-drop micro.f1}: the option and the metric. */
    public String name() {
        return rule.option() + " " + metric;
    }

    /** This run minus the baseline; NaN without a baseline. */
    public double delta() {
        return baseline == null ? Double.NaN : actual - baseline;
    }

    /** The threshold in words: {@code >= 0.6000}, or {@code not significantly worse (p >= 0.05)}. */
    public String thresholdText() {
        if (rule == Rule.SIGNIFICANT) {
            return String.format(Locale.ROOT, "not significantly worse (p = %.4f, alpha %s)", pValue, plain(alpha));
        }
        return String.format(Locale.ROOT, ">= %.4f", threshold);
    }

    /**
     * One line: {@code min micro.f1: 0.5714 < 0.5800 (FAILED)}, or for a significance check
     * {@code max-drop micro.f1=significant: 0.3333 vs baseline 0.5714, p = 0.0120 < 0.05 (FAILED)}.
     */
    public String message() {
        String verdict = passed ? "passed" : "FAILED";
        if (rule == Rule.SIGNIFICANT) {
            return String.format(Locale.ROOT, "%s=significant: %.4f vs baseline %.4f, p = %.4f %s %s (%s)", name(),
                    actual, baseline, pValue, pValue < alpha ? "<" : ">=", plain(alpha), verdict);
        }
        String base = baseline == null ? "" : String.format(Locale.ROOT, " (baseline %.4f)", baseline);
        return String.format(Locale.ROOT, "%s: %.4f %s %.4f%s (%s)", name(), actual, passed ? ">=" : "<", threshold,
                base, verdict);
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
