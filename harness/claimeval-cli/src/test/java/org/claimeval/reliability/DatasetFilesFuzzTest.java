package org.claimeval.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.dataset.Validator;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the whole validator and loader, one file at a time (GoldReaderFuzzTest covers the gold reader and the
 * per-claim checks): any bytes in place of the manifest, the claimants file or a gold file of a copy of the
 * fixture dataset give problems, never an exception; and whenever the validator finds nothing wrong the loader
 * loads it. Corpus files are named after the file they replace ({@code manifest.*}, {@code claimants.*},
 * {@code gold.*}). Run the fuzzer locally with
 * {@code JAZZER_FUZZ=1 mvn -o -pl harness/claimeval-cli -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=DatasetFilesFuzzTest} (ten minutes, the
 * annotation's {@code maxDuration}: jazzer-junit 0.24 has no command-line override, {@code -Djazzer.max_duration} is
 * ignored; stop earlier with Ctrl-C, the corpus grows in {@code harness/.cifuzz-corpus/}).
 */
class DatasetFilesFuzzTest {
    private static final List<String> TARGETS = List.of("manifest.json", "claimants.json", "gold/e01.json");
    private static final Path COPY = copyOfTheFixture();

    private static Path copyOfTheFixture() {
        try {
            return Resources.copyTree(Resources.path("datasets/valid"), Files.createTempDirectory("claimeval-fuzz"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void deleteTheCopy() throws IOException {
        try (Stream<Path> files = Files.walk(COPY)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @FuzzTest(maxDuration = "10m") // only when fuzzing; CI runs the inputs once
    void validatorNeverThrows(FuzzedDataProvider data) throws IOException {
        String target = TARGETS.get(data.consumeInt(0, TARGETS.size() - 1));
        check(target, data.consumeRemainingAsBytes());
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void corpusNeverThrows(Path file) throws IOException {
        String name = file.getFileName().toString();
        String target = TARGETS.stream().filter(t -> t.replace("gold/e01", "gold").startsWith(name.split("\\.")[0] + "."))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("corpus file named for no target: " + name));
        check(target, Files.readAllBytes(file));
    }

    static Stream<Path> corpus() throws IOException {
        return FuzzCorpus.of(DatasetFilesFuzzTest.class);
    }

    private static void check(String target, byte[] bytes) throws IOException {
        Path dataset = COPY.resolve("dataset");
        Path file = dataset.resolve(target);
        byte[] original = Files.readAllBytes(file);
        Files.write(file, bytes);
        try {
            List<Problem> problems = Validator.validate(dataset);
            problems.forEach(p -> assertTrue(p.message() != null && !p.message().isBlank(), p::toString));
            try {
                DatasetLoader.load(dataset);
            } catch (BadInputException e) {
                if (problems.isEmpty()) {
                    fail("the validator found nothing wrong, but the loader refused: " + e.problems());
                }
            }
        } finally {
            Files.write(file, original);
        }
    }
}
