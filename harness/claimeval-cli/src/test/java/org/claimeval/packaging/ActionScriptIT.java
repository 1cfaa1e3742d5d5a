package org.claimeval.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action's script ({@code action/gate.sh}), run with bash as the action runs it, with a fake
 * {@code GITHUB_STEP_SUMMARY} and {@code GITHUB_OUTPUT}, on the valid fixture dataset (5 gold claims) and one
 * prediction that is exactly gold claim e01-01: TP 1, FP 0, FN 4, so precision 1/1 = 1.0 and recall 1/5 = 0.2.
 */
class ActionScriptIT {
    @TempDir
    Path work;
    private Path summary;
    private Path outputs;
    private Path predictions;

    @BeforeEach
    void files() throws IOException {
        summary = work.resolve("step-summary.md");
        Files.writeString(summary, "earlier step\n", StandardCharsets.UTF_8);
        outputs = work.resolve("github-output");
        predictions = work.resolve("preds.jsonl");
        Files.writeString(predictions, "{\"doc\": \"e01\", \"start\": 66, \"end\": 93}\n", StandardCharsets.UTF_8);
    }

    @Test
    void aMetThresholdPassesAndPublishesTheSummaryAndTheJUnitReport() throws Exception {
        int code = run(Map.of("INPUT_PREDICTIONS", predictions.toString(),
                "INPUT_MIN", "\n  micro.precision=0.9  \n# a comment line\n\n", "INPUT_ARGS", "--match\nexact"));
        assertEquals(0, code);
        String published = Files.readString(summary, StandardCharsets.UTF_8);
        assertTrue(published.startsWith("earlier step\n"), "appended, not replaced");
        assertTrue(published.contains("micro.precision"), published);
        assertTrue(published.contains("match:exact"), "--match exact was passed through: " + published);
        Map<String, String> out = outputs();
        assertEquals("0", out.get("exit-code"));
        assertTrue(Files.readString(Path.of(out.get("junit")), StandardCharsets.UTF_8).contains("<testsuite"));
        assertEquals(work.resolve("out/gate.md").toString(), out.get("markdown"));
    }

    @Test
    void aMissedThresholdFailsTheStepWithExitOne() throws Exception {
        // Recall 0.2 misses its floor of 0.5; precision 1.0 meets 0.9.
        int code = run(Map.of("INPUT_PREDICTIONS", predictions.toString(),
                "INPUT_MIN", "micro.precision=0.9\nmicro.recall=0.5"));
        assertEquals(1, code);
        assertEquals("1", outputs().get("exit-code"));
        String published = Files.readString(summary, StandardCharsets.UTF_8);
        assertTrue(published.contains("micro.recall"), published);
        assertTrue(Files.readString(Path.of(outputs().get("junit")), StandardCharsets.UTF_8).contains("<failure"));
    }

    @Test
    void badInputFailsWithExitTwoAndStillSaysSoInTheSummary() throws Exception {
        int code = run(Map.of("INPUT_EXTRACTOR", "no-such-extractor", "INPUT_MIN", "micro.f1=0.5"));
        assertEquals(2, code);
        assertEquals("2", outputs().get("exit-code"));
        String published = Files.readString(summary, StandardCharsets.UTF_8);
        assertTrue(published.length() > "earlier step\n".length(), "a summary was published: " + published);
    }

    private int run(Map<String, String> inputs) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash",
                IntegrationPaths.repositoryRoot().resolve("action/gate.sh").toString());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("INPUT_") || k.startsWith("GITHUB_") || k.startsWith("CLAIMEVAL_"));
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        env.put("GITHUB_OUTPUT", outputs.toString());
        env.put("CLAIMEVAL_JAR", IntegrationPaths.runnableJar().toString());
        env.put("CLAIMEVAL_OUT", work.resolve("out").toString());
        env.put("INPUT_DATASET", IntegrationPaths.repositoryRoot()
                .resolve("harness/claimeval-core/src/test/resources/datasets/valid/dataset").toString());
        env.putAll(inputs);
        Path log = work.resolve("gate.log");
        Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("action/gate.sh did not finish in 2 minutes");
        }
        return process.exitValue();
    }

    private Map<String, String> outputs() throws IOException {
        List<String> lines = Files.readAllLines(outputs, StandardCharsets.UTF_8);
        return lines.stream().map(l -> l.split("=", 2))
                .collect(java.util.stream.Collectors.toMap(p -> p[0], p -> p[1], (a, b) -> b));
    }
}
