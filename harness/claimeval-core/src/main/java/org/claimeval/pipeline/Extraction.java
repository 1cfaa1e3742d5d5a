package org.claimeval.pipeline;

import org.claimeval.extract.ExtractionResult;
import org.claimeval.extract.PredictionsExtractor;
import org.claimeval.report.ScoreReport;

/**
 * What an extractor produced over a dataset, with what is needed to score and report it
 * ({@link Evaluation#score}).
 *
 * @param spec        how the extractor was chosen
 * @param id          the extractor's name and version as reports show them ({@code +loocv} when cross-validated)
 * @param result      the claims per document, the failures and the timing
 * @param predictions the predictions file that was read; null for any other kind of extractor
 * @param lenient     whether bad prediction lines were skipped instead of failing
 */
public record Extraction(ExtractorSpec spec, ScoreReport.ExtractorId id, ExtractionResult result,
                         PredictionsExtractor predictions, boolean lenient) {
}
