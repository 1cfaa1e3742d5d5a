package org.claimeval.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimeval.dataset.DatasetLoader;
import org.junit.jupiter.api.Test;

/**
 * The published report schema ({@code dataset/schema/report.schema.json}) describes what claimeval writes: the
 * fixture report with and without {@code --details}, the committed baselines, and a report of the bundled
 * dataset. The command-line tests check every JSON report they make claimeval write the same way.
 */
class ReportSchemaTest {

    @Test
    void theFixtureReportMatchesWithAndWithoutDetails() {
        ScoreReport report = HtmlTestData.report();
        ReportSchema.assertValid(JsonReport.render(report), "fixture report");
        ReportSchema.assertValid(JsonReport.render(report, true), "fixture report with --details");
    }

    @Test
    void aRealisticReportMatches() throws Exception {
        ReportSchema.assertValid(JsonReport.render(HtmlTestData.realisticReport(
                DatasetLoader.load(Path.of(System.getProperty("claimeval.repo", "../..")).resolve("dataset"))), true),
                "bundled report with --details");
    }

    @Test
    void theCommittedBaselinesMatch() throws Exception {
        Path baselines = Path.of(System.getProperty("claimeval.repo", "../..")).resolve("dataset/baselines");
        List<Path> files;
        try (Stream<Path> list = Files.list(baselines)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no baselines in " + baselines);
        files.forEach(ReportSchema::assertValid);
    }

    @Test
    void theSchemaRejectsAReportMissingTheRejectedLists() {
        String json = JsonReport.render(HtmlTestData.report()).replace("\"unaligned\"", "\"unaligned_renamed\"");
        assertThrows(AssertionError.class, () -> ReportSchema.assertValid(json, "tampered report"));
    }
}
