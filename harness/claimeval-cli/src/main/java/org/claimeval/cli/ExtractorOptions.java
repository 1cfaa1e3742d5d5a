package org.claimeval.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.claimeval.extract.ExtractionRunner;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.model.BadInputException;
import org.claimeval.pipeline.Training;
import org.claimeval.model.Problem;
import org.claimeval.pipeline.ExtractorSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that choose an extractor and how to run it, shared by score, gate and extract. */
public final class ExtractorOptions implements CheckedBeforeWork.Options {
    /** A day per document: far beyond any real extractor, and small enough to compute deadlines with. */
    static final long MAX_TIMEOUT_SECONDS = 86_400;

    @Mixin
    ExtractorChoice choice;

    @Option(names = "--threads", defaultValue = "1", description = "Documents extracted at once (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Per-document extraction timeout (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--fail-fast", description = "Stop at the first document the extractor fails on.")
    boolean failFast;

    @Option(names = "--lenient", description = "Skip lines of a predictions file that are not a claim at all (not JSON, "
            + "no doc, an unknown document) instead of failing; they are counted and reported, one naming a known "
            + "document counts as a false positive there, and a claim with a bad field is a false positive (invalid).")
    boolean lenient;

    @Option(names = "--train", paramLabel = "DIR", description = "Train a learning extractor on all of this dataset "
            + "instead of cross-validating it; documents in both datasets are refused (exit 2).")
    Path train;

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validate a learning extractor in at most K folds "
            + "of consecutive documents (default: ${DEFAULT-VALUE}, which is leave-one-document-out up to that many "
            + "documents; a fold per document when K is the number of documents or more).",
            defaultValue = "" + Training.DEFAULT_FOLDS)
    int folds;

    /** Cross-validation in at most {@code --folds} folds, or all of the {@code --train} dataset; only an extractor that learns is trained. */
    Training training() throws BadInputException {
        return train == null ? Training.crossValidation(folds) : Training.on(DatasetLoader.load(train));
    }

    /** The one extractor these options name. */
    ExtractorSpec spec() throws BadInputException {
        return choice.spec();
    }

    @Override
    public void check() throws BadInputException {
        spec();
        if (threads < 1) {
            throw usage("--threads must be at least 1, got " + threads);
        }
        if (folds < 2) {
            throw usage("--folds must be at least 2, got " + folds);
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
