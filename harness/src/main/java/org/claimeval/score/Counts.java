package org.claimeval.score;

/**
 * True positives, false positives and false negatives, and the one place precision, recall and F1 are
 * computed from them.
 *
 * <p>Empty-case convention (never NaN): a ratio whose denominator is 0 is 1.0 when there was nothing to find
 * and nothing was predicted (tp = fp = fn = 0), and 0.0 otherwise. So:
 * <ul>
 *   <li>no gold, no predictions: P = R = F1 = 1.0 (nothing to find, nothing wrongly claimed);</li>
 *   <li>gold but no predictions: P = 0.0 (by the convention), R = 0.0, F1 = 0.0;</li>
 *   <li>predictions but no gold: P = 0.0, R = 0.0 (by the convention), F1 = 0.0.</li>
 * </ul>
 * F1 is {@code 2tp / (2tp + fp + fn)}, the harmonic mean of P and R whenever both are defined, computed from
 * the counts so that it is exact (gold against itself gives exactly 1.0).
 */
public record Counts(long tp, long fp, long fn) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
    }

    /** TP / (TP + FP): the share of predictions that are right. */
    public double precision() {
        return ratio(tp, tp + fp);
    }

    /** TP / (TP + FN): the share of gold claims that were found. */
    public double recall() {
        return ratio(tp, tp + fn);
    }

    public double f1() {
        return ratio(2 * tp, 2 * tp + fp + fn);
    }

    public Counts plus(Counts other) {
        return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    /** Number of predictions (TP + FP). */
    public long predicted() {
        return tp + fp;
    }

    /** Number of gold claims (TP + FN). */
    public long gold() {
        return tp + fn;
    }

    public boolean isEmpty() {
        return tp == 0 && fp == 0 && fn == 0;
    }

    private double ratio(long numerator, long denominator) {
        if (denominator == 0) {
            return isEmpty() ? 1.0 : 0.0;
        }
        return numerator / (double) denominator;
    }
}
