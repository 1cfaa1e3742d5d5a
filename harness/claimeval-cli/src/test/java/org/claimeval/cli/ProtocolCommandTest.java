package org.claimeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimeval.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 from the command line: empty runs re-score, invented claims show in every format, --details. */
class ProtocolCommandTest {

    @Test
    void anExtractorThatFindsNothingWritesAFileThatScoresAgain(@TempDir Path tmp) throws Exception {
        Path script = tmp.resolve("nothing.py");
        Files.writeString(script, "import json,sys\nfor line in sys.stdin:\n    r = json.loads(line)\n"
                + "    print(json.dumps({'doc': r['doc'], 'claims': []}), flush=True)\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("none.jsonl");
        Cli extract = Cli.run("extract", "--dataset", Cli.fixtureDataset(), "--extractor-cmd", "python3 " + script,
                "-o", out.toString());
        assertEquals(0, extract.exitCode(), extract.err());
        assertEquals(0, Files.size(out), "no claims, no lines");
        Cli score = Cli.run("score", "--dataset", Cli.fixtureDataset(), "--predictions", out.toString(), "--format",
                "json", "--no-timing");
        // 5 gold claims, no predictions: TP 0, FP 0, FN 5.
        assertEquals(0, score.exitCode(), score.err());
        assertTrue(score.err().contains("warning: " + out + ": empty file, scored as no predictions"), score.err());
        JsonNode report = Json.mapper().readTree(score.out());
        assertEquals(5, report.path("micro").path("fn").asInt());
        assertEquals(0, report.path("micro").path("fp").asInt());
    }

    @Test
    void anInventedClaimIsListedInEveryFormatAndDetailed(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("p.jsonl");
        Files.writeString(file, "{\"doc\":\"e01\",\"start\":66,\"end\":93,\"score\":0.9}\n"
                + "{\"doc\":\"e01\",\"text\":\"Moscow captured the moon\"}\n", StandardCharsets.UTF_8);
        String[] base = {"score", "--dataset", Cli.fixtureDataset(), "--predictions", file.toString(), "--no-timing"};
        for (String format : new String[] {"table", "markdown", "html", "junit"}) {
            Cli run = Cli.run(concat(base, "--format", format));
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(run.out().contains("Moscow captured the moon"), format + ": " + run.out());
            assertTrue(run.out().contains("unaligned"), format);
        }
        Cli json = Cli.run(concat(base, "--format", "json", "--details"));
        JsonNode report = Json.mapper().readTree(json.out());
        assertEquals("Moscow captured the moon", report.path("unaligned").get(0).path("text").asText());
        assertEquals(2, report.path("unaligned").get(0).path("line").asInt());
        JsonNode e01 = report.path("documents").get(0);
        // e01: the claim on line 1 matches e01-01 exactly; the invented one is the only false positive.
        assertEquals("e01-01", e01.path("matches").get(0).path("gold").asText());
        assertEquals(1, e01.path("matches").get(0).path("line").asInt());
        assertEquals("missing", e01.path("matches").get(0).path("claimant").asText());
        assertEquals("unaligned", e01.path("falsePositives").get(0).path("reason").asText());
        assertEquals(2, e01.path("misses").size(), "e01-02 and e01-03");
        // Ranking: one scored prediction (0.9), one without a score (the invented one) ranked last.
        assertEquals(1, report.path("ranking").path("scored").asInt());
        assertEquals(1, report.path("ranking").path("unscored").asInt());
        // AP: at threshold 0.9, TP 1 of 5 gold -> R 0.2, P 1.0; the unscored FP adds no recall -> AP = 0.2 · 1.0.
        assertEquals(0.2, report.path("ranking").path("averagePrecision").asDouble(), 1e-12);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
