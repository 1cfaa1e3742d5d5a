package org.claimeval.leaderboard;

import java.util.Objects;
import org.claimeval.report.ScoreReport;

/**
 * One system on the leaderboard: its predictions scored twice, with overlap matching (the headline, span F1
 * overlap and the attributes) and with exact matching (span F1 exact).
 *
 * @param label              how the row is named: the user's {@code LABEL=} or the extractor's name and version
 * @param overlap            the report under overlap@0.5
 * @param exact              the same predictions under exact matching
 * @param documentsPerSecond documents extracted per second of the extraction run, preparation (loading models,
 *                           training) excluded; NaN when there was no run to time (a predictions file)
 */
public record Entry(String label, ScoreReport overlap, ScoreReport exact, double documentsPerSecond) {
    public Entry {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(overlap, "overlap");
        Objects.requireNonNull(exact, "exact");
    }
}
