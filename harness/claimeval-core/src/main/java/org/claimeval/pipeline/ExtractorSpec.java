package org.claimeval.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import org.claimeval.extract.ExtractorSandbox;
import org.claimeval.extract.ExtractorCatalog;
import org.claimeval.extract.ExtractorFailure;
import org.claimeval.extract.PredictionsExtractor;
import org.claimeval.extract.ProcessExtractor;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Dataset;
import org.claimeval.model.Problem;
import org.claimeval.spi.ClaimExtractor;

/**
 * Which extractor to run, in any of the four ways: a name found through the SPI ({@code cue}), an external jar
 * ({@code jar:PATH#NAME}), a process ({@code cmd:COMMAND}) or a predictions file ({@code FILE.jsonl}). The
 * command-line options and the {@code compare} specs both end up here.
 */
public interface ExtractorSpec {

    /**
     * How the report names the way the extractor was plugged in.
     *
     * @return {@code spi}, {@code jar}, {@code cmd}, {@code java} or {@code predictions} (with {@code +loocv} when cross-validated)
     */
    String source();

    /**
     * Creates the extractor; a process is started later, by {@link ClaimExtractor#prepare}. Called once per run
     * and once per fold of a cross-validation, so each fold gets a fresh extractor.
     *
     * @param dataset the dataset about to be extracted (a predictions file is checked against it)
     * @param timeout the per-document timeout (a process uses it for its replies)
     * @param lenient skip bad prediction lines instead of failing
     * @return a new extractor, not yet prepared
     * @throws BadInputException when the spec names something that does not exist or cannot be read
     * @throws ExtractorFailure  when the extractor cannot be loaded
     * @throws IOException       when a file cannot be read
     */
    ClaimExtractor open(Dataset dataset, Duration timeout, boolean lenient)
            throws BadInputException, ExtractorFailure, IOException;

    /**
     * An extractor registered through {@link java.util.ServiceLoader} on the class path, by name.
     *
     * @param name the extractor's {@link ClaimExtractor#name()}
     */
    record Named(String name) implements ExtractorSpec {
        @Override
        public String source() {
            return "spi";
        }

        @Override
        public ClaimExtractor open(Dataset dataset, Duration timeout, boolean lenient)
                throws BadInputException, ExtractorFailure {
            ClaimExtractor extractor = ExtractorCatalog.discover().get(name);
            if (!extractor.getClass().getName().startsWith("org.claimeval.extract.builtin.")) {
                // Someone else's jar on the class path: its exit attempts are contained like a --extractor-jar's.
                String notGuarded = ExtractorSandbox.contain(extractor.getClass());
                if (notGuarded != null) {
                    System.err.println("claimeval: warning: " + notGuarded);
                }
            }
            return extractor;
        }
    }

    /**
     * An extractor registered in an external jar.
     *
     * @param jar  the jar file
     * @param name the extractor's name; null when the jar registers exactly one extractor
     */
    record Jar(Path jar, String name) implements ExtractorSpec {
        @Override
        public String source() {
            return "jar";
        }

        @Override
        public ClaimExtractor open(Dataset dataset, Duration timeout, boolean lenient)
                throws BadInputException, ExtractorFailure {
            ExtractorCatalog catalog = ExtractorCatalog.fromJar(jar, timeout);
            return name == null ? catalog.only() : catalog.get(name);
        }
    }

    /**
     * An extractor in any language, run as a process that speaks JSON Lines.
     *
     * @param commandLine the command, split into arguments without a shell
     * @param name        the extractor's name; null to name it after the command
     */
    record Command(String commandLine, String name) implements ExtractorSpec {
        @Override
        public String source() {
            return "cmd";
        }

        @Override
        public ClaimExtractor open(Dataset dataset, Duration timeout, boolean lenient) throws BadInputException {
            try {
                return ProcessExtractor.fromCommandLine(commandLine, name, timeout);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(new Problem("command line", 0, null, "--extractor-cmd", e.getMessage()));
            }
        }
    }

    /**
     * Claims read from a predictions file (JSON Lines) instead of being extracted.
     *
     * @param file the predictions file
     */
    record PredictionsFile(Path file) implements ExtractorSpec {
        @Override
        public String source() {
            return "predictions";
        }

        @Override
        public ClaimExtractor open(Dataset dataset, Duration timeout, boolean lenient)
                throws BadInputException, IOException {
            return PredictionsExtractor.read(file, dataset, lenient);
        }
    }

    /**
     * An extractor object from the caller's own code, for evaluating it from Java (tests, notebooks) without
     * registering it anywhere. The factory is called for every run and every cross-validation fold, so
     * folds never share a trained model.
     *
     * @param factory creates a new, unprepared extractor
     */
    record InProcess(Supplier<? extends ClaimExtractor> factory) implements ExtractorSpec {
        /** @throws NullPointerException when the factory is null */
        public InProcess {
            Objects.requireNonNull(factory, "factory");
        }

        @Override
        public String source() {
            return "java";
        }

        @Override
        public ClaimExtractor open(Dataset dataset, Duration timeout, boolean lenient) throws ExtractorFailure {
            ClaimExtractor extractor = factory.get();
            if (extractor == null) {
                throw new ExtractorFailure("the extractor factory returned null");
            }
            return extractor;
        }
    }

    /**
     * Parses a {@code compare} spec: {@code NAME}, {@code cmd:COMMAND}, {@code jar:PATH#NAME} or {@code FILE.jsonl}.
     *
     * @param spec   the text of the spec
     * @param option the option it came from, named in the error
     * @return the spec
     * @throws BadInputException when the spec is empty
     */
    static ExtractorSpec parse(String spec, String option) throws BadInputException {
        if (spec == null || spec.isBlank()) {
            throw new BadInputException(new Problem("command line", 0, null, option, "empty extractor spec"));
        }
        if (spec.startsWith("cmd:")) {
            return new Command(spec.substring(4), null);
        }
        if (spec.startsWith("jar:")) {
            String rest = spec.substring(4);
            int hash = rest.lastIndexOf('#');
            return hash < 0 ? new Jar(Path.of(rest), null)
                    : new Jar(Path.of(rest.substring(0, hash)), rest.substring(hash + 1));
        }
        if (spec.endsWith(".jsonl")) {
            return new PredictionsFile(Path.of(spec));
        }
        return new Named(spec);
    }
}
