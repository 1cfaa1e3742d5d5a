package org.claimeval.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.claimeval.score.Counts;

/**
 * Two systems scored on the same dataset with the same matching, and whether a metric (the headline unless
 * another is named) differs by more than chance: a paired bootstrap (intervals and a p-value) and an approximate
 * randomization test. Several systems are each compared with the first, and the randomization p-values are
 * Holm-corrected across those comparisons ({@link #againstFirst}).
 *
 * @param metric        the compared metric as named, e.g. {@code claim_claimant.f1}
 * @param a             first system: label, signature, the metric's pooled counts and value with its interval
 * @param b             second system
 * @param bootstrap     paired bootstrap: both systems' P/R/F1 intervals, the interval of Δ = metric(a) - metric(b),
 *                      its p-value
 * @param randomization approximate randomization test of Δ
 * @param holmPValue    the randomization p-value after Holm's correction over all comparisons made together (equal
 *                      to it for a single comparison)
 * @param alpha         significance level of the verdict
 */
public record Comparison(String metric, Competitor a, Competitor b, Bootstrap.Paired bootstrap,
                         ApproximateRandomization.Result randomization, double holmPValue, double alpha) {
    public static final double DEFAULT_ALPHA = 0.05;

    /**
     * One compared system.
     *
     * @param counts   the pooled counts the metric is computed from (span, claim + claimant, ... counts)
     * @param value    the metric
     * @param interval the metric's bootstrap interval
     */
    public record Competitor(String label, String signature, Counts counts, double value, Interval interval) {
        public Competitor {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(signature, "signature");
        }
    }

    /** A system to compare: its label, signature and paragraph split of the metric's counts. */
    public record Entrant(String label, String signature, UnitCounts units) {
    }

    /** Compares every system with the first on the metric; Holm-corrects the randomization p-values. */
    public static List<Comparison> againstFirst(String metric, java.util.function.ToDoubleFunction<Counts> statistic,
                                                List<Entrant> systems, Bootstrap bootstrap,
                                                ApproximateRandomization randomization) {
        if (systems.size() < 2) {
            throw new IllegalArgumentException("compare needs at least two systems, got " + systems.size());
        }
        Competitor first = competitor(systems.get(0), statistic, bootstrap);
        List<Bootstrap.Paired> paired = new ArrayList<>();
        List<ApproximateRandomization.Result> tests = new ArrayList<>();
        double[] p = new double[systems.size() - 1];
        for (int i = 1; i < systems.size(); i++) {
            paired.add(bootstrap.paired(systems.get(0).units(), systems.get(i).units(), statistic));
            tests.add(randomization.test(systems.get(0).units(), systems.get(i).units(), statistic));
            p[i - 1] = tests.get(i - 1).pValue();
        }
        double[] holm = Holm.adjust(p);
        List<Comparison> out = new ArrayList<>();
        for (int i = 1; i < systems.size(); i++) {
            out.add(new Comparison(metric, first, competitor(systems.get(i), statistic, bootstrap), paired.get(i - 1),
                    tests.get(i - 1), holm[i - 1], DEFAULT_ALPHA));
        }
        return out;
    }

    private static Competitor competitor(Entrant e, java.util.function.ToDoubleFunction<Counts> statistic,
                                         Bootstrap bootstrap) {
        Counts total = e.units().total();
        return new Competitor(e.label(), e.signature(), total, statistic.applyAsDouble(total),
                bootstrap.interval(e.units(), statistic));
    }

    /** metric(a) - metric(b). */
    public double delta() {
        return bootstrap.deltaF1().estimate();
    }

    /**
     * The verdict rests on the approximate randomization p-value (the test that assumes least), Holm-corrected
     * when several systems were compared at once; the paired bootstrap p-value is reported beside it.
     */
    public boolean significant() {
        return holmPValue < alpha;
    }

    /**
     * One line, e.g. {@code cue is better than sentence on claim_claimant.f1 (Δ +0.213, p = 0.0001 < 0.05)} or
     * {@code no significant difference between cue and quote on micro.f1 (Δ +0.012, p = 0.4100 >= 0.05)}; with
     * a Holm correction the p shown is the corrected one ({@code Holm p = ...}).
     */
    public String verdict() {
        double delta = delta();
        String p = holmPValue == randomization.pValue() ? "p" : "Holm p";
        String figures = String.format(Locale.ROOT, "(Δ %+.3f, %s = %.4f %s %s)", delta, p, holmPValue,
                significant() ? "<" : ">=", plain(alpha));
        if (!significant()) {
            return "no significant difference between " + a.label() + " and " + b.label() + " on " + metric + " "
                    + figures;
        }
        String better = delta > 0 ? a.label() : b.label();
        String worse = delta > 0 ? b.label() : a.label();
        return better + " is better than " + worse + " on " + metric + " " + figures;
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
