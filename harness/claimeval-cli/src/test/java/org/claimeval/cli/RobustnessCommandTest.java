package org.claimeval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RobustnessCommandTest {
    static final String EVERY_LINE = "cmd:python3 " + Cli.resource("/extractors/every_line.py");

    @Test
    void aDistractorLineIsOneMoreFalsePositivePerDocumentForAnExtractorThatClaimsEveryLine() throws Exception {
        Cli run = Cli.run("robustness", "--extractor", EVERY_LINE, "--dataset", Cli.fixtureDataset(),
                "--perturbation", "distractor-lines,paragraph-order", "--metric", "micro.f1", "--resamples", "50",
                "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        // Original. e01 has three lines: only "The report was published on Monday." overlaps a gold claim (e01-03,
        // 6 of its 6 tokens); the headline and the long line are FPs, e01-01 and e01-02 FNs. e02's two lines
        // match nothing: 2 FP, 2 FN. TP 1, FP 4, FN 4: F1 = 2 / (2 + 4 + 4) = 0.2.
        assertEquals(0.2, report.at("/original/estimate").asDouble(), 1e-12);
        // distractor-lines puts one line before the second paragraph of each document: FP 4 + 2 = 6, so
        // F1 = 2 / (2 + 6 + 4) = 1/6, a drop of 1/6 - 1/5 = -1/30.
        JsonNode distractors = report.at("/perturbations/0");
        assertEquals("distractor-lines", distractors.get("name").asText());
        assertEquals(2, distractors.get("documentsChanged").asInt());
        assertEquals(1.0 / 6, distractors.at("/score/estimate").asDouble(), 1e-12);
        assertEquals(-1.0 / 30, distractors.at("/drop/estimate").asDouble(), 1e-12);
        // Shuffling e01's two body lines (e02 has only one) moves claims, not scores: no drop.
        assertEquals(0.0, report.at("/perturbations/1/drop/estimate").asDouble(), 1e-12);
    }

    @Test
    void everyFamilyIsReportedByDefault() throws Exception {
        Cli run = Cli.run("robustness", "--extractor", EVERY_LINE, "--dataset", Cli.fixtureDataset(),
                "--resamples", "20", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        List<String> names = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).get("perturbations").forEach(p -> names.add(p.get("name").asText()));
        assertEquals(List.of("claimant-names", "cue-verbs", "quotation-marks", "paragraph-order", "figures",
                "distractor-lines", "script-lines", "unicode-form"), names);
    }

    @Test
    void theSameSeedGivesTheSameReport() {
        String[] args = {"robustness", "--extractor", EVERY_LINE, "--dataset", Cli.fixtureDataset(), "--resamples",
                "20", "--perturbation", "paragraph-order,figures", "--format", "markdown"};
        assertEquals(Cli.run(args).out(), Cli.run(args).out());
    }

    @Test
    void aPredictionsFileOrAnUnknownFamilyIsAUsageError() {
        Cli file = Cli.run("robustness", "--extractor", Cli.resource("/predictions/valid.jsonl").toString());
        assertEquals(2, file.exitCode());
        assertTrue(file.err().contains("cannot be run on rewritten documents"), file.err());
        Cli family = Cli.run("robustness", "--extractor", "cue", "--perturbation", "typos");
        assertEquals(2, family.exitCode());
        assertTrue(family.err().contains("--perturbation typos: no such family"), family.err());
        Cli metric = Cli.run("robustness", "--extractor", "cue", "--metric", "macro.f1");
        assertEquals(2, metric.exitCode());
    }
}
