package org.claimeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.io.Json;
import org.claimeval.dataset.AnnotationSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatsCommandTest {
    static final String DATASHEET_START = "<!-- stats:start -->";
    static final String DATASHEET_END = "<!-- stats:end -->";
    /** The command the datasheet names; its second argument is how the datasheet spells the folder. */
    static final String PASS2 = "dataset/agreement/pass2";

    private static Path repo() {
        return Path.of(System.getProperty("claimeval.repo", "../.."));
    }

    /** What a Markdown file of the repository shows between the stats markers. */
    private static String block(String file) throws Exception {
        String text = Files.readString(repo().resolve(file), StandardCharsets.UTF_8);
        int start = text.indexOf(DATASHEET_START);
        int end = text.indexOf(DATASHEET_END);
        assertTrue(start >= 0 && end > start, file + " has no " + DATASHEET_START + " block");
        return text.substring(text.indexOf('\n', start) + 1, end);
    }

    @Test
    void everyCompositionTableOfTheFixture() {
        Cli cli = Cli.run("stats", "--dataset", Cli.fixtureDataset(), "--format", "markdown");
        assertEquals(0, cli.exitCode(), cli.err());
        // Fixture e01: e01-01 and e01-02 explicit with one quantity each, e01-03 author; e02: two explicit claims
        // with one quantity each. Lengths are the seeds' code points (178 and 112, 290 in all).
        assertTrue(cli.out().contains("| e01 | 178 | 3 | 2 | 0 | 1 | 2 |"), cli.out());
        assertTrue(cli.out().contains("| e02 | 112 | 2 | 2 | 0 | 0 | 2 |"), cli.out());
        assertTrue(cli.out().contains("| total | 290 | 5 | 4 | 0 | 1 | 4 |"), cli.out());
        // Claims per claimant, most first, ties by id: each of the five makes one claim, so the order is by id.
        assertTrue(cli.out().contains("| claimant | side | claims |"), cli.out());
        assertTrue(cli.out().contains("| analysts | OTHER | 1 |\n| author | - | 1 |"), cli.out());
    }

    @Test
    void withASecondAnnotationTheAgreementTablesFollow() throws Exception {
        Path pass2 = repo().resolve(PASS2);
        Cli cli = Cli.run("stats", "--format", "json", "--agreement", pass2.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode r = Json.mapper().readTree(cli.out());
        assertEquals(83, r.get("claims").asInt());
        JsonNode clusters = r.at("/agreement/clusters");
        assertTrue(clusters.get("tp").asInt() > 0, cli.out());
        assertTrue(r.at("/agreement/differenceKinds").isArray(), cli.out());
    }

    @Test
    void theDatasheetShowsExactlyWhatTheCommandPrints() throws Exception {
        // java -jar harness/target/claimeval.jar stats --format markdown --agreement dataset/agreement/pass2 --readme dataset/README.md
        var data = DatasetLoader.bundled();
        AnnotationSet loaded = AnnotationSet.load(repo().resolve(PASS2));
        AnnotationSet pass2 = new AnnotationSet(PASS2, loaded.claims(), loaded.registry(), loaded.dataset(),
                loaded.goldFolder());
        String expected = StatsCommand.render(data, StatsCommand.agreement(data, pass2), ReportFormat.MARKDOWN);
        assertEquals(expected, block("dataset/README.md"), "regenerate the block with: java -jar harness/target/claimeval.jar stats --format markdown "
                + "--agreement " + PASS2 + " --readme dataset/README.md");
    }

    @Test
    void theSummaryIsOneLineWithTheParagraphs() {
        Cli cli = Cli.run("stats", "--dataset", Cli.fixtureDataset(), "--summary");
        assertEquals(0, cli.exitCode(), cli.err());
        // Fixture: e01 and e02 with 3 + 2 claims; e01's seed has three non-blank lines, e02's two: 5 paragraphs.
        assertTrue(cli.out().startsWith("fixture-valid@1.0.0#"), cli.out());
        assertTrue(cli.out().contains(": 2 documents, 5 claims, "), cli.out());
        assertTrue(cli.out().endsWith(", 5 paragraphs (non-blank lines, the unit the bootstrap resamples)\n"), cli.out());
        assertEquals(1, cli.out().lines().count(), cli.out());
    }

    @Test
    void readmeReplacesOnlyTheStatsBlock(@TempDir Path dir) throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "# title\nbefore\n" + DATASHEET_START + "\nold 99 documents\n" + DATASHEET_END
                + "\nafter\n", StandardCharsets.UTF_8);
        Cli cli = Cli.run("stats", "--dataset", Cli.fixtureDataset(), "--summary", "--readme", readme.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        // The block holds the Markdown form of what was printed (the signature's # escaped), the rest is kept.
        String expected = "# title\nbefore\n" + DATASHEET_START + "\n" + cli.out().replace("#", "\\#") + DATASHEET_END
                + "\nafter\n";
        assertEquals(expected, Files.readString(readme, StandardCharsets.UTF_8));
    }

    @Test
    void aReadmeWithoutTheBlockIsAUsageErrorAndUntouched(@TempDir Path dir) throws Exception {
        Path readme = dir.resolve("README.md");
        Files.writeString(readme, "no markers\n", StandardCharsets.UTF_8);
        Cli cli = Cli.run("stats", "--dataset", Cli.fixtureDataset(), "--summary", "--readme", readme.toString());
        assertEquals(2, cli.exitCode(), cli.out());
        assertTrue(cli.err().contains("has no " + DATASHEET_START), cli.err());
        assertFalse(cli.out().contains("documents"), cli.out());
        assertEquals("no markers\n", Files.readString(readme, StandardCharsets.UTF_8));
    }

    @Test
    void theReadmeQuotesTheDatasetSizeExactlyAsTheCommandPrintsIt() throws Exception {
        // java -jar harness/target/claimeval.jar stats --summary --readme README.md
        String expected = StatsCommand.summary(DatasetLoader.bundled(), ReportFormat.MARKDOWN);
        assertEquals(expected, block("README.md"), "regenerate the block with: java -jar harness/target/claimeval.jar stats --summary "
                + "--readme README.md");
    }

    /** The synthetic datasets beside the bundled one: the development set and the held-out check set. */
    @ParameterizedTest
    @ValueSource(strings = {"dataset/dev", "dataset/check"})
    void aSyntheticDatasheetShowsExactlyWhatTheCommandPrints(String dataset) throws Exception {
        // java -jar harness/target/claimeval.jar stats --dataset DIR --format markdown --readme DIR/README.md
        String expected = StatsCommand.render(DatasetLoader.load(repo().resolve(dataset)), null,
                ReportFormat.MARKDOWN);
        assertEquals(expected, block(dataset + "/README.md"), "regenerate the block with: java -jar harness/target/claimeval.jar stats --dataset "
                + dataset + " --format markdown --readme " + dataset + "/README.md");
    }
}
