package org.claimeval.leaderboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.claimeval.model.Dataset;
import org.claimeval.report.ReportMetrics;
import org.claimeval.stats.ApproximateRandomization;
import org.claimeval.stats.Bootstrap;
import org.claimeval.stats.Holm;
import org.claimeval.stats.Interval;
import org.claimeval.stats.UnitCounts;
import org.claimeval.stats.UnitMetric;

/**
 * Systems ranked by the headline, claim + claimant F1 (overlap match): each with its 95% paragraph-bootstrap
 * interval, and a paired approximate randomization test against the top row, Holm-corrected across the rows, to
 * mark the systems that are significantly worse than the best one.
 *
 * <p>Order: headline F1 descending, then span F1 (overlap) descending, then label, so equal scores never depend
 * on the order the systems were given or finished in.
 *
 * @param rows      ranked, best first
 * @param resamples bootstrap resamples of the intervals
 * @param trials    approximate randomization trials of each test against the top row
 * @param seed      seed of the tests
 * @param alpha     family-wise significance level of the marks
 * @param speedSource where documents/s come from, e.g. {@code this run}
 */
public record Leaderboard(List<Row> rows, int resamples, int trials, long seed, double alpha, String speedSource) {
    public static final double DEFAULT_ALPHA = 0.05;

    public Leaderboard {
        rows = List.copyOf(rows);
    }

    /**
     * A ranked system.
     *
     * @param rank                1 for the top row; tied scores still get distinct ranks, in the order above
     * @param entry               the system's scores
     * @param headline            claim + claimant F1 with its bootstrap interval
     * @param pValue              approximate randomization p-value of "same headline F1 as the top row"; NaN for it
     * @param holmPValue          {@code pValue} after Holm's correction across the other rows; NaN for the top row
     * @param significantlyWorse  {@code holmPValue < alpha}
     */
    public record Row(int rank, Entry entry, Interval headline, double pValue, double holmPValue,
                      boolean significantlyWorse) {
    }

    public static Leaderboard of(Dataset dataset, List<Entry> entries, int resamples, int trials, long seed,
                                 String speedSource) {
        List<Entry> ranked = new ArrayList<>(entries);
        ranked.sort(Comparator.comparingDouble((Entry e) -> -headline(e))
                .thenComparingDouble(e -> -e.overlap().scores().micro().f1())
                .thenComparing(Entry::label));
        Bootstrap bootstrap = new Bootstrap(resamples, seed);
        ApproximateRandomization randomization = new ApproximateRandomization(trials, seed);
        UnitMetric headline = UnitMetric.of("attributes.claimAndClaimant.f1", dataset).orElseThrow();
        List<UnitCounts> units = ranked.stream().map(e -> headline.units(dataset, e.overlap().scores())).toList();
        double[] p = new double[Math.max(0, ranked.size() - 1)];
        for (int i = 1; i < ranked.size(); i++) {
            p[i - 1] = randomization.test(units.get(0), units.get(i), headline.statistic()).pValue();
        }
        double[] holm = Holm.adjust(p);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Interval interval = bootstrap.interval(units.get(i), headline.statistic());
            double raw = i == 0 ? Double.NaN : p[i - 1];
            double adjusted = i == 0 ? Double.NaN : holm[i - 1];
            rows.add(new Row(i + 1, ranked.get(i), interval, raw, adjusted, i > 0 && adjusted < DEFAULT_ALPHA));
        }
        return new Leaderboard(rows, resamples, trials, seed, DEFAULT_ALPHA, speedSource);
    }

    static double headline(Entry e) {
        return e.overlap().scores().attributes().strict().f1();
    }

    /** The metric name the leaderboard ranks by, as the gate and compare accept it. */
    public static String headlineName() {
        return ReportMetrics.HEADLINE;
    }
}
