package org.claimeval.cli;

import org.claimeval.pipeline.ExtractorSpec;
import java.time.Duration;
import org.claimeval.extract.ExtractionRunner;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Problem;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that choose an extractor and how to run it, shared by score, gate and extract. */
public final class ExtractorOptions {
    @Mixin
    ExtractorChoice choice;

    @Option(names = "--threads", defaultValue = "1", description = "Documents extracted at once (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Per-document extraction timeout (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--fail-fast", description = "Stop at the first document the extractor fails on.")
    boolean failFast;

    @Option(names = "--lenient", description = "Skip bad prediction lines (and report how many) instead of failing.")
    boolean lenient;

    /** The one extractor these options name. */
    ExtractorSpec spec() throws BadInputException {
        return choice.spec();
    }

    ExtractionRunner.Options runnerOptions() throws BadInputException {
        if (threads < 1) {
            throw usage("--threads must be at least 1, got " + threads);
        }
        if (timeoutSeconds < 1) {
            throw usage("--timeout must be at least 1 second, got " + timeoutSeconds);
        }
        return new ExtractionRunner.Options(threads, timeout(), failFast);
    }

    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    static BadInputException usage(String message) {
        return new BadInputException(new Problem("command line", 0, null, null, message));
    }
}
