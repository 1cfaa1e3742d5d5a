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
 * in micro F1 (overlap@0.5, subset all, leave-one-document-out) fails, and so does a rise of more than 0.01
 * without the record being regenerated, so the records and the README's leaderboard stay true.
 */
class BaselinesTest {
    static final double TOLERANCE = 0.01;
    static final String REGENERATE = "regenerate with: java -jar harness/target/claimeval.jar leaderboard "
            + "--write-baselines dataset/baselines --readme README.md";

    static List<LeaderboardCommand.Row> rows;

    @BeforeAll
    static void scoreEveryBuiltIn() throws Exception {
        rows = LeaderboardCommand.rows(DatasetLoader.bundled());
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
    void microF1StaysWithinTheToleranceOfItsRecord() throws Exception {
        StringBuilder drift = new StringBuilder();
        for (var row : rows) {
            String name = row.overlap().extractor().name();
            JsonNode record = Json.mapper().readTree(baselines().resolve(name + ".json").toFile());
            assertEquals(row.overlap().signature(), record.get("signature").asText(),
                    name + ": the record was scored differently; " + REGENERATE);
            double recorded = record.get("micro").get("f1").asDouble();
            double now = row.overlap().scores().micro().f1();
            if (now < recorded - TOLERANCE) {
                drift.append(String.format("%s: micro F1 fell from %.4f to %.4f%n", name, recorded, now));
            } else if (now > recorded + TOLERANCE) {
                drift.append(String.format("%s: micro F1 rose from %.4f to %.4f; update the record%n", name, recorded, now));
            }
        }
        if (!drift.isEmpty()) {
            fail(drift + REGENERATE);
        }
    }
}
