package org.claimeval.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.claimeval.spi.ClaimExtractor;
import org.claimeval.extract.ExtractorCatalog;
import org.claimeval.extract.ExtractorFailure;
import org.claimeval.extract.PredictionsExtractor;
import org.claimeval.extract.ProcessExtractor;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Dataset;
import org.claimeval.model.Problem;

/**
 * Which extractor to run, in any of the four ways: a name found through the SPI ({@code cue}), an external jar
 * ({@code jar:PATH#NAME}), a process ({@code cmd:COMMAND}) or a predictions file ({@code FILE.jsonl}). The
 * command-line options and the {@code compare} specs both end up here.
 */
public interface ExtractorSpec {

    /** How the report names the way the extractor was plugged in. */
    String source();

    /** Creates the extractor; a process is started later, by {@code prepare}. */
    ClaimExtractor open(Dataset dataset, Duration timeout, boolean lenient)
            throws BadInputException, ExtractorFailure, IOException;

    record Named(String name) implements ExtractorSpec {
        @Override
        public String source() {
            return "spi";
        }

        @Override
        public ClaimExtractor open(Dataset dataset, Duration timeout, boolean lenient)
                throws BadInputException, ExtractorFailure {
            return ExtractorCatalog.discover().get(name);
        }
    }

    /** @param name null when the jar registers exactly one extractor */
    record Jar(Path jar, String name) implements ExtractorSpec {
        @Override
        public String source() {
            return "jar";
        }

        @Override
        public ClaimExtractor open(Dataset dataset, Duration timeout, boolean lenient)
                throws BadInputException, ExtractorFailure {
            ExtractorCatalog catalog = ExtractorCatalog.fromJar(jar);
            return name == null ? catalog.only() : catalog.get(name);
        }
    }

    /** @param name null to name it after the command */
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

    /** Parses a {@code compare} spec: {@code NAME}, {@code cmd:COMMAND}, {@code jar:PATH#NAME} or {@code FILE.jsonl}. */
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
