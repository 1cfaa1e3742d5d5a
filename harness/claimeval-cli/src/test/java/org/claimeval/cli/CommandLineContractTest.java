package org.claimeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages that CI pipelines depend on. */
class CommandLineContractTest {
    @TempDir
    Path tmp;

    @Test
    void bundledDatasetValidates() {
        Cli cli = Cli.run("validate");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("valid: kursk-claims@"), cli.out());
    }

    @Test
    void brokenDatasetReportsEveryProblemWithFileClaimAndFieldAndExitsTwo() throws Exception {
        Path copy = tmp.resolve("copy");
        copyTree(Cli.resource("/datasets/valid"), copy);
        Path gold = copy.resolve("dataset/gold/e01.json");
        String text = Files.readString(gold)
                .replace("\"61,000 servicemen were lost\"", "\"61,000 servicemen were found\"")
                .replace("\"russian-officials\"", "\"nobody-known\"");
        Files.writeString(gold, text);
        Cli cli = Cli.run("validate", "--dataset", copy.resolve("dataset").toString());
        assertEquals(2, cli.exitCode());
        assertTrue(cli.err().contains("e01.json"), cli.err());
        assertTrue(cli.err().contains("claim e01-01") && cli.err().contains("field claims[0].text"), cli.err());
        assertTrue(cli.err().contains("claim e01-02") && cli.err().contains("nobody-known"), cli.err());
        assertFalse(cli.err().contains("\tat "), "no stack trace: " + cli.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Cli.run("score", "--no-such-option").exitCode());
        assertEquals(2, Cli.run("score").exitCode()); // no extractor chosen
        Cli unknown = Cli.run("score", "--extractor", "no-such-extractor");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("known extractors: cue, learned, quote, sentence"), unknown.err());
        assertEquals(2, Cli.run("score", "--extractor", "sentence", "--iou", "0").exitCode());
        assertEquals(2, Cli.run("score", "--extractor", "sentence", "--match", "fuzzy").exitCode());
        assertEquals(2, Cli.run("gate", "--extractor", "sentence").exitCode()); // no threshold
    }

    @Test
    void learnedExtractorIsScoredLeaveOneDocumentOutAndSaysSo() {
        // It learns, so score trains it on every other document for each one: no gold of a scored document leaks.
        Cli cli = Cli.run("score", "--extractor", "learned", "--dataset", Cli.fixtureDataset(), "--format", "json",
                "--no-timing");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("\"training\" : \"loocv\""), cli.out());
        assertTrue(cli.out().contains("|training:loocv"), cli.out());
        assertTrue(cli.out().contains("\"version\" : \"1.0+loocv\""), cli.out());
    }

    @Test
    void aRuleBasedExtractorIsNeverLabelledCrossValidated() {
        Cli cli = Cli.run("crossval", "--extractor", "sentence", "--dataset", Cli.fixtureDataset(), "--format", "json",
                "--no-timing");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("\"training\" : \"none\""), cli.out());
        assertTrue(!cli.out().contains("loocv"), cli.out());
    }

    @Test
    void trainingOnTheScoredDatasetIsRefused() {
        Cli cli = Cli.run("score", "--extractor", "learned", "--dataset", Cli.fixtureDataset(), "--train",
                Cli.fixtureDataset());
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().contains("also in the scored dataset"), cli.err());
    }

    @Test
    void everyCommandsHelpFormatsWithoutAPicocliWarning() {
        // An unescaped '%' in a description ("95% intervals") makes picocli warn on System.err and print the
        // raw text; the warning goes to the process's stderr, so it is caught there.
        PrintStream stderr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            Main.newCommandLine().getSubcommands().values().forEach(CommandLine::getUsageMessage);
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", warnings.toString(StandardCharsets.UTF_8));
    }

    @Test
    void listShowsTheBuiltInExtractors() {
        Cli cli = Cli.run("list");
        assertEquals(0, cli.exitCode());
        for (String name : new String[] {"cue", "learned", "quote", "sentence"}) {
            assertTrue(cli.out().lines().anyMatch(l -> l.startsWith(name + " ")), cli.out());
        }
    }

    static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
