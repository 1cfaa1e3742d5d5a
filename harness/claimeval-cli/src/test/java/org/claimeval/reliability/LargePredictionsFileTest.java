package org.claimeval.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.io.Json;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7: a 100 MB predictions file is streamed with bounded memory, scored by a JVM limited to 256 MB of heap.
 * A reader that held the file (100 MB of bytes, twice that as a Java string) or every line's parse tree would
 * run out of memory; one that keeps only the claims, sharing the text of repeated spans, does not.
 */
class LargePredictionsFileTest {
    private static final long SIZE = 100L * 1024 * 1024;

    @Test
    void aHundredMegabyteFileIsScoredWithin256MegabytesOfHeap(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("large.jsonl");
        long lines = write(file);
        assertTrue(Files.size(file) >= SIZE, "generated " + Files.size(file) + " bytes");

        Path report = tmp.resolve("report.json");
        ForkedJvm.Result run = ForkedJvm.claimeval(List.of("-Xmx256m"),
                List.of("score", "--predictions", file.toString(), "--format", "json", "--no-timing",
                        "--output", report.toString()), tmp);

        assertEquals(0, run.exit(), run::transcript);
        org.claimeval.report.ReportSchema.assertValid(report);
        JsonNode json = Json.mapper().readTree(report.toFile());
        assertEquals(lines, json.path("predictions").path("claims").asLong(), "every line was read");
        assertEquals(lines, json.path("micro").path("tp").asLong() + json.path("micro").path("fp").asLong(),
                "every claim was scored");
    }

    /**
     * Realistic lines: a sentence-sized span of a bundled document with its text, a claimant, a type, an
     * attribution and a score; spans cycle through 40 windows per document, so they repeat as real extractor
     * output over many runs would. Returns the number of lines.
     */
    private static long write(Path file) throws Exception {
        Dataset bundled = DatasetLoader.bundled();
        ObjectMapper json = Json.mapper();
        long size = 0;
        long count = 0;
        List<Document> docs = bundled.documents();
        String[][] lines = new String[docs.size()][40];
        for (int d = 0; d < docs.size(); d++) {
            Document doc = docs.get(d);
            for (int k = 0; k < 40; k++) {
                int start = (k * 50) % (doc.length() - 200);
                int end = start + 150;
                lines[d][k] = "{\"doc\":\"" + doc.id() + "\",\"start\":" + start + ",\"end\":" + end + ",\"text\":"
                        + json.writeValueAsString(doc.slice(start, end)) + ",\"claimant\":\"russian-defence-ministry\","
                        + "\"type\":\"CASUALTIES\",\"attribution\":\"explicit\",\"score\":0.5}\n";
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (size < SIZE) {
                String line = lines[(int) (count % docs.size())][(int) (count / docs.size() % 40)];
                w.write(line);
                size += line.length(); // close enough: the texts are mostly ASCII, and UTF-8 only adds bytes
                count++;
            }
        }
        return count;
    }
}
