package org.claimeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimeval.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through the command line, on the fixture dataset. Its gold: e01 has three claims (e01-01
 * "61,000 servicemen were lost" [66,93) by the ministry, e01-02 "five villages were taken" [116,140) by
 * officials, e01-03 an author claim), e02 has two. Offsets are code points after two emoji.
 */
class ScoreCommandTest {
    @TempDir
    Path tmp;

    /**
     * Two right spans (one by offsets with the right claimant, one by text with the wrong claimant), one
     * spurious span, nothing for e02. So TP = 2, FP = 1, FN = 3.
     */
    private Path predictions() throws Exception {
        Path file = tmp.resolve("preds.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"doc\":\"e01\",\"start\":66,\"end\":93,\"claimant\":\"the ministry\",\"type\":\"CASUALTIES\"}",
                "{\"doc\":\"e01\",\"text\":\"five villages were taken\",\"claimant\":\"Kyiv\"}",
                "{\"doc\":\"e01\",\"start\":0,\"end\":16}") + "\n");
        return file;
    }

    private JsonNode scoreJson(String... extra) throws Exception {
        String[] base = {"score", "--dataset", Cli.fixtureDataset(), "--predictions", predictions().toString(),
                "--format", "json", "--no-timing"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        Cli cli = Cli.run(args);
        assertEquals(0, cli.exitCode(), cli.err());
        return Json.mapper().readTree(cli.out());
    }

    @Test
    void microScoresAreHandComputedAndPrecisionIsNotSwappedWithRecall() throws Exception {
        JsonNode micro = scoreJson().get("micro");
        assertEquals(2, micro.get("tp").asInt());
        assertEquals(1, micro.get("fp").asInt());
        assertEquals(3, micro.get("fn").asInt());
        assertEquals(2.0 / 3, micro.get("precision").asDouble(), 1e-12); // TP / (TP + FP) = 2/3
        assertEquals(2.0 / 5, micro.get("recall").asDouble(), 1e-12); // TP / (TP + FN) = 2/5
        assertEquals(0.5, micro.get("f1").asDouble(), 1e-12); // 2TP / (2TP + FP + FN) = 4/8
    }

    @Test
    void macroAveragesDocumentsWhileMicroPoolsClaims() throws Exception {
        JsonNode macro = scoreJson().get("macro");
        // e01: P = R = F1 = 2/3; e02: no predictions, two gold claims: 0, 0, 0. Mean: 1/3 each.
        assertEquals(1.0 / 3, macro.get("precision").asDouble(), 1e-12);
        assertEquals(1.0 / 3, macro.get("recall").asDouble(), 1e-12);
        assertEquals(1.0 / 3, macro.get("f1").asDouble(), 1e-12);
        assertEquals(2, macro.get("documents").asInt());
    }

    @Test
    void claimantAccuracyResolvesAliasesOnMatchedPairs() throws Exception {
        JsonNode claimant = scoreJson().get("attributes").get("claimant");
        // "the ministry" resolves to the gold claimant; "Kyiv" is another entry: 1 right of 2 matched.
        assertEquals(1, claimant.get("correct").asInt());
        assertEquals(2, claimant.get("matched").asInt());
        assertEquals(0.5, claimant.get("accuracy").asDouble(), 1e-12);
        JsonNode strict = scoreJson().get("attributes").get("claimAndClaimant");
        assertEquals(1, strict.get("tp").asInt());
    }

    @Test
    void reportCarriesConfigurationDatasetExtractorAndSignature() throws Exception {
        JsonNode report = scoreJson("--match", "exact");
        assertEquals("exact", report.get("configuration").get("match").asText());
        assertEquals("fixture-valid", report.get("dataset").get("name").asText());
        assertEquals(64, report.get("dataset").get("goldHash").asText().length());
        assertEquals("preds", report.get("extractor").get("name").asText());
        String signature = report.get("signature").asText();
        assertTrue(signature.matches("claimeval:\\d+\\.\\d+\\|dataset:fixture-valid@1\\.0\\.0#[0-9a-f]{8}"
                + "\\|match:exact\\|subset:all\\|extractor:preds@sha256:[0-9a-f]{12}"), signature);
        assertEquals(1, report.get("predictions").get("alignment").get("exact").asInt());
        assertFalse(report.has("timing"));
    }

    @Test
    void attributedSubsetDropsAuthorGoldClaims() throws Exception {
        JsonNode micro = scoreJson("--subset", "attributed").get("micro");
        // e01-03 is an author claim: it leaves the gold, so FN falls from 3 to 2.
        assertEquals(2, micro.get("tp").asInt());
        assertEquals(2, micro.get("fn").asInt());
    }

    @Test
    void sameInputGivesByteIdenticalReports() throws Exception {
        String[] args = {"score", "--dataset", Cli.fixtureDataset(), "--predictions", predictions().toString(),
                "--format", "json", "--no-timing"};
        assertEquals(Cli.run(args).out(), Cli.run(args).out());
    }

    @Test
    void everyFormatCarriesTheSignature() throws Exception {
        for (String format : new String[] {"table", "markdown", "junit"}) {
            Cli cli = Cli.run("score", "--dataset", Cli.fixtureDataset(), "--predictions", predictions().toString(),
                    "--format", format);
            assertEquals(0, cli.exitCode(), cli.err());
            assertTrue(cli.out().contains("|match:overlap@0.5|subset:all|extractor:preds@"), format + ":\n" + cli.out());
        }
    }

    @Test
    void outputFileIsWrittenWholeAndOnlyOnSuccess() throws Exception {
        Path out = tmp.resolve("report.json");
        Cli ok = Cli.run("score", "--dataset", Cli.fixtureDataset(), "--predictions", predictions().toString(),
                "--format", "json", "-o", out.toString());
        assertEquals(0, ok.exitCode(), ok.err());
        assertEquals(3, Json.mapper().readTree(out.toFile()).get("micro").get("fn").asInt());

        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, "{\"doc\":\"e01\",\"start\":5,\"end\":2}\n");
        Path untouched = tmp.resolve("never.json");
        Cli failed = Cli.run("score", "--dataset", Cli.fixtureDataset(), "--predictions", bad.toString(),
                "-o", untouched.toString());
        assertEquals(2, failed.exitCode());
        assertFalse(Files.exists(untouched));
        assertTrue(failed.err().contains("bad.jsonl:1"), failed.err());
    }

    @Test
    void extractedPredictionsRescoreIdentically() throws Exception {
        Path preds = tmp.resolve("sentence.jsonl");
        Cli extract = Cli.run("extract", "--dataset", Cli.fixtureDataset(), "--extractor", "sentence", "-o", preds.toString());
        assertEquals(0, extract.exitCode(), extract.err());
        JsonNode direct = Json.mapper().readTree(Cli.run("score", "--dataset", Cli.fixtureDataset(), "--extractor",
                "sentence", "--format", "json").out());
        JsonNode rescored = Json.mapper().readTree(Cli.run("score", "--dataset", Cli.fixtureDataset(), "--predictions",
                preds.toString(), "--format", "json").out());
        assertEquals(direct.get("micro"), rescored.get("micro"));
        assertEquals(direct.get("documents"), rescored.get("documents"));
        assertEquals(direct.get("attributes"), rescored.get("attributes"));
    }
}
