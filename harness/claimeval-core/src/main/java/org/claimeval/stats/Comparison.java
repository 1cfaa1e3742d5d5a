package org.claimeval.stats;

import java.util.Locale;
import java.util.Objects;
import org.claimeval.score.Counts;

/**
 * Two extractors scored on the same dataset with the same matching, and whether their micro F1 differs by
 * more than chance: a paired bootstrap (intervals and a p-value) and an approximate randomization test.
 *
 * @param a             first system: label, signature and micro counts
 * @param b             second system
 * @param bootstrap     paired bootstrap: both systems' intervals, the interval of ΔF1 = F1(a) - F1(b), its p-value
 * @param randomization approximate randomization test of ΔF1
 * @param alpha         significance level of the verdict
 */
public record Comparison(Competitor a, Competitor b, Bootstrap.Paired bootstrap, ApproximateRandomization.Result randomization,
                         double alpha) {
    public static final double DEFAULT_ALPHA = 0.05;

    /** One compared system. */
    public record Competitor(String label, String signature, Counts micro) {
        public Competitor {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(signature, "signature");
        }
    }

    /** Compares two systems split into the same units. */
    public static Comparison of(Competitor a, UnitCounts unitsA, Competitor b, UnitCounts unitsB, Bootstrap bootstrap,
                                ApproximateRandomization randomization) {
        return new Comparison(a, b, bootstrap.paired(unitsA, unitsB), randomization.test(unitsA, unitsB), DEFAULT_ALPHA);
    }

    public double deltaF1() {
        return bootstrap.deltaF1().estimate();
    }

    /**
     * The verdict rests on the approximate randomization p-value (the test that assumes least); the paired
     * bootstrap p-value is reported beside it.
     */
    public boolean significant() {
        return randomization.pValue() < alpha;
    }

    /**
     * One line, e.g. {@code cue is better than sentence on micro F1 (ΔF1 +0.213, p = 0.0001 < 0.05)} or
     * {@code no significant difference between cue and sentence on micro F1 (ΔF1 +0.012, p = 0.4100 >= 0.05)}.
     */
    public String verdict() {
        double delta = deltaF1();
        String figures = String.format(Locale.ROOT, "(ΔF1 %+.3f, p = %.4f %s %s)", delta, randomization.pValue(),
                significant() ? "<" : ">=", plain(alpha));
        if (!significant()) {
            return "no significant difference between " + a.label() + " and " + b.label() + " on micro F1 " + figures;
        }
        String better = delta > 0 ? a.label() : b.label();
        String worse = delta > 0 ? b.label() : a.label();
        return better + " is better than " + worse + " on micro F1 " + figures;
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
