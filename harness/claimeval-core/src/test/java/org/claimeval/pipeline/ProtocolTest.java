package org.claimeval.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.extract.ExtractionRunner;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.report.JsonReport;
import org.claimeval.report.ReportSchema;
import org.claimeval.report.ScoreReport;
import org.claimeval.score.Counts;
import org.claimeval.score.Rejection;
import org.claimeval.score.ScoreConfig;
import org.claimeval.spi.ClaimExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One protocol for every source (issue 12): an invented claim is a false positive wherever it comes from, and a
 * learning process is trained per fold on the other documents only.
 *
 * <p>The fixture dataset has 5 gold claims: e01-01 [66,93) "61,000 servicemen were lost", e01-02, e01-03 in
 * e01, and e02-01, e02-02 in e02. Each source below predicts e01-01 exactly and one invented claim in e01, and
 * nothing in e02. Hand-computed: TP = 1 (e01-01), FP = 1 (the invented claim), FN = 5 - 1 = 4;
 * P = 1 / (1 + 1) = 0.5, R = 1 / (1 + 4) = 0.2, F1 = 2·1 / (2·1 + 1 + 4) = 2/7.
 */
class ProtocolTest {
    private static final Counts EXPECTED = new Counts(1, 1, 4);
    private static final String INVENTED = "Moscow captured the moon";

    private static Dataset fixture() throws Exception {
        return DatasetLoader.load(EvaluationTest.validFixture().resolve("dataset"));
    }

    private static ScoreReport score(ExtractorSpec spec) throws Exception {
        Dataset data = fixture();
        ExtractionRunner.Options options = ExtractionRunner.Options.defaults().withTimeout(Duration.ofSeconds(30));
        ScoreReport report = Evaluation.run(spec, data, Training.leaveOneOut(), options, false, ScoreConfig.defaults(),
                false);
        ReportSchema.assertValid(JsonReport.render(report, true), "report of " + spec);
        return report;
    }

    private static void assertInventedClaimIsOneFalsePositive(ScoreReport report, Rejection.Reason reason) {
        assertEquals(EXPECTED, report.scores().micro());
        assertEquals(0.5, report.scores().micro().precision(), 1e-12);
        assertEquals(0.2, report.scores().micro().recall(), 1e-12);
        assertEquals(2.0 / 7, report.scores().micro().f1(), 1e-12);
        assertTrue(report.failures().isEmpty(), "never a failed document: " + report.failures());
        var e01 = report.scores().documents().get(0);
        assertEquals("e01", e01.doc());
        assertEquals(1, e01.rejected().size());
        assertEquals(reason, e01.rejected().get(0).reason());
        // Claim + claimant and the full relation count it too: no claimant given, so TP 0, FP 1 + 1, FN 5.
        assertEquals(new Counts(0, 2, 5), report.scores().attributes().strict());
        assertEquals(new Counts(0, 2, 5), report.scores().attributes().relation());
    }

    @Test
    void anUnalignedLineOfAPredictionsFileIsAFalsePositive(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("p.jsonl");
        Files.writeString(file, "{\"doc\":\"e01\",\"start\":66,\"end\":93}\n{\"doc\":\"e01\",\"text\":\"" + INVENTED
                + "\"}\n", StandardCharsets.UTF_8);
        ScoreReport report = score(new ExtractorSpec.PredictionsFile(file));
        assertInventedClaimIsOneFalsePositive(report, Rejection.Reason.UNALIGNED);
        assertEquals(2, report.scores().documents().get(0).rejected().get(0).line(), "named by its line");
        assertEquals("none", report.settings().training(), "a predictions file is never cross-validated");
    }

    @Test
    void anUnalignedClaimOfAProcessIsAFalsePositive() throws Exception {
        String script = "import json,sys\n"
                + "for line in sys.stdin:\n"
                + "    r = json.loads(line)\n"
                + "    c = [{'start': 66, 'end': 93}, {'text': '" + INVENTED + "'}] if r['doc'] == 'e01' else []\n"
                + "    print(json.dumps({'doc': r['doc'], 'claims': c}), flush=True)\n";
        ScoreReport report = score(new ExtractorSpec.InProcess(() -> new org.claimeval.extract.ProcessExtractor(
                List.of("python3", "-c", script), "inline", Duration.ofSeconds(30))));
        assertInventedClaimIsOneFalsePositive(report, Rejection.Reason.UNALIGNED);
        assertEquals(2, report.scores().documents().get(0).rejected().get(0).index(), "the second claim answered");
        assertEquals("none", report.settings().training(), "a version 1 process does not learn");
    }

    @Test
    void anOutOfRangeClaimOfAnSpiExtractorIsAnInvalidFalsePositive() throws Exception {
        ScoreReport report = score(new ExtractorSpec.InProcess(() -> new ClaimExtractor() {
            @Override
            public String name() {
                return "inventive";
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public List<Claim> extract(Document d) {
                // e01 has 178 code points; [170, 9999) runs past its end.
                return d.id().equals("e01")
                        ? List.of(Claim.span(null, "e01", 66, 93, null), Claim.span(null, "e01", 170, 9999, null))
                        : List.of();
            }
        }));
        assertInventedClaimIsOneFalsePositive(report, Rejection.Reason.INVALID);
        assertTrue(report.scores().documents().get(0).rejected().get(0).message().contains("[170,9999)"));
    }

    @Test
    void aLearningProcessIsTrainedPerFoldAndNeverOnTheDocumentItScores(@TempDir Path tmp) throws Exception {
        Path log = tmp.resolve("sent.log");
        String script = Path.of(ProtocolTest.class.getResource("/extractors/recording_learner.py").toURI()).toString();
        ScoreReport report = score(new ExtractorSpec.Command("python3 " + script + " " + log, "recorder"));

        List<String> sent = Files.readAllLines(log, StandardCharsets.UTF_8);
        // First a process only asked whether it learns; then one process per fold: hello, train, the scored document.
        assertEquals(List.of(
                "hello",
                "hello",
                "train e02 | its forces advanced up to 10 km|about 40% of supplies had stopped",
                "scored e01",
                "hello",
                "train e01 | 61,000 servicemen were lost|five villages were taken|The report was published on Monday",
                "scored e02"), sent);
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i).startsWith("scored ")) {
                String doc = sent.get(i).substring(7);
                assertTrue(!sent.get(i - 1).substring(6, sent.get(i - 1).indexOf(" |")).contains(doc),
                        "the fold scoring " + doc + " never saw its gold");
            }
        }
        // It claims training texts found verbatim in the scored document; none recur across documents, so the
        // folds predict nothing: TP 0, FP 0, FN 5. Had it seen each document's own gold, it would score 5 TP.
        assertEquals(new Counts(0, 0, 5), report.scores().micro());
        assertEquals("loocv", report.settings().training());
        assertEquals("external+loocv", report.extractor().version());
        assertTrue(report.signature().endsWith("|training:loocv"), report.signature());
    }
}
