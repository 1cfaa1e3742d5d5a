package org.claimeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.extract.Predictions;
import org.claimeval.extract.PredictionsReader;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the predictions loader against the fixture dataset (two short documents, one with emoji, so code
 * points and UTF-16 indices differ): whatever the bytes, strict and lenient reading either succeed or fail
 * with a {@link BadInputException}, and every claim read lies inside its document with the document's text.
 * Run the fuzzer locally with
 * {@code JAZZER_FUZZ=1 mvn -o -pl harness test -Dtest=PredictionsReaderFuzzTest -Djazzer.max_duration=10m}.
 */
class PredictionsReaderFuzzTest {
    private static final Dataset FIXTURE = fixture();

    private static Dataset fixture() {
        try {
            return DatasetLoader.load(Resources.path("datasets/valid/dataset"));
        } catch (BadInputException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void readerNeverThrows(byte[] bytes) {
        readAndCheck(bytes);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void corpusNeverThrows(Path file) throws IOException {
        readAndCheck(Files.readAllBytes(file));
    }

    static Stream<Path> corpus() throws IOException {
        return FuzzCorpus.of(PredictionsReaderFuzzTest.class);
    }

    private static void readAndCheck(byte[] bytes) {
        for (boolean lenient : new boolean[] {false, true}) {
            Predictions p;
            try {
                p = new PredictionsReader(FIXTURE, lenient).read(new ByteArrayInputStream(bytes), "fuzz.jsonl");
            } catch (BadInputException e) {
                assertTrue(!e.problems().isEmpty(), "a BadInputException names its problems");
                e.problems().forEach(problem -> assertEquals("fuzz.jsonl", problem.file()));
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e); // cannot happen on a byte array
            }
            for (Document d : FIXTURE.documents()) {
                for (Claim c : p.claims(d.id())) {
                    assertEquals(d.id(), c.doc());
                    assertTrue(0 <= c.start() && c.start() <= c.end() && c.end() <= d.length(), c::toString);
                    assertEquals(d.slice(c.start(), c.end()), c.text(), c::toString);
                    assertTrue(c.score() == null || (Double.isFinite(c.score()) && c.score() >= 0), c::toString);
                }
            }
        }
    }
}
