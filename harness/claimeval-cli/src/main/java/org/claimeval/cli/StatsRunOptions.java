package org.claimeval.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.claimeval.extract.ExtractionRunner;
import org.claimeval.model.BadInputException;
import org.claimeval.stats.Bootstrap;
import org.claimeval.stats.render.StatsFormat;
import picocli.CommandLine.Option;

/**
 * The options of the commands that run extractors and report statistics over the runs ({@code compare},
 * {@code robustness}): resamples, seed, timeout, format and output file.
 */
final class StatsRunOptions {
    @Option(names = "--resamples", defaultValue = "" + Bootstrap.DEFAULT_RESAMPLES,
            description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int resamples;
    @Option(names = "--seed", defaultValue = "" + Bootstrap.DEFAULT_SEED,
            description = "Random seed; the same seed gives the same report (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Per-document extraction timeout (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;
    @Option(names = "--format", defaultValue = "table", description = "table, markdown or json (default: ${DEFAULT-VALUE}).")
    StatsFormat format;
    @CheckedBeforeWork.WrittenTo
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Path output;

    void check() throws BadInputException {
        if (resamples < 1) {
            throw ExtractorOptions.usage("--resamples must be at least 1, got " + resamples);
        }
        ExtractorOptions.checkTimeout(timeoutSeconds);
    }

    /** One document at a time: the statistics compare runs, so no run may depend on another's thread count. */
    ExtractionRunner.Options runnerOptions() {
        return new ExtractionRunner.Options(1, Duration.ofSeconds(timeoutSeconds), false);
    }
}
