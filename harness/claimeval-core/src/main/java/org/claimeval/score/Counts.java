package org.claimeval.score;

/**
 * True positives, false positives and false negatives, and the one place precision, recall and F1 are
 * computed from them.
 *
 * <p>Empty-case convention (never NaN):
 * <ul>
 *   <li>recall is the share of gold claims found; with no gold claims nothing can be missed, so it is 1.0
 *       (and adding a prediction that matches nothing never changes recall);</li>
 *   <li>precision is the share of predictions that are right; with no predictions it is 1.0 only when there
 *       was also nothing to find, and 0.0 when gold claims were missed, so an extractor cannot earn
 *       precision by staying silent;</li>
 *   <li>F1 is {@code 2tp / (2tp + fp + fn)}, and 1.0 when all three are 0. It equals the harmonic mean of P
 *       and R in every case (0 when P + R = 0), and is computed from the counts so that it is exact (gold
 *       against itself gives exactly 1.0).</li>
 * </ul>
 * So: no gold and no predictions gives P = R = F1 = 1.0; gold but no predictions gives P = R = F1 = 0.0;
 * predictions but no gold gives P = 0.0, R = 1.0, F1 = 0.0.
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
        if (tp + fp == 0) {
            return fn == 0 ? 1.0 : 0.0;
        }
        return tp / (double) (tp + fp);
    }

    /** TP / (TP + FN): the share of gold claims that were found. */
    public double recall() {
        return tp + fn == 0 ? 1.0 : tp / (double) (tp + fn);
    }

    public double f1() {
        long denominator = 2 * tp + fp + fn;
        return denominator == 0 ? 1.0 : 2 * tp / (double) denominator;
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
}
