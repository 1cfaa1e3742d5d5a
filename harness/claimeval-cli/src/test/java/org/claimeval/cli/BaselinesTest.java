package org.claimeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.io.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds every built-in extractor to its recorded score in {@code dataset/baselines/}: a drop of more than 0.01
 * in claim + claimant F1 or micro F1 (overlap@0.5, subset all, leave-one-document-out) fails, and so does a rise of more than 0.01
 * without the record being regenerated, so the records and the README's leaderboard stay true.
 */
class BaselinesTest {
    static final double TOLERANCE = 0.01;
    static final String REGENERATE = "regenerate with: java -jar harness/target/claimeval.jar leaderboard "
            + "--write-baselines dataset/baselines --readme README.md";

    static List<org.claimeval.leaderboard.Entry> rows;

    @BeforeAll
    static void scoreEveryBuiltIn() throws Exception {
        rows = LeaderboardCommand.builtIns(DatasetLoader.bundled());
    }

    private static Path baselines() {
        return Path.of(System.getProperty("claimeval.repo", "../..")).resolve("dataset/baselines");
    }

    @Test
    void everyBuiltInExtractorHasARecordAndNoFailures() {
        assertEquals(List.of("cue", "learned", "quote", "sentence"),
                rows.stream().map(r -> r.overlap().extractor().name()).toList());
        for (var row : rows) {
            assertTrue(row.overlap().failures().isEmpty(), row.overlap().extractor() + ": " + row.overlap().failures());
            assertTrue(Files.isRegularFile(baselines().resolve(row.overlap().extractor().name() + ".json")),
                    "no record for " + row.overlap().extractor() + "; " + REGENERATE);
        }
    }

    @Test
    void headlineAndMicroF1StayWithinTheToleranceOfTheirRecord() throws Exception {
        StringBuilder drift = new StringBuilder();
        for (var row : rows) {
            String name = row.overlap().extractor().name();
            JsonNode record = Json.mapper().readTree(baselines().resolve(name + ".json").toFile());
            assertEquals(row.overlap().signature(), record.get("signature").asText(),
                    name + ": the record was scored differently; " + REGENERATE);
            compare(drift, name, "claim + claimant F1", record.at("/attributes/claimAndClaimant/f1").asDouble(),
                    row.overlap().scores().attributes().strict().f1());
            compare(drift, name, "micro F1", record.at("/micro/f1").asDouble(), row.overlap().scores().micro().f1());
        }
        if (!drift.isEmpty()) {
            fail(drift + REGENERATE);
        }
    }

    private static void compare(StringBuilder drift, String name, String metric, double recorded, double now) {
        if (now < recorded - TOLERANCE) {
            drift.append(String.format("%s: %s fell from %.4f to %.4f%n", name, metric, recorded, now));
        } else if (now > recorded + TOLERANCE) {
            drift.append(String.format("%s: %s rose from %.4f to %.4f; update the record%n", name, metric, recorded, now));
        }
    }
}
