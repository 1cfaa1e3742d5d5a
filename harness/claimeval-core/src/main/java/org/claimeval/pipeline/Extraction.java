package org.claimeval.pipeline;

import java.util.List;
import org.claimeval.extract.ExtractionResult;
import org.claimeval.extract.PredictionsExtractor;
import org.claimeval.report.ScoreReport;

/**
 * What an extractor produced over a dataset, with what is needed to score and report it
 * ({@link Evaluation#score}).
 *
 * @param spec        how the extractor was chosen
 * @param id          the extractor's name and version as reports show them ({@code +loocv} when cross-validated)
 * @param result      the claims per document, the rejected claims, the failures and the timing
 * @param predictions the predictions file that was read; null for any other kind of extractor
 * @param lenient     whether lines that are not claims were skipped instead of failing
 * @param training    the training regime: {@code none}, {@code loocv} or {@code train:<dataset signature>}
 * @param warnings    what the user should know although nothing failed
 */
public record Extraction(ExtractorSpec spec, ScoreReport.ExtractorId id, ExtractionResult result,
                         PredictionsExtractor predictions, boolean lenient, String training, List<String> warnings) {
    public Extraction {
        warnings = List.copyOf(warnings);
    }

    /**
     * An extraction without training and without warnings.
     *
     * @param spec        how the extractor was chosen
     * @param id          the extractor's name and version
     * @param result      what it produced
     * @param predictions the predictions file read, or null
     * @param lenient     whether lines that are not claims were skipped
     */
    public Extraction(ExtractorSpec spec, ScoreReport.ExtractorId id, ExtractionResult result,
                      PredictionsExtractor predictions, boolean lenient) {
        this(spec, id, result, predictions, lenient, Training.Regime.NONE,
                predictions == null ? List.of() : predictions.predictions().warnings());
    }
}
