package org.claimeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attack class 4, exit codes and reports never lie: an extractor cannot pick claimeval's exit code
 * ({@code System.exit}, {@code Runtime.halt}), an {@link Error} is exit 3 in one line, an in-process
 * extractor's claims pass the predictions checks, and every option is checked before any extraction.
 */
class ExitCodesTest {
    private static final String JAR = """
            public final class Hostile {
                public abstract static class Base implements ClaimExtractor {
                    public String version() { return "0"; }
                }
                public static final class Exits extends Base {
                    public String name() { return "exits"; }
                    public List<Claim> extract(Document d) { System.exit(0); return List.of(); }
                }
                public static final class Halts extends Base {
                    public String name() { return "halts"; }
                    public List<Claim> extract(Document d) { Runtime.getRuntime().halt(0); return List.of(); }
                }
                public static final class AssertsInPrepare extends Base {
                    public String name() { return "asserts"; }
                    public void prepare(ExtractionContext c) { throw new AssertionError("model checksum mismatch"); }
                    public List<Claim> extract(Document d) { return List.of(); }
                }
                public static final class OutOfMemoryInPrepare extends Base {
                    public String name() { return "oom"; }
                    public void prepare(ExtractionContext c) { throw new OutOfMemoryError("Java heap space"); }
                    public List<Claim> extract(Document d) { return List.of(); }
                }
                public static final class Overflows extends Base {
                    public String name() { return "overflows"; }
                    public List<Claim> extract(Document d) { return deeper(0); }
                    private List<Claim> deeper(int n) { return deeper(n + 1); }
                }
                public static final class NaNScore extends Base {
                    public String name() { return "nan-score"; }
                    public List<Claim> extract(Document d) {
                        return List.of(Claim.builder().doc(d.id()).span(0, 5).score(Double.NaN).build());
                    }
                }
                public static final class NegativeScore extends Base {
                    public String name() { return "negative-score"; }
                    public List<Claim> extract(Document d) {
                        return List.of(Claim.builder().doc(d.id()).span(0, 5).score(-1.0).build());
                    }
                }
            }
            """;
    private static final List<String> PROVIDERS = List.of("Hostile$Exits", "Hostile$Halts", "Hostile$AssertsInPrepare",
            "Hostile$OutOfMemoryInPrepare", "Hostile$Overflows", "Hostile$NaNScore", "Hostile$NegativeScore");

    /** In a child JVM: if the guard failed, the exit would end the test JVM instead of failing the test. */
    private static ForkedJvm.Result gateInChild(Path tmp, Path jar, String extractor) throws Exception {
        return ForkedJvm.claimeval(List.of(), List.of("gate", "--dataset", HostileJar.dataset(tmp.resolve(extractor)).toString(),
                "--extractor-jar", jar.toString(), "--extractor", extractor, "--min-f1", "0.99"), tmp);
    }

    @Test
    void anExtractorCannotEndTheRunWithItsOwnExitCode(@TempDir Path tmp) throws Exception {
        Path jar = HostileJar.build(tmp, JAR, PROVIDERS);
        for (String extractor : List.of("exits", "halts")) {
            ForkedJvm.Result run = gateInChild(tmp, jar, extractor);
            assertEquals(3, run.exit(), extractor + "\n" + run.transcript());
            assertTrue(run.err().contains("the extractor called System.exit(0)"), run.transcript());
            assertTrue(run.out().contains("claimeval: " + extractor), "the report is still written\n" + run.transcript());
        }
    }

    @Test
    void errorsAreExitThreeInOneLine(@TempDir Path tmp) throws Exception {
        Path jar = HostileJar.build(tmp, JAR, PROVIDERS);
        Path dataset = HostileJar.dataset(tmp);
        for (String extractor : List.of("asserts", "oom", "overflows")) {
            Cli run = Cli.run("gate", "--dataset", dataset.toString(), "--extractor-jar", jar.toString(),
                    "--extractor", extractor, "--min-f1", "0.99");
            assertEquals(3, run.exit(), run.transcript());
            assertFalse(run.printedStackTrace(), run.transcript());
        }
        Cli asserts = Cli.run("score", "--dataset", dataset.toString(), "--extractor-jar", jar.toString(), "--extractor", "asserts");
        assertTrue(asserts.err().contains("failed to prepare: AssertionError: model checksum mismatch"), asserts.transcript());
        Cli overflows = Cli.run("score", "--dataset", dataset.toString(), "--extractor-jar", jar.toString(), "--extractor", "overflows");
        assertTrue(overflows.err().contains("StackOverflowError"), overflows.transcript());
    }

    @Test
    void inProcessClaimsAreCheckedLikePredictionLines(@TempDir Path tmp) throws Exception {
        Path jar = HostileJar.build(tmp, JAR, PROVIDERS);
        Path dataset = HostileJar.dataset(tmp);
        for (String extractor : List.of("nan-score", "negative-score")) {
            Path predictions = tmp.resolve(extractor + ".jsonl");
            Cli run = Cli.run("extract", "--dataset", dataset.toString(), "--extractor-jar", jar.toString(),
                    "--extractor", extractor, "-o", predictions.toString());
            // The claim fails the predictions-line check (score must be finite and not negative): it is rejected
            // (a counted false positive when scored, by the scoring protocol), never written as a line.
            assertFalse(run.printedStackTrace(), run.transcript());
            String lines = Files.readString(predictions);
            assertFalse(lines.contains("\"score\":NaN") || lines.contains("\"score\":-"), lines);
            Cli rescored = Cli.run("score", "--dataset", dataset.toString(), "--predictions", predictions.toString());
            assertTrue(rescored.exit() == 0 || lines.isEmpty() && rescored.exit() == 2, rescored.transcript());
        }
    }

    @Test
    void everyOptionIsCheckedBeforeExtractionStarts(@TempDir Path tmp) throws Exception {
        Path dataset = HostileJar.dataset(tmp);
        Path started = tmp.resolve("started");
        Path script = BuiltDataset.script(tmp, "marks.sh", "touch " + started + "\n" + BuiltDataset.ANSWERS_NOTHING);
        List<List<String>> bad = List.of(
                List.of("score", "--iou", "7"),
                List.of("score", "--ci", "--resamples", "0"),
                List.of("score", "--resamples", "0"),
                List.of("score", "--timeout", "99999999999"),
                List.of("score", "--timeout", "0"),
                List.of("score", "--threads", "0"),
                List.of("gate", "--min-f1", "0.5", "--baseline", tmp.resolve("missing.json").toString()),
                List.of("gate", "--min-f1", "7"),
                List.of("score", "-o", tmp.resolve("no/such/folder/r.txt").toString()),
                List.of("report", "--html", tmp.toString()));
        for (List<String> args : bad) {
            List<String> full = new ArrayList<>(args);
            full.addAll(List.of("--dataset", dataset.toString(), "--extractor-cmd", script.toString()));
            Cli run = Cli.run(full);
            assertEquals(2, run.exit(), run.transcript());
            assertFalse(Files.exists(started), "the extractor was started before the options were checked\n" + run.transcript());
            assertFalse(run.printedStackTrace(), run.transcript());
        }
    }

    @Test
    void leaderboardChecksItsReadmeBeforeWritingAnything(@TempDir Path tmp) throws Exception {
        Path readme = Files.writeString(tmp.resolve("README.md"), "# No markers here\n");
        Path baselines = Files.createDirectories(tmp.resolve("baselines"));
        Cli run = Cli.run("leaderboard", "--dataset", HostileJar.dataset(tmp).toString(), "--readme", readme.toString(),
                "--write-baselines", baselines.toString());
        assertEquals(2, run.exit(), run.transcript());
        try (var written = Files.list(baselines)) {
            assertEquals(0, written.count(), "nothing is written when the README cannot be updated");
        }
        assertEquals("# No markers here\n", Files.readString(readme));
    }
}
