package org.claimeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The CI gate: exit 1 names each missed threshold; a value equal to its threshold passes. */
class GateCommandTest {
    @TempDir
    Path tmp;

    /** Against the fixture gold (5 claims): e01-01 exactly, e01-02 exactly, nothing else: TP 2, FP 0, FN 3. */
    private String twoOfFive() throws Exception {
        Path file = tmp.resolve("two.jsonl");
        Files.writeString(file, "{\"doc\":\"e01\",\"start\":66,\"end\":93}\n{\"doc\":\"e01\",\"start\":116,\"end\":140}\n");
        return file.toString();
    }

    /** Only e01-01: TP 1, FP 0, FN 4. */
    private String oneOfFive() throws Exception {
        Path file = tmp.resolve("one.jsonl");
        Files.writeString(file, "{\"doc\":\"e01\",\"start\":66,\"end\":93}\n");
        return file.toString();
    }

    private Cli gate(String predictions, String... thresholds) {
        String[] base = {"gate", "--dataset", Cli.fixtureDataset(), "--predictions", predictions};
        String[] args = new String[base.length + thresholds.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(thresholds, 0, args, base.length, thresholds.length);
        return Cli.run(args);
    }

    @Test
    void thresholdsAreCheckedAgainstTheRightScores() throws Exception {
        // P = 2/2 = 1.0, R = 2/5 = 0.4, F1 = 4/7 = 0.5714...
        assertEquals(0, gate(twoOfFive(), "--min-precision", "1.0", "--min-recall", "0.4").exitCode());
        Cli recall = gate(twoOfFive(), "--min-recall", "0.41");
        assertEquals(1, recall.exitCode());
        assertTrue(recall.err().contains("min micro.recall"), recall.err());
        Cli f1 = gate(twoOfFive(), "--min-f1", "0.58", "--min-precision", "0.9");
        assertEquals(1, f1.exitCode());
        assertTrue(f1.err().contains("min micro.f1") && !f1.err().contains("min micro.precision"), f1.err());
    }

    @Test
    void regressionAgainstBaselineFailsBeyondTheAllowedDrop() throws Exception {
        Path baseline = tmp.resolve("baseline.json");
        Cli record = Cli.run("score", "--dataset", Cli.fixtureDataset(), "--predictions", twoOfFive(), "--format", "json",
                "-o", baseline.toString());
        assertEquals(0, record.exitCode(), record.err());
        // Same predictions: no drop.
        assertEquals(0, gate(twoOfFive(), "--baseline", baseline.toString()).exitCode());
        // One of five: F1 falls from 4/7 = 0.571 to 2/6 = 0.333, far beyond 0.01.
        Cli worse = gate(oneOfFive(), "--baseline", baseline.toString());
        assertEquals(1, worse.exitCode());
        assertTrue(worse.err().contains("max-drop micro.f1"), worse.err());
        // ... but within an allowed drop of 0.7 on every score (recall falls 0.2, F1 0.238, precision 0).
        assertEquals(0, gate(oneOfFive(), "--baseline", baseline.toString(), "--max-drop", "0.7").exitCode());
    }

    @Test
    void baselineScoredDifferentlyIsRejected() throws Exception {
        Path baseline = tmp.resolve("exact.json");
        Cli.run("score", "--dataset", Cli.fixtureDataset(), "--predictions", twoOfFive(), "--match", "exact",
                "--format", "json", "-o", baseline.toString());
        Cli cli = gate(twoOfFive(), "--baseline", baseline.toString());
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("scored differently"), cli.err());
    }

    @Test
    void writesJUnitAndMarkdownWithATestCasePerDocumentAndThreshold() throws Exception {
        Path junit = tmp.resolve("gate.xml");
        Path markdown = tmp.resolve("gate.md");
        Cli cli = gate(twoOfFive(), "--min-f1", "0.9", "--junit", junit.toString(), "--markdown", markdown.toString());
        assertEquals(1, cli.exitCode());
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        Element suite = xml.getDocumentElement();
        assertEquals("1", suite.getAttribute("tests")); // one checked metric
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("min micro.f1", ((Element) xml.getElementsByTagName("testcase").item(0)).getAttribute("name"));
        assertTrue(Files.readString(markdown).startsWith("## ❌ gate FAILED: 1 of 1 checks missed (min micro.f1)"),
                Files.readString(markdown));
    }
}
