package org.claimeval.extract;

import org.claimeval.spi.ExtractionContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.claimeval.model.Attribution;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimType;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Document;
import org.junit.jupiter.api.Test;

class ProcessExtractorTest {
    private static final ExtractionContext CONTEXT = ExtractionContext.of(ClaimantRegistry.empty());
    private static final List<Document> FOUR = List.of(
            new Document("d1", "One said so."), new Document("d2", "Two said so."),
            new Document("d3", "Three said so."), new Document("d4", "Four said so."));

    private static ProcessExtractor python(String script, Duration timeout) {
        return new ProcessExtractor(List.of("python3", script), null, timeout);
    }

    private static ExtractionResult run(ProcessExtractor extractor, List<Document> docs) throws ExtractorFailure {
        try (extractor) {
            return new ExtractionRunner(ExtractionRunner.Options.defaults().withThreads(4)).run(extractor, CONTEXT, docs);
        }
    }

    private static Map<String, String> reasons(ExtractionResult r) {
        Map<String, String> out = new java.util.TreeMap<>();
        r.failures().forEach((doc, f) -> out.put(doc, f.reason()));
        return out;
    }

    @Test
    void theShippedExampleFindsReportedSentences() throws Exception {
        Document doc = new Document("x", "\uD83D\uDE00 Troops advanced. Kyiv said it held the town.\nNothing else.");
        ProcessExtractor example = python(TestData.repo().resolve("harness/examples/extractor.py").toString(),
                ProcessExtractor.DEFAULT_TIMEOUT);
        assertEquals("extractor", example.name());
        ExtractionResult r = run(example, List.of(doc));
        // One sentence has a cue ("said"); after the emoji (1 code point) + " Troops advanced. " (18) it starts
        // at code point 19 and runs for 31 code points.
        Claim claim = r.claims("x").get(0);
        assertEquals(1, r.claims("x").size());
        assertEquals("Kyiv said it held the town.", claim.text());
        assertEquals(19, claim.start());
        assertEquals(Attribution.EXPLICIT, claim.attribution());
    }

    @Test
    void offsetAndOffsetFreeClaimsAreBothAccepted() throws Exception {
        ExtractionResult r = run(python(TestData.extractors("first_word.py").toString(), Duration.ofSeconds(30)),
                List.of(new Document("e", "\uD83D\uDE80 Kyiv said so.")));
        List<Claim> claims = r.claims("e");
        // The first word "Kyiv" is code points [2,6) (emoji, space); both forms give that span.
        assertEquals(2, claims.size());
        assertEquals(List.of(2, 2), claims.stream().map(Claim::start).toList());
        // On one span the canonical order puts the claim without a type (the offset-free one) first.
        assertEquals(0.5, claims.get(0).score());
        assertEquals(ClaimType.OTHER, claims.get(1).type());
    }

    @Test
    void aCrashFailsThatDocumentAndTheProcessIsRestartedForTheNext() throws Exception {
        ExtractionResult r = run(python(TestData.extractors("crash_on_second.py").toString(), Duration.ofSeconds(30)), FOUR);
        // d1 answered; d2 killed the process (exit 3); d3 is the restarted process's first document (answered),
        // d4 its second: it crashes again, and there is no second restart.
        assertEquals(List.of("d1", "d3"), List.copyOf(r.claims().keySet()));
        assertEquals(Map.of("d2", "the process exited with code 3 before answering",
                "d4", "the process exited with code 3 before answering"), reasons(r));
    }

    @Test
    void garbageOnStdoutFailsTheDocument() throws Exception {
        ExtractionResult r = run(python(TestData.extractors("garbage.py").toString(), Duration.ofSeconds(30)),
                FOUR.subList(0, 3));
        // d1: garbage, killed; d2: restarted, garbage again, killed; d3: no restart left.
        assertTrue(r.claims().isEmpty());
        assertTrue(reasons(r).get("d1").contains("is not JSON: \"Loading model... done\""), reasons(r)::toString);
        assertTrue(reasons(r).get("d2").contains("is not JSON"), reasons(r)::toString);
        assertTrue(reasons(r).get("d3").contains("was already restarted 1 time(s)"), reasons(r)::toString);
    }

    @Test
    void exitingEarlyFailsTheNextDocumentOnly() throws Exception {
        ExtractionResult r = run(python(TestData.extractors("exit_early.py").toString(), Duration.ofSeconds(30)), FOUR);
        // d1 answered, then exit 0; d2 finds it gone; d3 gets the restarted process; it exits again; d4 fails.
        assertEquals(List.of("d1", "d3"), List.copyOf(r.claims().keySet()));
        assertEquals("the process exited with code 0 before answering", reasons(r).get("d2"));
        assertTrue(reasons(r).get("d4").contains("exited with code 0"), reasons(r)::toString);
    }

    @Test
    void anAnswerForAnotherDocumentFailsIt() throws Exception {
        ExtractionResult r = run(python(TestData.extractors("wrong_doc.py").toString(), Duration.ofSeconds(30)),
                FOUR.subList(0, 1));
        assertEquals("answered for document \"not-d1\" instead of \"d1\"; the process was stopped", reasons(r).get("d1"));
    }

    @Test
    void aHangingProcessIsKilledAtTheTimeoutAndRestarted() throws Exception {
        ExtractionResult r = run(python(TestData.extractors("sleep_forever.py").toString(), Duration.ofMillis(1500)),
                FOUR.subList(0, 3));
        // d1 and d2 each time out (the second on the restarted process); d3 finds no restart left.
        assertTrue(r.claims().isEmpty());
        assertEquals("timed out: no answer within 1500 ms; the process was killed", reasons(r).get("d1"));
        assertEquals("timed out: no answer within 1500 ms; the process was killed", reasons(r).get("d2"));
        assertTrue(reasons(r).get("d3").contains("already restarted"), reasons(r)::toString);
    }

    @Test
    void invalidClaimsAreRejectedAndTheDocumentsStillScore() throws Exception {
        // Answers with a span past the end of any of these documents, and an unknown type.
        String script = "import json,sys\n"
                + "for line in sys.stdin:\n"
                + "    d = json.loads(line)['doc']\n"
                + "    print(json.dumps({'doc': d, 'claims': [{'start': 0, 'end': 999, 'type': 'NEWS'}]}), flush=True)\n";
        ExtractionResult r = run(new ProcessExtractor(List.of("python3", "-c", script), "inline", Duration.ofSeconds(30)),
                FOUR.subList(0, 2));
        // Neither document fails: each has one invalid claim, a false positive, and the exchange stayed in step.
        assertTrue(r.failures().isEmpty(), reasons(r)::toString);
        assertEquals(1, r.rejected("d1").size());
        assertTrue(r.rejected("d1").get(0).message().startsWith("claims[0].type: unknown value \"NEWS\""),
                r.rejected("d1").get(0)::message);
        assertEquals(1, r.rejected("d2").get(0).index());
    }

    @Test
    void aCommandThatCannotStartFailsAtPrepare() {
        ProcessExtractor missing = new ProcessExtractor(List.of("/nonexistent/extractor-binary"), null, Duration.ofSeconds(5));
        ExtractorFailure e = assertThrows(ExtractorFailure.class, () -> run(missing, FOUR));
        assertTrue(e.getMessage().contains("cannot start /nonexistent/extractor-binary"), e::getMessage);
    }

    @Test
    void nameComesFromTheScriptOrTheOption() {
        String script = TestData.extractors("garbage.py").toString();
        assertEquals("garbage", ProcessExtractor.fromCommandLine("python3 -u '" + script + "'", null, Duration.ofSeconds(1)).name());
        assertEquals("mine", ProcessExtractor.fromCommandLine("python3 " + script, "mine", Duration.ofSeconds(1)).name());
        assertEquals("my-tool", ProcessExtractor.fromCommandLine("/opt/bin/my-tool --fast", null, Duration.ofSeconds(1)).name());
        assertEquals(List.of("python3", "my script.py"),
                ProcessExtractor.fromCommandLine("python3 'my script.py'", null, Duration.ofSeconds(1)).argv());
    }
}
