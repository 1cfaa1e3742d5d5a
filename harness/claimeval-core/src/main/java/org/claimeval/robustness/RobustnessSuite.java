package org.claimeval.robustness;

import java.util.ArrayList;
import java.util.List;
import org.claimeval.model.Dataset;
import org.claimeval.score.Scores;
import org.claimeval.stats.Bootstrap;
import org.claimeval.stats.UnitCounts;

/**
 * Scores one extractor on a dataset and on every perturbed copy of it, and reports per family the metric with
 * its paragraph-bootstrap interval and the drop from the original with a paired document-bootstrap interval.
 * The perturbed copies carry the original gold, moved: a drop is the extractor's brittleness, not new gold.
 */
public final class RobustnessSuite {

    /** Runs the extractor on a dataset (the whole protocol: cross-validation included) and scores it. */
    @FunctionalInterface
    public interface Evaluator {
        Scores score(Dataset dataset) throws Exception;
    }

    /** The metric to report, split into paragraphs so it can be bootstrapped. */
    public interface Metric {
        String name();

        UnitCounts byParagraph(Dataset dataset, Scores scores);
    }

    private final List<Perturbation> families;
    private final long seed;
    private final Bootstrap bootstrap;

    public RobustnessSuite(List<Perturbation> families, long seed, Bootstrap bootstrap) {
        this.families = List.copyOf(families);
        this.seed = seed;
        this.bootstrap = bootstrap;
    }

    public RobustnessResult run(Dataset dataset, Evaluator evaluator, Metric metric) throws Exception {
        UnitCounts original = metric.byParagraph(dataset, evaluator.score(dataset));
        List<RobustnessResult.Family> results = new ArrayList<>();
        for (Perturbation family : families) {
            PerturbedDataset perturbed = Perturbations.apply(dataset, family, seed);
            UnitCounts units = metric.byParagraph(perturbed.dataset(), evaluator.score(perturbed.dataset()));
            Bootstrap.Paired paired = bootstrap.paired(units.byDocument(), original.byDocument());
            results.add(new RobustnessResult.Family(family.name(), family.description(), perturbed.documentsChanged(),
                    bootstrap.intervals(units), paired.deltaF1(), paired.pValue()));
        }
        return new RobustnessResult(dataset.signature(), metric.name(), seed, bootstrap.intervals(original), results);
    }
}
