package org.claimeval.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;
import org.claimeval.spi.ClaimExtractor;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * On the valid fixture dataset: 5 gold claims (3 in e01, 2 in e02). The extractor predicts one claim, exactly
 * gold claim e01-01 ("61,000 servicemen were lost", 66-93, claimant russian-defence-ministry) with that
 * claimant: spans TP 1, FP 0, FN 4, so precision 1/1 = 1.0, recall 1/5 = 0.2; claim + claimant the same.
 */
class ClaimEvalAssertionsTest {

    /** The one-claim extractor; {@code claimant} null for a claim without one. */
    record OneClaim(String claimant) implements ClaimExtractor {
        @Override
        public String name() {
            return "one";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public List<Claim> extract(Document document) {
            return document.id().equals("e01")
                    ? List.of(Claim.builder().doc("e01").span(66, 93).claimant(claimant).build())
                    : List.of();
        }
    }

    private static Path dataset() throws URISyntaxException {
        return Path.of(ClaimEvalAssertionsTest.class.getResource("/datasets/valid/dataset").toURI());
    }

    @Test
    void metThresholdsPass() throws Exception {
        var run = ClaimEvalAssertions.assertThat(() -> new OneClaim("russian-defence-ministry")).on(dataset());
        run.metric("micro.precision").isAtLeast(1.0).isAtMost(1.0);
        run.metric("micro.fp").isAtMost(0);
        // Claim + claimant F1 = 2TP / (2TP + FP + FN) = 2 / (2 + 0 + 4) = 1/3.
        assertEquals(1.0 / 3, run.claimClaimantF1().isAtLeast(0.33).value(), 1e-9);
        assertEquals(1.0 / 3, run.spanF1().value(), 1e-9);
    }

    @Test
    void aMissedThresholdNamesMetricValueThresholdAndSignature() throws Exception {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> ClaimEvalAssertions
                .assertThat(new OneClaim("russian-defence-ministry")).on(dataset())
                .metric("micro.recall").isAtLeast(0.5));
        String message = e.getMessage();
        assertTrue(message.contains("micro.recall = 0.2000, expected at least 0.5000"), message);
        assertTrue(message.contains("signature: claimeval:") && message.contains("dataset:fixture-valid@1.0.0#")
                && message.contains("extractor:one@1"), message);
    }

    @Test
    void theHeadlineCountsTheClaimant() throws Exception {
        // Without a claimant the span still matches (span F1 1/3) but claim + claimant has TP 0: F1 0.
        var run = ClaimEvalAssertions.assertThat(() -> new OneClaim(null)).on(dataset());
        assertEquals(1.0 / 3, run.spanF1().value(), 1e-9);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> run.claimClaimantF1().isAtLeast(0.1));
        assertTrue(e.getMessage().contains("claim_claimant.f1 = 0.0000"), e.getMessage());
    }

    @Test
    void anUnknownMetricListsTheKnownOnes() throws Exception {
        var run = ClaimEvalAssertions.assertThat(new OneClaim(null)).on(dataset());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run.metric("no.such"));
        assertTrue(e.getMessage().contains("unknown metric no.such") && e.getMessage().contains("micro."),
                e.getMessage());
    }

    @Test
    void aFailingExtractorFailsTheTest() throws Exception {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> ClaimEvalAssertions
                .assertThat(new ClaimExtractor() {
                    @Override
                    public String name() {
                        return "broken";
                    }

                    @Override
                    public String version() {
                        return "0";
                    }

                    @Override
                    public List<Claim> extract(Document document) {
                        throw new IllegalStateException("no model");
                    }
                }).on(dataset()).spanF1());
        assertTrue(e.getMessage().contains("failed on") && e.getMessage().contains("e01")
                && e.getMessage().contains("no model"), e.getMessage());
    }
}
