package org.claimeval.score;

import java.util.List;

/**
 * Macro averages: the unweighted mean over documents of each document's precision, recall and F1 (so macro F1
 * is the mean of per-document F1, not the F1 of the mean P and R). Every scored document counts, including
 * one with no gold and no predictions (which scores 1.0 by the {@link Counts} convention). With no documents
 * at all, all three are 1.0, the same convention as empty counts.
 */
public record Macro(double precision, double recall, double f1, int documents) {

    /** Averages in the order given; callers pass documents sorted by id so the sums are reproducible. */
    public static Macro of(List<Counts> perDocument) {
        if (perDocument.isEmpty()) {
            return new Macro(1.0, 1.0, 1.0, 0);
        }
        double p = 0;
        double r = 0;
        double f = 0;
        for (Counts c : perDocument) {
            p += c.precision();
            r += c.recall();
            f += c.f1();
        }
        int n = perDocument.size();
        return new Macro(p / n, r / n, f / n, n);
    }
}
