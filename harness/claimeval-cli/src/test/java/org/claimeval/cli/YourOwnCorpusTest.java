package org.claimeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Your own corpus" commands, read from the README itself and run in order on the example corpus
 * (dataset/examples/brat-mini), so the documentation cannot drift from what works. Paths under
 * {@code dataset/} are the repository's; paths under {@code target/} go to a temporary folder.
 */
class YourOwnCorpusTest {
    static final Path REPO = Path.of("..", "..");
    static final String JAR = "java -jar harness/target/claimeval.jar ";

    static List<String[]> readmeCommands(Path tmp) throws Exception {
        String readme = Files.readString(REPO.resolve("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("## Your own corpus");
        assertTrue(section >= 0, "the README has a section \"Your own corpus\"");
        int start = readme.indexOf("```sh\n", section) + "```sh\n".length();
        int end = readme.indexOf("```", start);
        List<String[]> commands = new ArrayList<>();
        for (String line : readme.substring(start, end).split("\n")) {
            if (!line.startsWith(JAR)) {
                continue;
            }
            commands.add(Stream.of(line.substring(JAR.length()).trim().split("\\s+"))
                    .map(arg -> arg.startsWith("dataset/") ? REPO.resolve(arg).toString()
                            : arg.startsWith("target/") ? tmp.resolve(arg).toString() : arg)
                    .toArray(String[]::new));
        }
        return commands;
    }

    @Test
    void theReadmeCommandsRunOnTheExampleCorpus(@TempDir Path tmp) throws Exception {
        List<String[]> commands = readmeCommands(tmp);
        List<String> verbs = commands.stream().map(c -> c[0]).toList();
        assertEquals(List.of("import", "validate", "score", "agree", "export"), verbs);
        List<String> outputs = new ArrayList<>();
        for (String[] command : commands) {
            CompareCliRun run = CompareCliRun.of(command);
            assertEquals(ExitCode.OK, run.exitCode(), String.join(" ", command) + "\n" + run.err());
            outputs.add(run.out());
        }
        assertTrue(outputs.get(0).contains("annotator alice: 10 claims (the dataset's gold)"), outputs.get(0));
        assertTrue(outputs.get(0).contains("annotator bob: 10 claims"), outputs.get(0));
        assertTrue(outputs.get(0).contains("harbour-02.alice.ann:6: T4 Content 168 183;227 264 -> [168,264)"),
                outputs.get(0));
        assertTrue(outputs.get(1).startsWith("valid: brat-mini@1.0.0#"), outputs.get(1));
        // The example annotates no attribution, quote, quantities or clusters: said, and never shown as 0.
        assertTrue(outputs.get(2).contains("Not annotated by brat-mini, so not scored (absent, not 0): side, "
                + "attribution, quote, quantities, clusters."), outputs.get(2));
        assertFalse(outputs.get(2).contains("By attribution"), outputs.get(2));
        assertTrue(outputs.get(3).contains("A = alice, B = bob"), outputs.get(3));
        assertTrue(outputs.get(3).contains("tokens: content / source / cue / none"), outputs.get(3));
        assertTrue(Files.readString(tmp.resolve("target/brat-mini-conll/brat-mini.conll")).contains("council\tI-CONTENT"));
    }

    @Test
    void everyExportFormatIsWrittenAndBratComesBackTheSame(@TempDir Path tmp) throws Exception {
        Path dataset = tmp.resolve("mini");
        assertEquals(0, CompareCliRun.of("import", "brat", REPO.resolve("dataset/examples/brat-mini").toString(), "-o",
                dataset.toString()).exitCode());
        for (String format : List.of("brat", "labelstudio", "conll", "jsonl")) {
            CompareCliRun run = CompareCliRun.of("export", format, dataset.toString(), "-o", tmp.resolve(format).toString());
            assertEquals(ExitCode.OK, run.exitCode(), run.err());
        }
        assertTrue(Files.isRegularFile(tmp.resolve("brat/annotation.conf")));
        assertTrue(Files.isRegularFile(tmp.resolve("labelstudio/mini.json")));
        assertTrue(Files.isRegularFile(tmp.resolve("labelstudio/labeling-config.xml")));
        assertEquals(10, Files.readAllLines(tmp.resolve("jsonl/mini.jsonl")).size());
        // The exported brat imports back to the same gold: the same gold hash.
        CompareCliRun back = CompareCliRun.of("import", "brat", tmp.resolve("brat").toString(), "-o",
                tmp.resolve("back").toString(), "--name", "mini");
        assertEquals(ExitCode.OK, back.exitCode(), back.err());
        String original = CompareCliRun.of("validate", "--dataset", dataset.toString()).out();
        String again = CompareCliRun.of("validate", "--dataset", tmp.resolve("back").toString()).out();
        assertEquals(original, again);
    }

    @Test
    void theJsonReportLeavesOutWhatTheDatasetDoesNotAnnotate(@TempDir Path tmp) throws Exception {
        Path dataset = tmp.resolve("mini");
        assertEquals(0, CompareCliRun.of("import", "brat", REPO.resolve("dataset/examples/brat-mini").toString(), "-o",
                dataset.toString()).exitCode());
        CompareCliRun run = CompareCliRun.of("score", "--dataset", dataset.toString(), "--extractor", "cue",
                "--format", "json", "--no-timing");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        var report = org.claimeval.io.Json.mapper().readTree(run.out());
        assertEquals("[\"side\",\"attribution\",\"quote\",\"quantities\",\"clusters\"]",
                report.at("/dataset/notAnnotated").toString());
        assertTrue(report.at("/attributions").isMissingNode());
        assertTrue(report.at("/sides").isMissingNode());
        assertTrue(report.at("/attributes/quantities").isMissingNode());
        assertFalse(report.at("/attributes/claimant").isMissingNode());
        assertFalse(report.at("/types/ECONOMY").isMissingNode());
    }

    @Test
    void aProjectRegistryImportsAndValidatesItsAliasesNoTextUsesBecomeVariants(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("d1.txt"), "The mayor said the bridge will reopen.\n");
        Files.writeString(corpus.resolve("d1.ann"), """
                T1\tSource 0 9\tThe mayor
                T2\tCue 10 14\tsaid
                T3\tContent 15 37\tthe bridge will reopen
                E1\tCue:T2 Source:T1 Content:T3
                A1\tClaimant T3 jane-roe
                """);
        // A registry kept for a whole project: "Mayor Jane Roe" and "Roe" occur in no text of this corpus.
        Path registry = Files.writeString(tmp.resolve("claimants.json"), """
                {"schema": "claimeval/claimants/1", "claimants": [
                  {"id": "jane-roe", "name": "Jane Roe", "aliases": ["The mayor", "Mayor Jane Roe", "Roe"],
                   "kind": "person", "side": "OTHER"}]}
                """);
        Path out = tmp.resolve("out");
        CompareCliRun run = CompareCliRun.of("import", "brat", corpus.toString(), "-o", out.toString(),
                "--claimants", registry.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("note: 2 alias(es) of the registry that no imported text uses moved to \"variants\""),
                run.out());
        var entry = org.claimeval.io.Json.mapper().readTree(out.resolve("claimants.json").toFile()).at("/claimants/0");
        assertEquals("[\"The mayor\"]", entry.get("aliases").toString());
        assertEquals("[\"Mayor Jane Roe\",\"Roe\"]", entry.get("variants").toString());
        CompareCliRun validate = CompareCliRun.of("validate", "--dataset", out.toString());
        assertEquals(ExitCode.OK, validate.exitCode(), validate.err());
    }

    @Test
    void badBratInputIsExitTwoNamingFileLineAndFieldAndWritesNothing(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("d1.txt"), "The mayor said the bridge will reopen.\n");
        Files.writeString(corpus.resolve("d1.ann"), "T1\tContent 15 37\tthe bridge will reopen\nE1\tCue:T9 Content:T1\n");
        Path out = tmp.resolve("out");
        CompareCliRun run = CompareCliRun.of("import", "brat", corpus.toString(), "-o", out.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.out());
        assertTrue(run.err().contains("d1.ann:2: field arguments: E1 refers to T9, which is not in the file"), run.err());
        assertFalse(Files.exists(out));
        try (var left = Files.list(tmp)) {
            assertEquals(List.of("corpus"), left.map(p -> p.getFileName().toString()).toList(), "no temporary folder left");
        }
    }

    @Test
    void anEmptyOrMissingAnnotationSetIsExitTwo(@TempDir Path tmp) throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("emptydir"));
        CompareCliRun run = CompareCliRun.of("agree", REPO.resolve("dataset").toString(), empty.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.out());
        assertTrue(run.err().contains("emptydir: has no claims (no gold files)"), run.err());
        assertEquals(ExitCode.BAD_INPUT, CompareCliRun.of("agree", REPO.resolve("dataset").toString(),
                tmp.resolve("missing").toString()).exitCode());
        assertEquals(ExitCode.BAD_INPUT, CompareCliRun.of("agree", REPO.resolve("dataset").toString()).exitCode());
    }
}
