package org.claimeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimeval.bench.BenchReport;
import org.claimeval.bench.BenchResult;
import org.claimeval.extract.ExtractorJars;
import org.claimeval.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code claimeval bench --quick} of a built-in, a jar and a process extractor, each through real forked JMH
 * JVMs. Only the shape of the result is checked (every figure present, every ratio the quotient of two rows of
 * JMH's own result in the same file), never a speed: timing thresholds have no place in a test.
 */
class BenchCommandTest {
    private static final Path REPO = Path.of(System.getProperty("claimeval.repo", "../..")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void builtInExtractorHasEveryFigureAndItsRatiosFromTheSameRun() throws IOException {
        Path file = dir.resolve("sentence.json");
        Cli cli = Cli.run("bench", "--extractor", "sentence", "--quick", "-o", file.toString());
        assertEquals(ExitCode.OK, cli.exitCode(), cli.err());

        JsonNode root = Json.mapper().readTree(file.toFile());
        assertTrue(root.path("machine").path("cores").asInt() > 0, root.path("machine").toString());
        assertTrue(root.path("machine").path("jvm").asText().contains("17"), root.path("machine").toString());
        BenchResult result = BenchResult.read(file);
        assertEquals(List.of("sentence", "naive", "control"),
                result.extractors().stream().map(BenchResult.ExtractorFigures::name).toList());
        for (BenchResult.ExtractorFigures x : result.extractors().subList(0, 2)) {
            for (int threads : List.of(1, 2)) {
                BenchResult.ThreadFigures t = x.threads(threads).orElseThrow();
                assertTrue(t.mbPerSecond() > 0 && t.documentsPerSecond() > 0, x.name() + " " + threads);
                assertTrue(t.coresBusy() > 0 && t.cpuMillisPerMb() > 0, x.name() + " " + threads);
                assertRatioIsQuotientOfJmhRows(root.path("jmh"), x.spec(), threads, t.ratioToNaive());
            }
            assertNotNull(x.threads(2).orElseThrow().speedUp(), x.name());
            assertNull(x.threads(1).orElseThrow().speedUp(), x.name());
            assertNotNull(x.allocationMbPerMb(), x.name());
            assertTrue(x.latencyP50Micros() > 0 && x.latencyP99Micros() >= x.latencyP50Micros(), x.name());
            assertTrue(x.coldStartMillis() > 0, x.name());
        }
        BenchResult.ExtractorFigures control = result.extractors().get(2);
        assertNotNull(control.threads(2).orElseThrow().speedUp(), "the control's 2-thread speed-up");
        // One run, one corpus: every JMH row was measured on the same corpus parameter.
        for (JsonNode row : root.path("jmh")) {
            assertEquals("articles", row.path("params").path("corpus").asText());
        }
        // The stored figures are the ones derived again from the stored JMH result.
        assertEquals(Json.mapper().valueToTree(result.extractors()), root.path("extractors"));
        // Progress: one line per benchmark (3 extractors x 2 thread counts, 2 latency, 2 cold starts), no JMH chatter.
        List<String> lines = cli.err().lines().filter(l -> l.startsWith("bench: ")).toList();
        assertEquals(1 + 6 + 2 + 2, lines.size(), cli.err());
        assertTrue(cli.err().lines().noneMatch(l -> l.startsWith("# ")), cli.err());

        String markdown = BenchReport.render(result, BenchReport.Format.MARKDOWN);
        assertTrue(markdown.contains("| extractor | MB/s (1T) | docs/s (1T) | x naive (1T) | cores (1T) | CPU ms/MB (1T) "
                + "| MB/s (2T) |"), markdown);
        assertTrue(markdown.contains("Ratios (x naive, NT / 1T) come from this one run"), markdown);
    }

    /** ratio = subject's MB/s / naive's MB/s, both read from JMH's rows at that thread count. */
    private static void assertRatioIsQuotientOfJmhRows(JsonNode jmh, String spec, int threads, double ratio) {
        double subject = megabytesPerSecond(jmh, spec, threads);
        double naive = megabytesPerSecond(jmh, "naive", threads);
        assertEquals(subject / naive, ratio, 1e-12 * ratio, spec + " at " + threads);
    }

    private static double megabytesPerSecond(JsonNode jmh, String spec, int threads) {
        List<Double> found = new ArrayList<>();
        for (JsonNode row : jmh) {
            if (row.path("benchmark").asText().endsWith(".throughput") && row.path("threads").asInt() == threads
                    && row.path("params").path("extractor").asText().equals(spec)) {
                found.add(row.path("secondaryMetrics").path("megabytes").path("score").asDouble());
            }
        }
        assertEquals(1, found.size(), spec + " at " + threads + " threads");
        return found.get(0);
    }

    @Test
    void jarExtractorRunsInTheForkedJvms() throws IOException {
        Path jar = firstWordJar();
        Path file = dir.resolve("jar.json");
        Cli cli = Cli.run("bench", "--extractor-jar", jar.toString(), "--quick", "--threads", "1",
                "--format", "json", "-o", file.toString());
        assertEquals(ExitCode.OK, cli.exitCode(), cli.err());
        BenchResult.ExtractorFigures subject = BenchResult.read(file).subject();
        assertEquals("test-first-word", subject.name());
        assertEveryOneThreadFigure(subject);
    }

    @Test
    void processExtractorIsMeasuredThroughTheProtocol() throws IOException {
        Path file = dir.resolve("process.json");
        Cli cli = Cli.run("bench", "--extractor-cmd", "python3 " + REPO.resolve("benchmarks/noop_extractor.py"),
                "--extractor", "noop-python", "--quick", "--threads", "1", "-o", file.toString());
        assertEquals(ExitCode.OK, cli.exitCode(), cli.err());
        BenchResult.ExtractorFigures subject = BenchResult.read(file).subject();
        assertEquals("noop-python", subject.name());
        assertTrue(subject.spec().startsWith("cmd:python3 "), subject.spec());
        assertEveryOneThreadFigure(subject);
    }

    private static void assertEveryOneThreadFigure(BenchResult.ExtractorFigures x) {
        BenchResult.ThreadFigures one = x.threads(1).orElseThrow();
        assertTrue(one.mbPerSecond() > 0 && one.documentsPerSecond() > 0 && one.ratioToNaive() > 0, x.toString());
        assertNotNull(x.allocationMbPerMb(), x.toString());
        assertNotNull(x.latencyP50Micros(), x.toString());
        assertNotNull(x.latencyP99Micros(), x.toString());
        assertNotNull(x.coldStartMillis(), x.toString());
    }

    @Test
    void predictionsFileIsRefusedBeforeAnyRun() throws IOException {
        Path predictions = Files.writeString(dir.resolve("claims.jsonl"), "");
        Cli cli = Cli.run("bench", "--predictions", predictions.toString());
        assertEquals(ExitCode.BAD_INPUT, cli.exitCode());
        assertTrue(cli.err().contains("a predictions file has nothing to run"), cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void badOptionsAreUsageErrors() {
        Cli noExtractor = Cli.run("bench", "--quick");
        assertEquals(ExitCode.BAD_INPUT, noExtractor.exitCode());
        assertTrue(noExtractor.err().contains("choose an extractor"), noExtractor.err());

        Cli missingCorpus = Cli.run("bench", "--extractor", "cue", "--corpus", dir.resolve("nowhere").toString());
        assertEquals(ExitCode.BAD_INPUT, missingCorpus.exitCode());
        assertTrue(missingCorpus.err().contains("nowhere") && missingCorpus.err().contains("--corpus"),
                missingCorpus.err());

        Cli unknown = Cli.run("bench", "--extractor", "no-such-extractor");
        assertEquals(ExitCode.BAD_INPUT, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown extractor"), unknown.err());

        Cli threads = Cli.run("bench", "--extractor", "cue", "--threads", "0");
        assertEquals(ExitCode.BAD_INPUT, threads.exitCode());
        assertTrue(threads.err().contains("--threads"), threads.err());

        Cli megabytes = Cli.run("bench", "--extractor", "cue", "--megabytes", "-1");
        assertEquals(ExitCode.BAD_INPUT, megabytes.exitCode());
        assertTrue(megabytes.err().contains("--megabytes"), megabytes.err());
    }

    private static final String FIRST_WORD = """
            package firstword;

            import java.util.List;
            import org.claimeval.model.Claim;
            import org.claimeval.model.Document;
            import org.claimeval.spi.ClaimExtractor;

            public final class FirstWord implements ClaimExtractor {
                public String name() { return "test-first-word"; }
                public String version() { return "1"; }
                public List<Claim> extract(Document d) {
                    int end = Math.max(1, d.text().indexOf(' '));
                    return List.of(new Claim(null, d.id(), 0, d.toCodePointOffset(end), null, null, null, null, List.of(),
                            null, null, null, List.of(), null, null));
                }
            }
            """;

    /** A one-extractor jar compiled here, so that it reaches claimeval only through --extractor-jar. */
    private Path firstWordJar() throws IOException {
        return ExtractorJars.build(dir, "first-word.jar", ExtractorJars.testClassPath(),
                Map.of("firstword/FirstWord.java", FIRST_WORD), List.of("firstword.FirstWord"));
    }
}
