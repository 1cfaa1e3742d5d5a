package org.claimeval.report;

import org.claimeval.model.Dataset;
import org.claimeval.score.ScoreConfig;

/**
 * The signature line every report carries, after sacrebleu's: it names the harness version, the exact gold
 * (by hash), the matching, the subset and the extractor, so two numbers are comparable only when their
 * signatures agree.
 */
public final class Signature {
    private Signature() {
    }

    public static String of(Dataset dataset, ScoreConfig config, ScoreReport.ExtractorId extractor) {
        return of(dataset, config, extractor, "none", false, 0);
    }

    /**
     * @param training the training regime; carried only when the extractor learned ({@code loocv},
     *                 {@code train:<dataset signature>}), so two learned numbers on one dataset are never confused
     *                 and the signatures of rule-based runs stay as they were
     * @param lenient  whether lines that are not claims were skipped; then {@code |lenient:skipped=N} says how many
     * @param skipped  lines skipped
     */
    public static String of(Dataset dataset, ScoreConfig config, ScoreReport.ExtractorId extractor, String training,
                            boolean lenient, int skipped) {
        return "claimeval:" + ClaimevalVersion.majorMinor()
                + "|dataset:" + dataset.signature()
                + "|match:" + config.match().describe()
                + "|subset:" + config.subset().json()
                + "|extractor:" + extractor
                + ("none".equals(training) ? "" : "|training:" + training)
                + (lenient ? "|lenient:skipped=" + skipped : "");
    }
}
