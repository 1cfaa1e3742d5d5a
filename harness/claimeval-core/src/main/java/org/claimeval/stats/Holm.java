package org.claimeval.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down correction (Holm 1979) for testing several hypotheses at once with a family-wise error rate
 * of alpha: sort the m p-values ascending; the i-th smallest (1-based) is adjusted to (m - i + 1) p, capped at 1,
 * and never below the adjusted value before it. A hypothesis is rejected when its adjusted p is below alpha,
 * which is the same as Holm's sequential rule and never rejects less than Bonferroni.
 */
public final class Holm {
    private Holm() {
    }

    /** Adjusted p-values, in the order of the input. */
    public static double[] adjust(double[] pValues) {
        int m = pValues.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        // Stable: equal p-values keep their input order, so the result never depends on sorting details.
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1.0, (m - rank) * pValues[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
