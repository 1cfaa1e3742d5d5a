package org.claimeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimeval.io.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Misbehaving extractors, run through the command line on the bundled dataset (five documents, 000 to 004):
 * whatever the fault, it becomes a per-document failure in the report, the other documents are still scored,
 * and the exit code is 3. The Java extractors come from a jar built by {@link FaultyExtractorJar}; the
 * process ones are the Python fixtures under test resources {@code extractors/}.
 */
class FaultyExtractorsTest {
    private static final List<String> DOCS = List.of("000_4e2820158f8ac3a8", "001_b6f1711b44fb3f20",
            "002_5a3ff256710913a3", "003_0086fc70ba926fa6", "004_ac09f69f4cb9a81b");

    @TempDir
    static Path build;
    private static Path jar;

    @BeforeAll
    static void buildTheJar() throws IOException {
        jar = FaultyExtractorJar.build(build);
    }

    /** A run's JSON report and what the command printed. */
    private record Outcome(Cli cli, JsonNode report) {
        /** Document id to its error in the report's documents table (null when it was scored normally). */
        Map<String, String> errors() {
            Map<String, String> errors = new LinkedHashMap<>();
            report.get("documents").forEach(d -> errors.put(d.get("doc").asText(),
                    d.hasNonNull("error") ? d.get("error").asText() : null));
            return errors;
        }

        Map<String, String> failures() {
            Map<String, String> failures = new LinkedHashMap<>();
            report.get("failures").forEach(f -> failures.put(f.get("doc").asText(), f.get("reason").asText()));
            return failures;
        }

        List<String> notRun() {
            List<String> docs = new ArrayList<>();
            report.get("notRun").forEach(d -> docs.add(d.asText()));
            return docs;
        }

        /** Predictions counted for a document (TP + FP): 1 where a faulty Java extractor worked normally. */
        long predicted(String doc) {
            for (JsonNode d : report.get("documents")) {
                if (d.get("doc").asText().equals(doc)) {
                    return d.get("tp").asLong() + d.get("fp").asLong();
                }
            }
            throw new AssertionError("no row for " + doc + " in " + report);
        }
    }

    private static Outcome score(Path tmp, String... extractorArgs) throws IOException {
        Path report = tmp.resolve("report.json");
        List<String> args = new ArrayList<>(List.of("score"));
        args.addAll(List.of(extractorArgs));
        args.addAll(List.of("--format", "json", "--no-timing", "--output", report.toString()));
        Cli cli = Cli.run(args);
        assertFalse(cli.printedStackTrace(), cli.transcript());
        assertTrue(Files.exists(report), "the report of a partly failed run is still written\n" + cli.transcript());
        return new Outcome(cli, Json.mapper().readTree(report.toFile()));
    }

    @Test
    void aJavaExtractorReturningAnOutOfRangeSpanScoresItAsAnInvalidFalsePositive(@TempDir Path tmp) throws IOException {
        Outcome run = score(tmp, "--extractor-jar", jar.toString(), "--extractor", "test-out-of-range", "--timeout", "1");

        // Not an extractor failure: every document scores, the bad claim is listed under invalid and counted in FP.
        assertEquals(0, run.cli().exit(), run.cli().transcript());
        assertTrue(run.failures().isEmpty(), run.report()::toString);
        JsonNode invalid = run.report().path("invalid");
        assertEquals(1, invalid.size(), run.report()::toString);
        assertEquals(FaultyExtractorJar.BAD_DOC, invalid.get(0).path("doc").asText());
        assertEquals(1, invalid.get(0).path("index").asInt(), "the first (only) claim returned for that document");
        // Document 001 has 2108 code points (wc -m on its seed), so the out-of-range span ends at 2109.
        assertTrue(invalid.get(0).path("message").asText().contains("span [0,2109) is outside the document (0..2108"),
                run.report()::toString);
        JsonNode bad = null;
        for (JsonNode d : run.report().path("documents")) {
            if (d.path("doc").asText().equals(FaultyExtractorJar.BAD_DOC)) {
                bad = d;
            }
        }
        // On the bad document: no claim placed, one rejected -> TP 0, FP 1.
        assertEquals(0, bad.path("tp").asInt(), run.report()::toString);
        assertEquals(1, bad.path("fp").asInt(), run.report()::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            test-throws       | IllegalStateException: <script>alert(1)</script>
            test-null         | returned null instead of a list of claims
            test-forever      | timed out after 1 s
            """)
    void aJavaExtractorFailingOnOneDocumentFailsOnlyThatDocument(String name, String reason, @TempDir Path tmp)
            throws IOException {
        Outcome run = score(tmp, "--extractor-jar", jar.toString(), "--extractor", name, "--timeout", "1");

        assertEquals(3, run.cli().exit(), run.cli().transcript());
        assertEquals(List.of(FaultyExtractorJar.BAD_DOC), List.copyOf(run.failures().keySet()));
        assertTrue(run.failures().get(FaultyExtractorJar.BAD_DOC).contains(reason), run.report()::toString);
        assertTrue(run.errors().get(FaultyExtractorJar.BAD_DOC).contains(reason), run.report()::toString);
        assertTrue(run.cli().err().contains("extractor failed on " + FaultyExtractorJar.BAD_DOC), run.cli().transcript());
        for (String doc : DOCS) {
            // The one claim on each other document is scored; the failed document counts as no predictions.
            assertEquals(doc.equals(FaultyExtractorJar.BAD_DOC) ? 0 : 1, run.predicted(doc), doc);
        }
        assertEquals(List.of(), run.notRun());
    }

    @Test
    void failFastStopsAtTheFirstFailedDocument(@TempDir Path tmp) throws IOException {
        Outcome run = score(tmp, "--extractor-jar", jar.toString(), "--extractor", "test-throws", "--fail-fast");

        assertEquals(3, run.cli().exit(), run.cli().transcript());
        assertEquals(List.of(FaultyExtractorJar.BAD_DOC), List.copyOf(run.failures().keySet()));
        assertEquals(DOCS.subList(2, 5), run.notRun());
        assertEquals(1, run.predicted(DOCS.get(0)), "the document before the failure is scored");
        assertTrue(run.cli().err().contains("not run after the first failure (--fail-fast): " + DOCS.get(2)),
                run.cli().transcript());
    }

    @Test
    void aFailureReasonWithScriptIsEscapedInTheMarkdownAndHtmlReports(@TempDir Path tmp) {
        Cli run = Cli.run("score", "--extractor-jar", jar.toString(), "--extractor", "test-throws",
                "--format", "markdown", "--no-timing");
        assertEquals(3, run.exit(), run.transcript());
        assertTrue(run.out().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), run.out());
        assertFalse(BadInputCatalogueTest.outsideCodeSpans(run.out()).contains("<script"), run.out());

        Cli html = Cli.run("score", "--extractor-jar", jar.toString(), "--extractor", "test-throws",
                "--format", "html", "--no-timing");
        assertEquals(3, html.exit(), html.transcript());
        assertTrue(html.out().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html.out());
        assertFalse(html.out().contains("<script>alert(1)"), html.out());
    }

    private static String process(String script) {
        return "python3 " + Resources.path("extractors/" + script);
    }

    @Test
    void aProcessThatCrashesIsRestartedForTheNextDocument(@TempDir Path tmp) throws IOException {
        // crash_on_second.py answers its first request and exits with code 3 on its second: it answers 000,
        // dies on 001, is restarted and answers 002; the restarted process then dies on its own second (003),
        // and as it was already restarted once, 004 fails too.
        Outcome run = score(tmp, "--extractor-cmd", process("crash_on_second.py"));

        assertEquals(3, run.cli().exit(), run.cli().transcript());
        Map<String, String> errors = run.errors();
        assertEquals(null, errors.get(DOCS.get(0)));
        assertTrue(errors.get(DOCS.get(1)).contains("exited with code 3 before answering"), errors::toString);
        assertEquals(null, errors.get(DOCS.get(2)), "the restarted process answers the next document");
        assertEquals(List.of(DOCS.get(1), DOCS.get(3), DOCS.get(4)), List.copyOf(run.failures().keySet()));
    }

    @Test
    void aProcessPrintingGarbageFailsEachDocumentWithTheLineItPrinted(@TempDir Path tmp) throws IOException {
        Outcome run = score(tmp, "--extractor-cmd", process("garbage.py"));

        assertEquals(3, run.cli().exit(), run.cli().transcript());
        assertEquals(DOCS, List.copyOf(run.failures().keySet()));
        assertTrue(run.failures().get(DOCS.get(0)).contains("stdout line 1 is not JSON: \"Loading model... done\""),
                run.failures()::toString);
        assertEquals(5, run.report().get("documents").size(), "every document is still in the report");
    }

    @Test
    void aProcessExitingEarlyFailsTheDocumentsItLeftUnanswered(@TempDir Path tmp) throws IOException {
        // exit_early.py answers one request and exits 0: 000 answered, 001 failed, restart answers 002, and so on.
        Outcome run = score(tmp, "--extractor-cmd", process("exit_early.py"));

        assertEquals(3, run.cli().exit(), run.cli().transcript());
        assertEquals(null, run.errors().get(DOCS.get(0)));
        assertTrue(run.failures().get(DOCS.get(1)).contains("exited with code 0 before answering"),
                run.failures()::toString);
        assertEquals(null, run.errors().get(DOCS.get(2)));
    }

    @Test
    void failFastStopsAProcessExtractorToo(@TempDir Path tmp) throws IOException {
        Outcome run = score(tmp, "--extractor-cmd", process("garbage.py"), "--fail-fast");

        assertEquals(3, run.cli().exit(), run.cli().transcript());
        assertEquals(List.of(DOCS.get(0)), List.copyOf(run.failures().keySet()));
        assertEquals(DOCS.subList(1, 5), run.notRun());
    }
}
