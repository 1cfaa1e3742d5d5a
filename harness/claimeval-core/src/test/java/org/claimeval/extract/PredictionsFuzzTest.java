package org.claimeval.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;

/**
 * Fuzz test for the predictions loader (the aligner has its own, {@code reliability.AlignerFuzzTest}). In a normal build they run in regression
 * mode, on the committed seeds under {@code src/test/resources/org/claimeval/extract/PredictionsFuzzTestInputs/}.
 * To fuzz one of them for real (for its {@code maxDuration}; a finding is saved there as {@code crash-*}):
 * {@code JAZZER_FUZZ=1 mvn -o -pl harness/claimeval-core -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest='PredictionsFuzzTest#readerAcceptsOrRejectsCleanly'}.
 * Every real finding becomes a regular test (see AlignerTest and PredictionsReaderTest).
 */
class PredictionsFuzzTest {
    // An emoji, a line break and a no-break space, so offset conversion and whitespace folding are exercised.
    private static final Document DOC = new Document("d", "\uD83D\uDE00 Kyiv said\n the\u00A0bridge fell. Moscow denied it.");
    private static final Dataset DATASET = TestData.dataset(List.of(DOC));

    /** Any bytes: either claims that lie inside the document and match it, or a BadInputException; nothing else. */
    @FuzzTest(maxDuration = "5m")
    void readerAcceptsOrRejectsCleanly(byte[] input) throws IOException {
        for (boolean lenient : new boolean[] {false, true}) {
            try {
                Predictions p = new PredictionsReader(DATASET, lenient).read(new ByteArrayInputStream(input), "fuzz");
                for (Claim c : p.claims("d")) {
                    assertTrue(0 <= c.start() && c.start() <= c.end() && c.end() <= DOC.length(), c::toString);
                    assertEquals(DOC.slice(c.start(), c.end()), c.text());
                }
            } catch (BadInputException expected) {
                assertTrue(!expected.problems().isEmpty());
            }
        }
    }
}
