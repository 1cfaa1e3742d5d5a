package org.claimeval.stats;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.claimeval.score.Counts;

/**
 * Approximate randomization test (Noreen 1989; Riezler and Maxwell 2005) of "two systems have the same micro
 * F1": in each trial every unit's (TP, FP, FN) of the two systems are swapped with probability 1/2; the
 * p-value is (count + 1) / (trials + 1), with count the trials whose |ΔF1| is at least the observed |ΔF1|.
 * Identical systems give |ΔF1| = 0 in every trial, so p = 1.
 *
 * <p>Deterministic: one {@link SplittableRandom} seeded with {@code seed}, units visited in order.
 */
public final class ApproximateRandomization {
    public static final int DEFAULT_TRIALS = 10_000;
    /** Differences this close count as equal, so rounding never decides a tie. */
    static final double TOLERANCE = 1e-12;

    private final int trials;
    private final long seed;

    public ApproximateRandomization(int trials, long seed) {
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be at least 1, got " + trials);
        }
        this.trials = trials;
        this.seed = seed;
    }

    /**
     * @param observedDelta the statistic (F1 unless another was given) of a minus that of b
     * @param atLeastAsLarge trials whose |Δ| was at least the observed one
     */
    public record Result(double observedDelta, int trials, long seed, long atLeastAsLarge, double pValue) {
    }

    /** The test on micro F1. */
    public Result test(UnitCounts a, UnitCounts b) {
        return test(a, b, Counts::f1);
    }

    /** The test on any statistic of the pooled counts (precision, recall, F1, an accuracy as a recall). */
    public Result test(UnitCounts a, UnitCounts b, ToDoubleFunction<Counts> statistic) {
        if (!a.sameUnitsAs(b)) {
            throw new IllegalArgumentException("compared systems must be split into the same units");
        }
        double observed = statistic.applyAsDouble(a.total()) - statistic.applyAsDouble(b.total());
        SplittableRandom random = new SplittableRandom(seed);
        int n = a.size();
        long count = 0;
        for (int t = 0; t < trials; t++) {
            long tpA = 0, fpA = 0, fnA = 0, tpB = 0, fpB = 0, fnB = 0;
            for (int u = 0; u < n; u++) {
                boolean swap = random.nextBoolean();
                UnitCounts first = swap ? b : a;
                UnitCounts second = swap ? a : b;
                tpA += first.tp(u);
                fpA += first.fp(u);
                fnA += first.fn(u);
                tpB += second.tp(u);
                fpB += second.fp(u);
                fnB += second.fn(u);
            }
            double delta = statistic.applyAsDouble(new Counts(tpA, fpA, fnA))
                    - statistic.applyAsDouble(new Counts(tpB, fpB, fnB));
            if (Math.abs(delta) >= Math.abs(observed) - TOLERANCE) {
                count++;
            }
        }
        return new Result(observed, trials, seed, count, (count + 1) / (double) (trials + 1));
    }
}
