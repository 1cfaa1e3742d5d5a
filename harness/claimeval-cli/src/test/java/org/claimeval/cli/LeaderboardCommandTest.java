package org.claimeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.io.Json;
import org.claimeval.extract.PredictionsWriter;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leaderboard of any systems, on three predictions files built from the bundled gold (n gold claims):
 * <ul>
 *   <li>{@code gold}: every gold claim with its claimant: claim + claimant TP n, F1 = 1;</li>
 *   <li>{@code one-missing}: all but the first claim of the first document: TP n-1, FN 1,
 *       F1 = 2(n-1) / (2(n-1) + 1);</li>
 *   <li>{@code anonymous}: every gold span with no claimant: span F1 1, but no claim + claimant pair can match,
 *       TP 0, F1 = 0.</li>
 * </ul>
 * Given in the order anonymous, one-missing, gold, they must be ranked gold, one-missing, anonymous.
 *
 * <p>Against the top row (gold), approximate randomization with T = 999 trials:
 * <ul>
 *   <li>one-missing differs from gold in one paragraph only: a trial either keeps or swaps it, so |Δ| equals the
 *       observed |Δ| in every trial: p = (999 + 1) / (999 + 1) = 1;</li>
 *   <li>anonymous: observed |Δ| = 1, reached only when every paragraph with a claim swaps the same way (about
 *       2 x 2^-40), so no trial does: p = (0 + 1) / (999 + 1) = 0.001.</li>
 * </ul>
 * Holm over m = 2: sorted 0.001 x 2 = 0.002 (anonymous), then max(0.002, 1 x 1.0) = 1.0 (one-missing). At
 * alpha 0.05 anonymous is marked significantly worse, one-missing is not.
 */
class LeaderboardCommandTest {
    @TempDir
    static Path dir;
    static Path gold;
    static Path oneMissing;
    static Path anonymous;
    static int n;

    @BeforeAll
    static void predictions() throws Exception {
        Dataset data = DatasetLoader.bundled();
        n = data.documents().stream().mapToInt(d -> data.gold(d.id()).size()).sum();
        gold = write(data, "gold.jsonl", false, false);
        oneMissing = write(data, "one-missing.jsonl", true, false);
        anonymous = write(data, "anonymous.jsonl", false, true);
    }

    private static Path write(Dataset data, String name, boolean dropFirst, boolean anonymous) throws Exception {
        Map<String, List<Claim>> claims = new LinkedHashMap<>();
        boolean first = true;
        for (Document d : data.documents()) {
            List<Claim> kept = new ArrayList<>();
            for (Claim c : data.gold(d.id())) {
                if (dropFirst && first) {
                    first = false;
                    continue;
                }
                kept.add(anonymous ? Claim.span(c.id(), c.doc(), c.start(), c.end(), c.text()) : c);
            }
            claims.put(d.id(), kept);
        }
        StringWriter out = new StringWriter();
        PredictionsWriter.write(claims, out);
        Path file = dir.resolve(name);
        Files.writeString(file, out.toString());
        return file;
    }

    private static Cli board(String... more) {
        List<String> args = new ArrayList<>(List.of("leaderboard", "--system", "anon=" + anonymous,
                "--system", "one-missing=" + oneMissing, "--system", "gold=" + gold, "--trials", "999",
                "--resamples", "200"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void ranksByTheHeadlineAndMarksWhatIsSignificantlyWorseAfterHolm() throws Exception {
        Cli cli = board("--format", "json", "--no-timing");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode rows = Json.mapper().readTree(cli.out()).get("rows");
        assertEquals(List.of("gold", "one-missing", "anon"),
                List.of(rows.get(0).get("label").asText(), rows.get(1).get("label").asText(), rows.get(2).get("label").asText()));
        assertEquals(1.0, rows.get(0).at("/headline/f1").asDouble());
        assertEquals(2.0 * (n - 1) / (2.0 * (n - 1) + 1), rows.get(1).at("/headline/f1").asDouble(), 1e-12);
        assertEquals(0.0, rows.get(2).at("/headline/f1").asDouble());
        assertEquals(1.0, rows.get(2).at("/metrics/micro.f1").asDouble()); // the spans are all right

        assertTrue(rows.get(0).at("/vsTop/pValue").isNull());
        assertEquals(1.0, rows.get(1).at("/vsTop/pValue").asDouble(), 1e-12);
        assertEquals(1.0, rows.get(1).at("/vsTop/holmPValue").asDouble(), 1e-12);
        assertFalse(rows.get(1).at("/vsTop/significantlyWorse").asBoolean());
        assertEquals(0.001, rows.get(2).at("/vsTop/pValue").asDouble(), 1e-12);
        assertEquals(0.002, rows.get(2).at("/vsTop/holmPValue").asDouble(), 1e-12);
        assertTrue(rows.get(2).at("/vsTop/significantlyWorse").asBoolean());
        // Predictions files are not timed, and --no-timing leaves the key out anyway.
        assertTrue(rows.get(0).path("documentsPerSecond").isMissingNode());
    }

    @Test
    void tableAndMarkdownShowTheHeadlineFirstAndTheMark() {
        Cli table = board("--no-timing");
        assertEquals(0, table.exitCode(), table.err());
        String header = table.out().lines().findFirst().orElseThrow();
        assertTrue(header.matches("#\\s+system\\s+claim\\+claimant F1\\s+95% interval\\s+span F1 exact.*"), header);
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("3  anon") && l.endsWith("0.0020 ▼")), table.out());
        Cli markdown = board("--format", "markdown", "--no-timing");
        assertTrue(markdown.out().contains("| 2 | one-missing | 0."), markdown.out());
        // Same input, same seed: byte-identical.
        assertEquals(markdown.out(), board("--format", "markdown", "--no-timing").out());
    }

    @Test
    void htmlIsOnePageWithTheChartAndNothingFetched() {
        Cli cli = Cli.run("leaderboard", "--system", "quote", "--system", "gold=" + gold, "--format", "html",
                "--trials", "99", "--resamples", "50");
        assertEquals(0, cli.exitCode(), cli.err());
        String page = cli.out();
        assertTrue(page.contains("<svg"), page);
        assertTrue(page.contains("default-src 'none'"), page);
        assertFalse(page.contains("src=") || page.contains("href=") || page.contains("<script"), page);
        // quote ran and was timed: a point on the chart; the file was not run: listed below it.
        assertTrue(page.contains("<title>quote@1.0: F1 "), page);
        assertTrue(page.contains("Not timed (no extraction run): gold."), page);
    }

    /** compare of the same three, each against the first (gold): the same p-values and Holm correction. */
    @Test
    void compareOfSeveralSystemsTestsEachAgainstTheFirstWithHolm() throws Exception {
        Cli cli = Cli.run("compare", "--system", "gold=" + gold, "--system", "one-missing=" + oneMissing,
                "--system", "anon=" + anonymous, "--trials", "999", "--resamples", "200", "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode report = Json.mapper().readTree(cli.out());
        assertEquals("claim_claimant.f1", report.get("metric").asText());
        JsonNode pairs = report.get("comparisons");
        assertEquals(2, pairs.size());
        assertEquals("one-missing", pairs.get(0).get("b").asText());
        assertEquals(1.0, pairs.get(0).at("/approximateRandomization/holmPValue").asDouble(), 1e-12);
        assertFalse(pairs.get(0).get("significant").asBoolean());
        assertEquals(0.001, pairs.get(1).at("/approximateRandomization/pValue").asDouble(), 1e-12);
        assertEquals(0.002, pairs.get(1).at("/approximateRandomization/holmPValue").asDouble(), 1e-12);
        assertTrue(pairs.get(1).get("verdict").asText().startsWith("gold is better than anon on claim_claimant.f1 "
                + "(Δ +1.000, Holm p = 0.0020 < 0.05)"), pairs.get(1).get("verdict").asText());
        // On span F1 the anonymous system is as good as gold: Δ 0 in every trial, p = 1.
        Cli span = Cli.run("compare", "--system", "gold=" + gold, "--system", "anon=" + anonymous, "--metric",
                "micro.f1", "--trials", "99", "--resamples", "50");
        assertTrue(span.out().startsWith("no significant difference between gold and anon on micro.f1 (Δ +0.000, "
                + "p = 1.0000 >= 0.05)"), span.out());
        // A metric with no paragraph split is refused before any work.
        assertEquals(2, Cli.run("compare", "--system", "gold=" + gold, "--system", "anon=" + anonymous, "--metric",
                "macro.f1").exitCode());
    }

    /** --speed takes documents/s from a bench result (here `bench --extractor quote --quick --threads 1`). */
    @Test
    void speedFromABenchResultReplacesThisRunsTimingForTheExtractorsItMeasured() throws Exception {
        Path bench = Cli.resource("/bench/quote-quick.json");
        double measured = org.claimeval.bench.BenchResult.read(bench).extractor("subject").orElseThrow()
                .threads(1).orElseThrow().documentsPerSecond();
        Cli cli = Cli.run("leaderboard", "--system", "quote", "--system", "gold=" + gold, "--speed", bench.toString(),
                "--format", "json", "--trials", "99", "--resamples", "50");
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode report = Json.mapper().readTree(cli.out());
        assertEquals(measured, report.at("/rows/1/documentsPerSecond").asDouble());
        assertEquals("quote@1.0", report.at("/rows/1/extractor").asText());
        assertTrue(report.at("/rows/0/documentsPerSecond").isNull()); // the predictions file: not run, not benched
        assertTrue(report.get("speedSource").asText().startsWith("JMH, 1 thread, from quote-quick.json"));
        // Not a bench result: exit 2 naming the file.
        Cli bad = Cli.run("leaderboard", "--system", "gold=" + gold, "--speed", gold.toString());
        assertEquals(2, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("not a claimeval bench result"), bad.err());
    }

    @Test
    void aBadSystemIsAUsageError() {
        Cli cli = Cli.run("leaderboard", "--system", dir.resolve("missing.jsonl").toString());
        assertEquals(2, cli.exitCode(), cli.err());
        assertEquals(2, Cli.run("leaderboard", "--format", "junit").exitCode());
    }
}
