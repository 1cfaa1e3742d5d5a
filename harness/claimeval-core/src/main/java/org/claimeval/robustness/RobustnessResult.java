package org.claimeval.robustness;

import java.util.List;
import org.claimeval.stats.Interval;

/**
 * What the robustness suite found for one extractor.
 *
 * @param dataset   the original dataset's signature
 * @param metric    the metric reported (e.g. {@code claim_claimant.f1})
 * @param seed      the seed of the rewrites and of the bootstrap (same seed, same report)
 * @param resamples bootstrap resamples behind every interval
 * @param level     confidence level of every interval
 * @param original  the metric on the original dataset, with its paragraph-bootstrap interval
 * @param families  one entry per perturbation family
 */
public record RobustnessResult(String dataset, String metric, long seed, int resamples, double level,
                               Interval original, List<Family> families) {

    public RobustnessResult {
        families = List.copyOf(families);
    }

    /**
     * One family's outcome.
     *
     * @param documentsChanged how many documents the family found something to rewrite in
     * @param score            the metric on the rewritten dataset, with its paragraph-bootstrap interval
     * @param drop             the metric on the rewritten dataset minus on the original, with a paired document
     *                         bootstrap interval (negative: the extractor lost)
     * @param pValue           two-sided p-value of "no change"
     */
    public record Family(String name, String description, long documentsChanged, Interval score, Interval drop,
                         double pValue) {
    }
}
