package org.claimeval.extract;

import org.claimeval.spi.ExtractionContext;
import org.claimeval.spi.ClaimExtractor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Document;
import org.junit.jupiter.api.Test;

class ExtractionRunnerTest {
    private static final ExtractionContext CONTEXT = ExtractionContext.of(ClaimantRegistry.empty());
    private static final List<Document> DOCS = List.of(
            new Document("a", "Alpha said one. Alpha said two."),
            new Document("b", "\uD83D\uDE00 Bravo fails here."),
            new Document("c", "Charlie said three."));

    /** Claims the first two words' spans in reverse order, with no text; fails on documents named in {@code faulty}. */
    private static class Scripted implements ClaimExtractor {
        private final String faulty;
        private final Behaviour behaviour;

        enum Behaviour { THROW, NULL, OUT_OF_RANGE, WRONG_TEXT, HANG }

        Scripted(String faulty, Behaviour behaviour) {
            this.faulty = faulty;
            this.behaviour = behaviour;
        }

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public List<Claim> extract(Document d) throws Exception {
            if (d.id().equals(faulty)) {
                switch (behaviour) {
                    case THROW -> throw new IllegalStateException("model exploded");
                    case NULL -> {
                        return null;
                    }
                    case OUT_OF_RANGE -> {
                        return List.of(Claim.span(null, d.id(), 0, d.length() + 1, null));
                    }
                    case WRONG_TEXT -> {
                        return List.of(Claim.span(null, d.id(), 0, 1, "X"));
                    }
                    case HANG -> new CountDownLatch(1).await();
                }
            }
            // Code points [6,10) then [0,5): returned out of order on purpose.
            return List.of(Claim.span(null, d.id(), 6, 10, null), Claim.span(null, d.id(), 0, 5, null));
        }
    }

    private static ExtractionResult run(ClaimExtractor e, ExtractionRunner.Options options) throws ExtractorFailure {
        return new ExtractionRunner(options).run(e, CONTEXT, DOCS);
    }

    @Test
    void fillsTextAndIdsAndSortsClaimsByOffsets() throws Exception {
        ExtractionResult r = run(new Scripted(null, null), ExtractionRunner.Options.defaults());
        List<Claim> a = r.claims("a");
        // "Alpha said one." -> [0,5) "Alpha" and [6,10) "said", sorted by start and numbered in that order.
        assertEquals(List.of("a#p1", "a#p2"), a.stream().map(Claim::id).toList());
        assertEquals(List.of("Alpha", "said"), a.stream().map(Claim::text).toList());
        // In b the emoji is one code point: [0,5) is "\uD83D\uDE00 Bra", [6,10) "o fa".
        assertEquals("\uD83D\uDE00 Bra", r.claims("b").get(0).text());
        assertEquals(List.of("a", "b", "c"), List.copyOf(r.claims().keySet()));
        assertEquals("scripted", r.extractor());
        assertTrue(!r.hasFailures());
    }

    @Test
    void eachFaultFailsOnlyItsDocument() throws Exception {
        ExtractionRunner.Options options = ExtractionRunner.Options.defaults().withTimeout(Duration.ofMillis(300));
        for (Scripted.Behaviour behaviour : List.of(Scripted.Behaviour.THROW, Scripted.Behaviour.NULL,
                Scripted.Behaviour.HANG)) {
            ExtractionResult r = run(new Scripted("b", behaviour), options);
            assertEquals(List.of("a", "c"), List.copyOf(r.claims().keySet()), behaviour::name);
            assertEquals(List.of("b"), List.copyOf(r.failures().keySet()), behaviour::name);
            String reason = r.failures().get("b").reason();
            String expected = switch (behaviour) {
                case THROW -> "IllegalStateException: model exploded";
                case NULL -> "returned null";
                case HANG -> "timed out after 300 ms";
                default -> throw new AssertionError(behaviour);
            };
            assertTrue(reason.contains(expected), () -> behaviour + ": " + reason);
            assertTrue(r.hasFailures());
        }
    }

    @Test
    void anUnplaceableClaimIsARejectedFalsePositiveAndTheDocumentStillCounts() throws Exception {
        for (Scripted.Behaviour behaviour : List.of(Scripted.Behaviour.OUT_OF_RANGE, Scripted.Behaviour.WRONG_TEXT)) {
            ExtractionResult r = run(new Scripted("b", behaviour), ExtractionRunner.Options.defaults());
            assertTrue(!r.hasFailures(), behaviour::name);
            // The script returns one bad claim for b (and the two good ones for a and c).
            assertEquals(0, r.claims("b").size(), behaviour::name);
            assertEquals(1, r.rejected("b").size(), behaviour::name);
            var rejection = r.rejected("b").get(0);
            assertEquals(org.claimeval.score.Rejection.Reason.INVALID, rejection.reason());
            assertEquals(1, rejection.index(), "the first claim the extractor returned");
            String expected = switch (behaviour) {
                // The emoji (1 code point) + " Bravo" (6) + " fails" (6) + " here." (6) = 19, so end 20 is out of range.
                case OUT_OF_RANGE -> "span [0,20) is outside the document (0..19 code points)";
                case WRONG_TEXT -> "has text \"X\" but the document at [0,1) reads \"\uD83D\uDE00\"";
                default -> throw new AssertionError(behaviour);
            };
            assertTrue(rejection.message().contains(expected), () -> behaviour + ": " + rejection.message());
        }
    }

    @Test
    void failFastStopsAtTheFirstFailure() throws Exception {
        ExtractionResult r = run(new Scripted("b", Scripted.Behaviour.THROW),
                ExtractionRunner.Options.defaults().withFailFast(true));
        assertEquals(List.of("a"), List.copyOf(r.claims().keySet()));
        assertEquals(List.of("b"), List.copyOf(r.failures().keySet()));
        assertEquals(List.of("c"), r.notRun());
    }

    @Test
    void resultsAreTheSameForAnyThreadCount() throws Exception {
        ExtractionRunner.Options base = ExtractionRunner.Options.defaults().withTimeout(Duration.ofMillis(300));
        ExtractionResult one = run(new Scripted("b", Scripted.Behaviour.HANG), base);
        ExtractionResult four = run(new Scripted("b", Scripted.Behaviour.HANG), base.withThreads(4));
        assertEquals(one.claims(), four.claims());
        assertEquals(one.failures(), four.failures());
    }

    @Test
    void aFailingPrepareStopsTheRunAtTheStart() {
        ClaimExtractor broken = new Scripted(null, null) {
            @Override
            public void prepare(ExtractionContext context) throws Exception {
                throw new java.io.FileNotFoundException("model.bin");
            }
        };
        ExtractorFailure e = assertThrows(ExtractorFailure.class, () -> run(broken, ExtractionRunner.Options.defaults()));
        assertTrue(e.getMessage().contains("failed to prepare: FileNotFoundException: model.bin"), e::getMessage);
    }

    @Test
    void aRepeatedIdIsRejectedNotAFailedDocument() throws Exception {
        ClaimExtractor dup = new Scripted(null, null) {
            @Override
            public List<Claim> extract(Document d) {
                return List.of(Claim.span("x", d.id(), 0, 1, null), Claim.span("x", d.id(), 1, 2, null));
            }
        };
        ExtractionResult r = run(dup, ExtractionRunner.Options.defaults());
        assertTrue(r.failures().isEmpty());
        // Per document: the claim at [0,1) keeps the id, the one at [1,2) repeats it and is rejected.
        assertEquals(1, r.claims("a").size());
        assertEquals(1, r.rejected("a").size());
        assertTrue(r.rejected("a").get(0).message().contains("repeats the id \"x\""));
    }
}
