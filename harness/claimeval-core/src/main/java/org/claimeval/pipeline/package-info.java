/**
 * The evaluation pipeline as a library: choose an extractor ({@link org.claimeval.pipeline.ExtractorSpec}), run
 * it over a dataset or cross-validate it ({@link org.claimeval.pipeline.Evaluation}), score the
 * {@link org.claimeval.pipeline.Extraction} and render the {@link org.claimeval.report.ScoreReport} in any
 * format ({@link org.claimeval.report}). The command line is a thin layer over this package.
 *
 * <pre>{@code
 * Dataset dataset = DatasetLoader.load(Path.of("dataset"));
 * ExtractionRunner.Options options = ExtractionRunner.Options.defaults();
 * Extraction extraction = Evaluation.extract(new ExtractorSpec.Named("cue"), dataset,
 *         Evaluation.context(dataset), options, false);
 * ScoreReport report = Evaluation.score(extraction, dataset, ScoreConfig.defaults(), options, false);
 * System.out.print(HumanReport.render(report, HumanReport.Style.TEXT));
 * }</pre>
 */
package org.claimeval.pipeline;
