package org.claimeval.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.claimeval.model.Dataset;
import org.claimeval.score.Counts;
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

    /** The metric to report: a statistic of counts split into paragraphs, so it can be bootstrapped. */
    public interface Metric {
        String name();

        UnitCounts byParagraph(Dataset dataset, Scores scores);

        /** The statistic of pooled counts (F1, precision, an accuracy as a recall). */
        ToDoubleFunction<Counts> statistic();
    }

    private final List<Perturbation> families;
    private final long seed;
    private final int resamples;
    private final Bootstrap bootstrap;

    /** {@code seed} seeds the rewrites and the bootstrap alike: one number reproduces the whole report. */
    public RobustnessSuite(List<Perturbation> families, long seed, int resamples) {
        this.families = List.copyOf(families);
        this.seed = seed;
        this.resamples = resamples;
        this.bootstrap = new Bootstrap(resamples, seed, Bootstrap.DEFAULT_LEVEL);
    }

    public RobustnessResult run(Dataset dataset, Evaluator evaluator, Metric metric) throws Exception {
        UnitCounts original = metric.byParagraph(dataset, evaluator.score(dataset));
        List<RobustnessResult.Family> results = new ArrayList<>();
        for (Perturbation family : families) {
            PerturbedDataset perturbed = Perturbations.apply(dataset, family, seed);
            UnitCounts units = metric.byParagraph(perturbed.dataset(), evaluator.score(perturbed.dataset()));
            Bootstrap.Paired paired = bootstrap.paired(units.byDocument(), original.byDocument(), metric.statistic());
            results.add(new RobustnessResult.Family(family.name(), family.description(), perturbed.documentsChanged(),
                    bootstrap.interval(units, metric.statistic()), paired.deltaF1(), paired.pValue()));
        }
        return new RobustnessResult(dataset.signature(), metric.name(), seed, resamples, Bootstrap.DEFAULT_LEVEL,
                bootstrap.interval(original, metric.statistic()), results);
    }
}
