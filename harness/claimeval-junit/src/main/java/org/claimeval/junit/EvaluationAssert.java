package org.claimeval.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.claimeval.extract.ExtractionRunner;
import org.claimeval.extract.ExtractorFailure;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Dataset;
import org.claimeval.pipeline.Evaluation;
import org.claimeval.pipeline.Extraction;
import org.claimeval.pipeline.ExtractorSpec;
import org.claimeval.pipeline.Training;
import org.claimeval.report.ReportMetrics;
import org.claimeval.report.ScoreReport;
import org.claimeval.score.ScoreConfig;
import org.opentest4j.AssertionFailedError;

/**
 * An extractor on a dataset: choose how to score ({@link #scoredWith}) and train ({@link #trainedOn}), then
 * check metrics. The extractor runs at the first metric and once only; a document it fails on fails the test.
 * As in {@code claimeval gate}, an extractor that learns is cross-validated (leave one document out, at most 20 folds) unless it
 * is given another dataset to train on; one that does not learn is run once.
 */
public final class EvaluationAssert {
    private final ExtractorSpec spec;
    private final Dataset dataset;
    private ScoreConfig config = ScoreConfig.defaults();
    private Training training = Training.crossValidation();
    private ScoreReport report;
    private ReportMetrics metrics;

    EvaluationAssert(ExtractorSpec spec, Dataset dataset) {
        this.spec = spec;
        this.dataset = dataset;
    }

    /**
     * Scores with another matching or subset than the default (overlap, token IoU 0.5, all claims).
     *
     * @param scoreConfig the matching and subset
     * @return this
     */
    public EvaluationAssert scoredWith(ScoreConfig scoreConfig) {
        requireNotRun();
        this.config = Objects.requireNonNull(scoreConfig, "scoreConfig");
        return this;
    }

    /**
     * Trains a learning extractor once on another dataset instead of cross-validating it on this one.
     *
     * @param trainingDataset the dataset to train on; no document may also be in the scored dataset
     * @return this
     */
    public EvaluationAssert trainedOn(Dataset trainingDataset) {
        requireNotRun();
        this.training = Training.on(trainingDataset);
        return this;
    }

    /**
     * A metric of the score report, named as {@code claimeval gate --min} names it: {@code claim_claimant.f1},
     * {@code micro.f1}, {@code micro.precision}, {@code claimant.accuracy}, {@code types.CASUALTIES.f1}, ...
     *
     * @param name the metric
     * @return the check of that metric's value
     * @throws IllegalArgumentException for an unknown or ambiguous name, listing the known ones
     */
    public MetricAssert metric(String name) {
        ReportMetrics all = metrics();
        String path = all.resolve(name).orElseThrow(() -> new IllegalArgumentException("claimeval: " + all.explain(name)));
        return new MetricAssert(name, all.value(path), report.signature());
    }

    /**
     * The headline metric, claim + claimant F1: a claim counts when its span matches and its claimant is right.
     *
     * @return the check of its value
     */
    public MetricAssert claimClaimantF1() {
        return metric(ReportMetrics.HEADLINE);
    }

    /**
     * Micro F1 of the claim spans alone, under the chosen matching.
     *
     * @return the check of its value
     */
    public MetricAssert spanF1() {
        return metric(ReportMetrics.SPAN_F1);
    }

    /**
     * The full score report, for checks beyond single metrics; runs the extractor if it has not run yet.
     *
     * @return the report
     */
    public ScoreReport report() {
        metrics();
        return report;
    }

    private ReportMetrics metrics() {
        if (metrics == null) {
            report = run();
            if (report.hasFailures()) {
                StringBuilder why = new StringBuilder("claimeval: the extractor failed on ");
                report.failures().values().forEach(f -> why.append(System.lineSeparator()).append("  ")
                        .append(f.doc()).append(": ").append(f.reason()));
                report.notRun().forEach(doc -> why.append(System.lineSeparator()).append("  ").append(doc)
                        .append(": not run"));
                throw new AssertionFailedError(why.append(System.lineSeparator()).append("  signature: ")
                        .append(report.signature()).toString());
            }
            metrics = ReportMetrics.of(report);
        }
        return metrics;
    }

    private ScoreReport run() {
        ExtractionRunner.Options options = ExtractionRunner.Options.defaults();
        try {
            Extraction extraction = Evaluation.extract(spec, dataset, training, options, false);
            return Evaluation.score(extraction, dataset, config, options, false);
        } catch (BadInputException e) {
            throw new IllegalArgumentException("claimeval: " + e.getMessage(), e);
        } catch (ExtractorFailure e) {
            throw new AssertionFailedError("claimeval: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireNotRun() {
        if (report != null) {
            throw new IllegalStateException("choose how to score before the first metric is checked");
        }
    }
}
