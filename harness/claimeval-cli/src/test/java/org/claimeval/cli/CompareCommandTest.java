package org.claimeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.claimeval.io.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    static Path dir;
    static String perfect;
    static String half;

    @BeforeAll
    static void fixtures() throws Exception {
        perfect = ComparePredictionsFixture.perfect(dir).toString();
        half = ComparePredictionsFixture.halfMissing(dir).toString();
    }

    private static JsonNode json(CompareCliRun run) throws Exception {
        assertEquals(0, run.exitCode(), run.err());
        return Json.mapper().readTree(run.out());
    }

    @Test
    void aSystemAgainstAStrictlyBetterOneGivesASmallPAndAVerdict() throws Exception {
        CompareCliRun run = CompareCliRun.of("compare", "--a", perfect, "--b", half, "--trials", "2000", "--resamples", "500",
                "--format", "json");
        JsonNode report = json(run);
        // The default metric is the headline; the fixtures carry the gold claimants, so it equals span F1 here.
        assertEquals("claim_claimant.f1", report.at("/metric").asText());
        assertEquals(1.0, report.at("/systems/0/value").asDouble());
        assertTrue(report.at("/comparisons/0/delta/estimate").asDouble() > 0.2, "perfect minus half-missing F1 is about 1/3");
        // Half the claims of every paragraph-sized unit are missing: chance swaps never reach the observed gap.
        assertTrue(report.at("/comparisons/0/approximateRandomization/pValue").asDouble() < 0.01, run.out());
        assertTrue(report.at("/comparisons/0/pairedBootstrap/pValue").asDouble() < 0.01, run.out());
        assertTrue(report.at("/comparisons/0/significant").asBoolean());
        assertTrue(report.at("/comparisons/0/verdict").asText().contains(" is better than "), run.out());
        assertTrue(report.at("/systems/0/signature").asText().startsWith("claimeval:"));
        // The interval of the difference lies wholly above 0.
        assertTrue(report.at("/comparisons/0/delta/low").asDouble() > 0);
    }

    @Test
    void identicalSystemsGivePOneAndNoDifference() throws Exception {
        CompareCliRun run = CompareCliRun.of("compare", "--a", half, "--b", half, "--trials", "500", "--resamples", "200");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("no significant difference between a ("), run.out());
        assertTrue(run.out().contains("p = 1.0000 >= 0.05"), run.out());
        JsonNode report = json(CompareCliRun.of("compare", "--a", half, "--b", half, "--trials", "500", "--resamples", "200",
                "--format", "json"));
        assertEquals(1.0, report.at("/comparisons/0/approximateRandomization/pValue").asDouble());
        assertEquals(1.0, report.at("/comparisons/0/pairedBootstrap/pValue").asDouble());
        assertEquals(0.0, report.at("/comparisons/0/delta/estimate").asDouble());
    }

    @Test
    void seededRunsAreByteIdenticalAndAnotherSeedChangesTheIntervals() {
        String[] args = {"compare", "--a", perfect, "--b", half, "--trials", "300", "--resamples", "300", "--format", "json"};
        CompareCliRun first = CompareCliRun.of(args);
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(first.out(), CompareCliRun.of(args).out());
        CompareCliRun other = CompareCliRun.of("compare", "--a", perfect, "--b", half, "--trials", "300", "--resamples", "300",
                "--format", "json", "--seed", "99");
        assertNotEquals(first.out(), other.out());
    }

    @Test
    void markdownShowsTheVerdictAndBothSignatures() {
        CompareCliRun run = CompareCliRun.of("compare", "--a", perfect, "--b", half, "--trials", "200", "--resamples", "200",
                "--format", "markdown");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(" is better than "), run.out());
        assertTrue(run.out().contains("- a: `claimeval:"), run.out());
        assertTrue(run.out().contains("- b: `claimeval:"), run.out());
    }

    @Test
    void aMissingSpecIsAUsageError() {
        assertEquals(ExitCode.BAD_INPUT, CompareCliRun.of("compare", "--a", perfect).exitCode());
        assertEquals(ExitCode.BAD_INPUT, CompareCliRun.of("compare", "--a", perfect, "--b", half, "--trials", "0").exitCode());
    }
}
