package org.claimeval.report;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import org.claimeval.extract.DocumentFailure;
import org.claimeval.extract.Predictions;
import org.claimeval.model.Dataset;
import org.claimeval.score.Scores;
import org.claimeval.stats.Intervals;

/**
 * Everything one {@code score} run reports, whatever the output format.
 *
 * @param dataset     the dataset scored against (only its name, version and gold hash are reported)
 * @param extractor   extractor name and version
 * @param settings    how the extractor was run
 * @param scores      the scores; documents the extractor failed on are scored with no predictions
 * @param failures    documents the extractor failed on, with the reason
 * @param notRun      documents not extracted because {@code --fail-fast} stopped the run
 * @param predictions what was read from a predictions file; null for other extractors
 * @param intervals   bootstrap confidence intervals; null unless {@code --ci} was given
 * @param timing      how long the run took; null with {@code --no-timing}
 * @param warnings    what the user should know although nothing failed (an empty predictions file, a training
 *                    set given to an extractor that does not learn)
 */
public record ScoreReport(Dataset dataset, ExtractorId extractor, RunSettings settings, Scores scores,
                          SortedMap<String, DocumentFailure> failures, List<String> notRun,
                          Predictions predictions, Intervals intervals, Timing timing, List<String> warnings) {

    public ScoreReport {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(scores, "scores");
        notRun = List.copyOf(notRun);
        warnings = List.copyOf(warnings);
    }

    /** A report without warnings. */
    public ScoreReport(Dataset dataset, ExtractorId extractor, RunSettings settings, Scores scores,
                       SortedMap<String, DocumentFailure> failures, List<String> notRun,
                       Predictions predictions, Intervals intervals, Timing timing) {
        this(dataset, extractor, settings, scores, failures, notRun, predictions, intervals, timing, List.of());
    }

    /** The same report with intervals (what {@code --ci} adds). */
    public ScoreReport withIntervals(Intervals newIntervals) {
        return new ScoreReport(dataset, extractor, settings, scores, failures, notRun, predictions, newIntervals,
                timing, warnings);
    }

    /** Extractor name and version, as they appear in signatures. */
    public record ExtractorId(String name, String version) {
        @Override
        public String toString() {
            return name + "@" + version;
        }
    }

    /**
     * How the extractor was run; reported in full so a run can be repeated.
     *
     * @param source   how the extractor was plugged in: spi, jar, cmd, java or predictions
     * @param training the training regime: {@code none}, {@code loocv} or {@code train:<dataset signature>}
     */
    public record RunSettings(String source, int threads, long timeoutSeconds, boolean failFast, boolean lenient,
                              String training) {
        public RunSettings {
            java.util.Objects.requireNonNull(training, "training");
        }

        /** Settings of a run without training. */
        public RunSettings(String source, int threads, long timeoutSeconds, boolean failFast, boolean lenient) {
            this(source, threads, timeoutSeconds, failFast, lenient, "none");
        }
    }

    /** Wall-clock milliseconds of each phase; the only fields that differ between identical runs. */
    public record Timing(long extractMillis, long scoreMillis, long totalMillis) {
    }

    /** Lines of a predictions file skipped in lenient mode (0 for other extractors). */
    public int skippedLines() {
        return predictions == null ? 0 : predictions.skippedLines();
    }

    public boolean hasFailures() {
        return !failures.isEmpty() || !notRun.isEmpty();
    }

    /**
     * The one-line identity of this result:
     * {@code claimeval:1.0|dataset:kursk-claims@1.0.0#1a2b3c4d|match:overlap@0.5|subset:all|extractor:cue@1.0}, with
     * {@code |training:loocv} (or {@code |training:train:<dataset signature>}) for an extractor that learned.
     */
    public String signature() {
        return Signature.of(dataset, scores.config(), extractor, settings.training(), settings.lenient(), skippedLines());
    }
}
