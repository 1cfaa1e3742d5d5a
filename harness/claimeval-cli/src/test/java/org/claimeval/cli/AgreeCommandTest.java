package org.claimeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimeval.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreeCommandTest {
    /** The repository's dataset folder; tests run in the harness module. */
    static final Path DATASET = Path.of("..", "..", "dataset");

    @Test
    void aDatasetAgreesWithItselfExactly() throws Exception {
        assertTrue(Files.isDirectory(DATASET), "run from the harness module");
        CompareCliRun run = CompareCliRun.of("agree", DATASET.toString(), DATASET.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode r = Json.mapper().readTree(run.out());
        assertEquals(1.0, r.at("/exact/f1").asDouble());
        assertEquals(1.0, r.at("/overlap/f1").asDouble());
        assertEquals(0, r.at("/exact/fp").asInt() + r.at("/exact/fn").asInt());
        assertEquals(1.0, r.at("/claimant/share").asDouble());
        assertEquals(1.0, r.at("/attribution/share").asDouble());
        assertEquals(1.0, r.at("/type/kappa/kappa").asDouble());
        assertEquals(1.0, r.at("/attribution/kappa/kappa").asDouble());
        assertEquals(r.at("/pairs").asInt(), r.at("/exact/tp").asInt());
        assertEquals(0, r.get("disagreements").size());
    }

    @Test
    void aSecondPassFolderWithGoldAndClaimantsIsRead() {
        Path pass2 = DATASET.resolve("agreement").resolve("pass2");
        CompareCliRun run = CompareCliRun.of("agree", DATASET.toString(), pass2.toString(), "--format", "markdown");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("### Spans"), run.out());
        assertTrue(run.out().contains("| type |"), run.out());
    }

    @Test
    void aFolderOfGoldFilesGetsItsSeedsFromTheBundledDataset(@TempDir Path tmp) throws Exception {
        // Only gold files, no claimants.json anywhere near: the bundled registry and seeds are used.
        Path gold = Files.createDirectories(tmp.resolve("annotator").resolve("gold-only"));
        try (var files = Files.list(DATASET.resolve("gold"))) {
            for (Path f : files.toList()) {
                Files.copy(f, gold.resolve(f.getFileName()));
            }
        }
        CompareCliRun run = CompareCliRun.of("agree", gold.toString(), DATASET.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Disagreements (0)"), run.out());
    }

    @Test
    void aClaimWhoseTextIsNotTheDocumentsIsBadInput(@TempDir Path tmp) throws Exception {
        Path gold = Files.createDirectories(tmp.resolve("gold"));
        Path source;
        try (var files = Files.list(DATASET.resolve("gold"))) {
            source = files.sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(source);
        // Shift the first claim's end by one: its text no longer equals the document there.
        String broken = text.replaceFirst("\"end\": (\\d+)", "\"end\": 1$1");
        Files.writeString(gold.resolve(source.getFileName()), broken);
        CompareCliRun run = CompareCliRun.of("agree", DATASET.toString(), tmp.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exitCode(), run.out());
        assertTrue(run.err().contains(source.getFileName().toString()), run.err());
    }
}
