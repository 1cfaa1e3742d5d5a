package org.claimeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.claimeval.io.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CiOptionsTest {
    @TempDir
    static Path dir;
    static String half;

    @BeforeAll
    static void fixtures() throws Exception {
        half = ComparePredictionsFixture.halfMissing(dir).toString();
    }

    @Test
    void intervalsContainTheEstimateAndAreInTheJson() throws Exception {
        CompareCliRun run = CompareCliRun.of("score", "--predictions", half, "--ci", "--no-timing", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = Json.mapper().readTree(run.out());
        JsonNode intervals = report.get("intervals");
        assertEquals(1000, intervals.get("resamples").asInt());
        assertEquals(12345, intervals.get("seed").asLong());
        assertEquals("paragraph", intervals.get("unit").asText());
        for (String metric : new String[] {"precision", "recall", "f1"}) {
            JsonNode i = intervals.get(metric);
            assertEquals(report.at("/micro/" + metric).asDouble(), i.get("estimate").asDouble(), metric);
            assertTrue(i.get("low").asDouble() <= i.get("estimate").asDouble(), metric);
            assertTrue(i.get("estimate").asDouble() <= i.get("high").asDouble(), metric);
        }
        // Half-missing recall varies between paragraphs, so its interval has width.
        assertTrue(intervals.at("/recall/low").asDouble() < intervals.at("/recall/high").asDouble());
    }

    @Test
    void seededRunsAreByteIdenticalAndAnotherSeedChangesTheIntervals() throws Exception {
        String[] args = {"score", "--predictions", half, "--ci", "--resamples", "300", "--no-timing", "--format", "json"};
        CompareCliRun first = CompareCliRun.of(args);
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(first.out(), CompareCliRun.of(args).out());
        CompareCliRun other = CompareCliRun.of("score", "--predictions", half, "--ci", "--resamples", "300", "--seed", "7",
                "--no-timing", "--format", "json");
        assertNotEquals(Json.mapper().readTree(first.out()).at("/intervals/f1"),
                Json.mapper().readTree(other.out()).at("/intervals/f1"));
    }

    @Test
    void theTableShowsTheIntervalsOnlyWithCi() {
        CompareCliRun with = CompareCliRun.of("score", "--predictions", half, "--ci", "--no-timing");
        assertTrue(with.out().contains("95% bootstrap intervals (1000 resamples of paragraph, seed 12345)"), with.out());
        assertTrue(with.out().matches("(?s).*F1 \\d\\.\\d{3} \\[\\d\\.\\d{3}, \\d\\.\\d{3}\\].*"), with.out());
        assertFalse(CompareCliRun.of("score", "--predictions", half, "--no-timing").out().contains("bootstrap"));
    }

    @Test
    void resamplesMustBePositive() {
        assertEquals(ExitCode.BAD_INPUT, CompareCliRun.of("score", "--predictions", half, "--ci", "--resamples", "0").exitCode());
    }
}
