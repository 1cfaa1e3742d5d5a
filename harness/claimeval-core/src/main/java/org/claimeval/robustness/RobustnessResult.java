package org.claimeval.robustness;

import java.util.List;
import org.claimeval.stats.Interval;
import org.claimeval.stats.Intervals;

/**
 * What the robustness suite found for one extractor.
 *
 * @param dataset  the original dataset's signature
 * @param metric   the metric reported (e.g. claim + claimant F1)
 * @param seed     the seed of the rewrites (same seed, same rewritten texts)
 * @param original the metric on the original dataset, with its interval
 * @param families one entry per perturbation family
 */
public record RobustnessResult(String dataset, String metric, long seed, Intervals original, List<Family> families) {

    public RobustnessResult {
        families = List.copyOf(families);
    }

    /**
     * One family's outcome.
     *
     * @param documentsChanged how many documents the family found something to rewrite in
     * @param scores           the metric on the rewritten dataset, with paragraph-bootstrap intervals
     * @param drop             F1 on the rewritten dataset minus F1 on the original, with a paired document
     *                         bootstrap interval (negative: the extractor lost)
     * @param pValue           two-sided p-value of "no change in F1"
     */
    public record Family(String name, String description, long documentsChanged, Intervals scores, Interval drop,
                         double pValue) {
    }
}
