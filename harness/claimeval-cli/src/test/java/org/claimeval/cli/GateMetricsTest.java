package org.claimeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.extract.PredictionsWriter;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The gate on any metric of the report: a claimant regression alone fails it, unknown names are exit 2 with the
 * list, {@code METRIC=significant} runs a paired test, and the summary files exist whatever the exit code.
 */
class GateMetricsTest {
    @TempDir
    Path tmp;
    private static final String RU = "russian-defence-ministry";
    private static final String UA = "ukrainian-government";

    /**
     * The fixture's five gold spans (e01: 66-93, 116-140, 142-176; e02: 24-55, 77-110), each with a claimant.
     * Claimants are given by registry id. {@code wrong} swaps two: e01-01 gets ukrainian-government (gold
     * russian-defence-ministry) and e02-01 russian-defence-ministry (gold ukrainian-government).
     */
    private String fiveSpans(String name, boolean wrong) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, String.join("\n",
                "{\"doc\":\"e01\",\"start\":66,\"end\":93,\"claimant\":\"" + (wrong ? UA : RU) + "\"}",
                "{\"doc\":\"e01\",\"start\":116,\"end\":140,\"claimant\":\"russian-officials\"}",
                "{\"doc\":\"e01\",\"start\":142,\"end\":176,\"claimant\":\"author\"}",
                "{\"doc\":\"e02\",\"start\":24,\"end\":55,\"claimant\":\"" + (wrong ? RU : UA) + "\"}",
                "{\"doc\":\"e02\",\"start\":77,\"end\":110,\"claimant\":\"analysts\"}") + "\n");
        return file.toString();
    }

    private Path baselineOf(String predictions) {
        Path baseline = tmp.resolve("baseline.json");
        Cli record = Cli.run("score", "--dataset", Cli.fixtureDataset(), "--predictions", predictions, "--format", "json",
                "-o", baseline.toString());
        assertEquals(0, record.exitCode(), record.err());
        return baseline;
    }

    private static Cli gate(String predictions, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("gate", "--dataset", Cli.fixtureDataset(), "--predictions",
                predictions));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void aClaimantRegressionAloneFailsTheDefaultGate() throws Exception {
        Path baseline = baselineOf(fiveSpans("right.jsonl", false));
        Path md = tmp.resolve("gate.md");
        Cli cli = gate(fiveSpans("wrong.jsonl", true), "--baseline", baseline.toString(), "--markdown", md.toString());
        // Spans: all five exact both times, span F1 1.0 -> 1.0, within 0.01.
        // Headline: baseline 5 right claimants, F1 1.0; now two wrong, so the claim + claimant assignment finds
        // TP 3, FP 2, FN 2: F1 = 2*3 / (2*3 + 2 + 2) = 0.6, a drop of 0.4 > 0.01.
        assertEquals(1, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("max-drop claim_claimant.f1: 0.6000 < 0.9900 (baseline 1.0000)"), cli.err());
        assertFalse(cli.err().contains("max-drop micro.f1"), cli.err());
        String summary = Files.readString(md);
        assertTrue(summary.startsWith("## ❌ gate FAILED: 1 of 2 checks missed (max-drop claim\\_claimant.f1)"), summary);
        assertTrue(summary.contains("| max-drop claim\\_claimant.f1 | 1.0000 | 0.6000 | -0.4000 | &gt;= 0.9900 | ❌ FAIL |"),
                summary);

        // Claimant accuracy on its own: 3 of 5 matched pairs right = 0.6, baseline 5/5 = 1.0; a drop of 0.4 > 0.1.
        Cli accuracy = gate(fiveSpans("wrong.jsonl", true), "--baseline", baseline.toString(),
                "--max-drop", "attributes.claimant.accuracy=0.1");
        assertEquals(1, accuracy.exitCode(), accuracy.err());
        assertTrue(accuracy.err().contains("max-drop attributes.claimant.accuracy: 0.6000 < 0.9000"), accuracy.err());
        // A floor on span F1 alone passes: 1.0 >= 0.9.
        assertEquals(0, gate(fiveSpans("wrong.jsonl", true), "--min", "micro.f1=0.9").exitCode());
    }

    @Test
    void anUnknownMetricIsExit2WithTheListAndTheFilesAreStillWritten() throws Exception {
        Path md = tmp.resolve("gate.md");
        Path junit = tmp.resolve("gate.xml");
        Cli cli = gate(fiveSpans("right.jsonl", false), "--min", "claimant.acuracy=0.5", "--markdown", md.toString(),
                "--junit", junit.toString());
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("unknown metric claimant.acuracy"), cli.err());
        assertTrue(cli.err().contains("claim_claimant.{f1,fn,fp,precision,recall,tp}"), cli.err());
        assertTrue(Files.readString(md).startsWith("## ⚠️ gate error (exit 2): command line: unknown metric"),
                Files.readString(md));
        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile()).getDocumentElement();
        assertEquals("1", suite.getAttribute("errors"));
        assertEquals("1", suite.getAttribute("tests"));
        // An ambiguous name is refused too: f1 is micro.f1, macro.f1, claim_claimant.f1, ...
        Cli ambiguous = gate(fiveSpans("right.jsonl", false), "--min", "f1=0.5");
        assertEquals(2, ambiguous.exitCode());
        assertTrue(ambiguous.err().contains("ambiguous metric f1"), ambiguous.err());
    }

    @Test
    void aBaselineThatIsNotThereIsExit2AndTheFilesSayWhy() throws Exception {
        // Refused by the checks made before any work (Main), not by gate itself: the files are written all the same.
        Path md = tmp.resolve("gate.md");
        Path junit = tmp.resolve("gate.xml");
        Cli cli = gate(fiveSpans("right.jsonl", false), "--baseline", tmp.resolve("missing.json").toString(),
                "--markdown", md.toString(), "--junit", junit.toString(), "--github-errors");
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(Files.readString(md).startsWith("## ⚠️ gate error (exit 2): "), Files.readString(md));
        assertTrue(Files.readString(md).contains("missing.json"), Files.readString(md));
        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile()).getDocumentElement();
        assertEquals("1", suite.getAttribute("errors"));
        assertTrue(cli.err().contains("::error title=claimeval gate::gate error (exit 2): "), cli.err());
    }

    @Test
    void githubActionsGetsOneErrorLinePerFailedMetric() throws Exception {
        Cli cli = gate(fiveSpans("wrong.jsonl", true), "--min", "claim_claimant.f1=0.7", "--min", "micro.f1=0.9",
                "--min", "claimant.accuracy=0.7", "--github-errors");
        // claim_claimant.f1 0.6 < 0.7 and claimant accuracy 0.6 < 0.7 fail; micro.f1 1.0 passes.
        assertEquals(1, cli.exitCode());
        List<String> errors = cli.err().lines().filter(l -> l.startsWith("::error")).toList();
        assertEquals(2, errors.size(), cli.err());
        assertTrue(errors.get(0).startsWith("::error title=claimeval gate min claim_claimant.f1::"), errors.get(0));
    }

    @Test
    void significantPassesIdenticalPredictions() throws Exception {
        Path saved = tmp.resolve("saved.jsonl");
        String right = fiveSpans("right.jsonl", false);
        assertEquals(0, gate(right, "--min", "micro.f1=0", "--save-predictions", saved.toString()).exitCode());
        // Identical predictions: every trial's difference is 0 >= |observed 0|, so p = (T + 1) / (T + 1) = 1.
        Cli cli = gate(right, "--baseline-predictions", saved.toString(), "--max-drop", "claim_claimant.f1=significant",
                "--trials", "99");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("claim_claimant.f1=significant: 1.0000 vs baseline 1.0000, p = 1.0000 >= 0.05"),
                cli.out());
    }

    @Test
    void significantFailsClearlyWorsePredictions() throws Exception {
        // The bundled dataset's gold as predictions (headline 1.0), against the same spans with no claimant
        // (headline 0: no claim + claimant pair can match). Observed difference -1; a trial reaches |1| only if
        // every paragraph with a claim is swapped the same way (about 2 * 2^-40), so no trial does:
        // p = (0 + 1) / (999 + 1) = 0.001 < 0.05, and the run is below the baseline: fail.
        Dataset bundled = DatasetLoader.bundled();
        Path gold = tmp.resolve("gold.jsonl");
        Path anonymous = tmp.resolve("anonymous.jsonl");
        write(bundled, gold, false);
        write(bundled, anonymous, true);
        Cli cli = Cli.run("gate", "--predictions", anonymous.toString(), "--baseline-predictions", gold.toString(),
                "--max-drop", "claim_claimant.f1=significant", "--max-drop", "micro.f1=significant", "--trials", "999");
        assertEquals(1, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("max-drop claim_claimant.f1=significant: 0.0000 vs baseline 1.0000, p = 0.0010 < 0.05"),
                cli.err());
        // The spans are the same, so span F1 is identical and p = 1: that check passes.
        assertFalse(cli.err().contains("max-drop micro.f1"), cli.err());
    }

    private static void write(Dataset dataset, Path file, boolean withoutClaimant) throws Exception {
        Map<String, List<Claim>> claims = new LinkedHashMap<>();
        for (Document d : dataset.documents()) {
            claims.put(d.id(), dataset.gold(d.id()).stream()
                    .map(c -> withoutClaimant ? Claim.span(c.id(), c.doc(), c.start(), c.end(), c.text()) : c).toList());
        }
        StringWriter out = new StringWriter();
        PredictionsWriter.write(claims, out);
        Files.writeString(file, out.toString());
    }
}
