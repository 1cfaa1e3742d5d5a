package org.claimeval.dataset;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import org.claimeval.model.Document;

/**
 * Fuzzes the gold reader and the validator's per-claim checks: whatever the bytes, reading must report
 * problems and never throw. In CI the fuzz test runs in regression mode, and {@link #corpusNeverThrows} runs
 * the same body on the valid fixture and every file of the bad-gold catalogue. Run the fuzzer locally with
 * {@code JAZZER_FUZZ=1 mvn -o -pl harness/claimeval-core -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=GoldReaderFuzzTest}; a crash it finds goes into
 * datasets/bad-gold/ and so becomes a regular test.
 */
class GoldReaderFuzzTest {

    private static final Document E01 = new Document("e01",
            "Kursk fighting continues, ministry says\n\uD83D\uDE42\uD83D\uDE80 The ministry said that 61,000 servicemen were lost.\n");

    @FuzzTest(maxDuration = "30s")
    void readerNeverThrows(byte[] bytes) {
        readAndCheck(bytes);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("corpus")
    void corpusNeverThrows(java.nio.file.Path file) throws java.io.IOException {
        readAndCheck(java.nio.file.Files.readAllBytes(file));
    }

    static java.util.stream.Stream<java.nio.file.Path> corpus() throws java.io.IOException {
        java.nio.file.Path bad = FixtureDataset.validFixture().resolveSibling("bad-gold");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(bad)) {
            return java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(FixtureDataset.validFixture().resolve("dataset/gold/e01.json")),
                    files.sorted().toList().stream());
        }
    }

    private static void readAndCheck(byte[] bytes) {
        ProblemCollector problems = new ProblemCollector();
        Optional<GoldFile> gold = GoldReader.read("fuzz.json", bytes, problems);
        gold.ifPresent(g -> Validator.checkClaims(g, E01, java.util.Set.of(), org.claimeval.model.Annotates.EVERYTHING, problems));
        problems.sorted();
    }
}
