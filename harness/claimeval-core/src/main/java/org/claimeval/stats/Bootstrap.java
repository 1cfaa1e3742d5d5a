package org.claimeval.stats;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.claimeval.score.Counts;

/**
 * Percentile bootstrap over resampling units ({@link UnitCounts}): each resample draws as many units as there
 * are, with replacement, and sums their counts; the interval of a metric is the central {@code level} share of
 * its resampled values.
 *
 * <p>Deterministic: one {@link SplittableRandom} seeded with {@code seed}, units drawn in a fixed order, so a
 * seed always gives the same intervals. The draws do not depend on how many systems are resampled, so the
 * interval of an extractor in {@code compare} equals its {@code score --ci} interval with the same seed.
 *
 * <p>Percentiles interpolate linearly between order statistics (Hyndman and Fan's type 7, R's default):
 * for probability p over B sorted values, position h = (B - 1) p.
 */
public final class Bootstrap {
    public static final int DEFAULT_RESAMPLES = 1000;
    public static final long DEFAULT_SEED = 12345L;
    public static final double DEFAULT_LEVEL = 0.95;

    private final int resamples;
    private final long seed;
    private final double level;

    public Bootstrap(int resamples, long seed, double level) {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be at least 1, got " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), got " + level);
        }
        this.resamples = resamples;
        this.seed = seed;
        this.level = level;
    }

    public Bootstrap(int resamples, long seed) {
        this(resamples, seed, DEFAULT_LEVEL);
    }

    /** Intervals for micro P, R and F1 of one system. */
    public Intervals intervals(UnitCounts units) {
        return intervals(units, draw(units)[0]);
    }

    /** The interval of any statistic of the pooled counts (the headline F1, an accuracy as a recall, ...). */
    public Interval interval(UnitCounts units, ToDoubleFunction<Counts> statistic) {
        return interval(statistic.applyAsDouble(units.total()), metric(draw(units)[0], statistic));
    }

    /**
     * Paired bootstrap of two systems on the same units: every resample takes the same units for both.
     *
     * <p>The p-value tests "no difference in F1" two-sided by the shift method (Berg-Kirkpatrick et al.,
     * 2012; Efron and Tibshirani, ch. 16): the resampled differences centred on the observed one, d* - d,
     * stand for the differences chance alone gives, and p = (count + 1) / (B + 1) with count the resamples
     * where |d* - d| &gt;= |d|. Identical systems have d = d* = 0 in every resample, so p = 1.
     */
    public Paired paired(UnitCounts a, UnitCounts b) {
        return paired(a, b, Counts::f1);
    }

    /** As {@link #paired(UnitCounts, UnitCounts)}, for the difference in any statistic of the pooled counts. */
    public Paired paired(UnitCounts a, UnitCounts b, ToDoubleFunction<Counts> statistic) {
        if (!a.sameUnitsAs(b)) {
            throw new IllegalArgumentException("paired systems must be split into the same units");
        }
        Counts[][] sums = draw(a, b);
        double observed = statistic.applyAsDouble(a.total()) - statistic.applyAsDouble(b.total());
        double[] deltas = new double[resamples];
        long count = 0;
        for (int r = 0; r < resamples; r++) {
            deltas[r] = statistic.applyAsDouble(sums[0][r]) - statistic.applyAsDouble(sums[1][r]);
            if (Math.abs(deltas[r] - observed) >= Math.abs(observed) - ApproximateRandomization.TOLERANCE) {
                count++;
            }
        }
        Interval delta = interval(observed, deltas);
        return new Paired(intervals(a, sums[0]), intervals(b, sums[1]), delta, (count + 1) / (double) (resamples + 1));
    }

    /**
     * What a paired bootstrap found.
     *
     * @param deltaF1 the statistic (F1 unless another was given) of a minus that of b, with its interval
     * @param pValue  two-sided p-value of "no difference"
     */
    public record Paired(Intervals a, Intervals b, Interval deltaF1, double pValue) {
    }

    /** The summed counts of every resample, per system: {@code [system][resample]}. */
    private Counts[][] draw(UnitCounts... systems) {
        int n = systems[0].size();
        SplittableRandom random = new SplittableRandom(seed);
        Counts[][] sums = new Counts[systems.length][resamples];
        long[][] totals = new long[systems.length][3];
        for (int r = 0; r < resamples; r++) {
            for (long[] t : totals) {
                Arrays.fill(t, 0);
            }
            for (int k = 0; k < n; k++) {
                int unit = random.nextInt(n);
                for (int s = 0; s < systems.length; s++) {
                    totals[s][0] += systems[s].tp(unit);
                    totals[s][1] += systems[s].fp(unit);
                    totals[s][2] += systems[s].fn(unit);
                }
            }
            for (int s = 0; s < systems.length; s++) {
                sums[s][r] = new Counts(totals[s][0], totals[s][1], totals[s][2]);
            }
        }
        return sums;
    }

    private Intervals intervals(UnitCounts units, Counts[] resampled) {
        Counts observed = units.total();
        return new Intervals(level, resamples, seed, UnitCounts.PARAGRAPH,
                interval(observed.precision(), metric(resampled, Counts::precision)),
                interval(observed.recall(), metric(resampled, Counts::recall)),
                interval(observed.f1(), metric(resampled, Counts::f1)));
    }

    private static double[] metric(Counts[] resampled, ToDoubleFunction<Counts> metric) {
        double[] values = new double[resampled.length];
        for (int r = 0; r < resampled.length; r++) {
            values[r] = metric.applyAsDouble(resampled[r]);
        }
        return values;
    }

    private Interval interval(double estimate, double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double tail = (1 - level) / 2;
        return new Interval(estimate, percentile(sorted, tail), percentile(sorted, 1 - tail));
    }

    /** Type-7 percentile of ascending values: linear between the order statistics around (B - 1) p. */
    static double percentile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}
