package org.claimeval.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.claimeval.extract.ExtractionRunner;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Problem;
import org.claimeval.pipeline.ExtractorSpec;
import picocli.CommandLine.Option;

/** The options that choose an extractor and how to run it, shared by score, gate and extract. */
public final class ExtractorOptions implements CheckedBeforeWork.Options {
    /** A day per document: far beyond any real extractor, and small enough to compute deadlines with. */
    static final long MAX_TIMEOUT_SECONDS = 86_400;

    @Option(names = "--extractor", paramLabel = "NAME",
            description = "Extractor by name (built-in or SPI), or the one to take from --extractor-jar.")
    String name;

    @CheckedBeforeWork.ReadFrom
    @Option(names = "--extractor-jar", paramLabel = "PATH", description = "Load extractors from this jar (SPI).")
    Path jar;

    @Option(names = "--extractor-cmd", paramLabel = "COMMAND",
            description = "Run this command as one long-lived process speaking JSON Lines (split into argv, no shell).")
    String command;

    @CheckedBeforeWork.ReadFrom
    @Option(names = "--predictions", paramLabel = "FILE.jsonl", description = "Score a predictions file.")
    Path predictions;

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
        int ways = (jar != null ? 1 : 0) + (command != null ? 1 : 0) + (predictions != null ? 1 : 0);
        if (ways > 1) {
            throw usage("--extractor-jar, --extractor-cmd and --predictions exclude each other");
        }
        if (jar != null) {
            return new ExtractorSpec.Jar(jar, name);
        }
        if (command != null) {
            return new ExtractorSpec.Command(command, name);
        }
        if (predictions != null) {
            if (name != null) {
                throw usage("--extractor and --predictions exclude each other");
            }
            return new ExtractorSpec.PredictionsFile(predictions);
        }
        if (name == null) {
            throw usage("choose an extractor: --extractor NAME, --extractor-jar PATH, --extractor-cmd COMMAND "
                    + "or --predictions FILE.jsonl (claimeval list shows the names)");
        }
        return new ExtractorSpec.Named(name);
    }

    @Override
    public void check() throws BadInputException {
        spec();
        if (threads < 1) {
            throw usage("--threads must be at least 1, got " + threads);
        }
        checkTimeout(timeoutSeconds);
    }

    /** A per-document timeout in whole seconds, from 1 to {@link #MAX_TIMEOUT_SECONDS}. */
    static void checkTimeout(long seconds) throws BadInputException {
        if (seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) {
            throw usage("--timeout must be between 1 and " + MAX_TIMEOUT_SECONDS + " seconds, got " + seconds);
        }
    }

    ExtractionRunner.Options runnerOptions() throws BadInputException {
        check();
        return new ExtractionRunner.Options(threads, timeout(), failFast);
    }

    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    static BadInputException usage(String message) {
        return new BadInputException(new Problem("command line", 0, null, null, message));
    }
}
