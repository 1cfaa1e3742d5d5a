package org.claimeval.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the README promises an extractor author: install the artifacts, write the ten-line project it shows
 * (taken from the README itself), build it with nothing but {@code claimeval-api}, and score it with the
 * runnable jar. Everything runs offline on a throw-away local repository ({@link Maven}); the machine's own
 * repository is never written.
 */
class ConsumerProjectIT {
    @TempDir
    Path work;

    @Test
    void theReadmeExtractorBuildsAgainstTheApiAloneAndIsScored() throws Exception {
        Path root = IntegrationPaths.repositoryRoot();
        String version = IntegrationPaths.version();
        Maven maven = Maven.withFreshRepository(work);
        String install = "org.apache.maven.plugins:maven-install-plugin:"
                + ReadmeConsumerProject.pluginVersion(root.resolve("pom.xml"), "maven-install-plugin") + ":install-file";

        // Install what a consumer of claimeval-api needs: the two parent POMs and the API with its extra jars.
        maven.run(work, install, "-Dfile=" + root.resolve("pom.xml"), "-DpomFile=" + root.resolve("pom.xml"));
        Path harnessPom = root.resolve("harness/pom.xml");
        maven.run(work, install, "-Dfile=" + harnessPom, "-DpomFile=" + harnessPom);
        Path apiJar = IntegrationPaths.moduleJar("claimeval-api", null);
        maven.run(work, install, "-Dfile=" + apiJar, "-DpomFile=" + root.resolve("harness/claimeval-api/pom.xml"),
                "-Dsources=" + IntegrationPaths.moduleJar("claimeval-api", "sources"),
                "-Djavadoc=" + IntegrationPaths.moduleJar("claimeval-api", "javadoc"));
        Path installed = maven.localRepository()
                .resolve("org/claimeval/claimeval-api/" + version + "/claimeval-api-" + version + ".jar");
        assertArrayEquals(Files.readAllBytes(apiJar), Files.readAllBytes(installed), "the reactor's API jar");

        Path project = ReadmeConsumerProject.write(root.resolve("README.md"), work.resolve("said-extractor"), version);
        maven.run(project, "package");
        Path extractorJar = project.resolve("target/said-extractor-1.0.jar");
        assertTrue(Files.isRegularFile(extractorJar), "the consumer project's jar");
        assertEquals(List.of(), jarsUnder(maven.localRepository(), "org/claimeval/claimeval-core", "com/fasterxml",
                "org/apache/opennlp", "info/picocli", "com/networknt"), "the API alone was needed");

        JsonNode report = score(extractorJar, root.resolve("harness/claimeval-core/src/test/resources/datasets/valid/dataset"));
        assertEquals("said", report.at("/extractor/name").asText());
        // e01 reads "The ministry said that ..." and e02 "Kyiv said its forces ...": one prediction each, on the
        // cue "said", which lies outside every gold content span (5 gold claims): TP 0, FP 2, FN 5.
        JsonNode micro = report.at("/micro");
        assertEquals(List.of(0L, 2L, 5L), List.of(micro.get("tp").asLong(), micro.get("fp").asLong(),
                micro.get("fn").asLong()), micro.toString());
    }

    private static List<String> jarsUnder(Path repository, String... folders) throws IOException {
        List<String> jars = new java.util.ArrayList<>();
        for (String folder : folders) {
            Path dir = repository.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(f -> f.toString().endsWith(".jar")).map(f -> repository.relativize(f).toString())
                            .forEach(jars::add);
                }
            }
        }
        return jars;
    }

    private JsonNode score(Path extractorJar, Path dataset) throws IOException, InterruptedException {
        Path out = work.resolve("score.json");
        Path err = work.resolve("score.err");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", IntegrationPaths.runnableJar().toString(), "score", "--dataset", dataset.toString(),
                "--extractor-jar", extractorJar.toString(), "--format", "json", "--no-timing")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("claimeval score did not finish in 2 minutes");
        }
        assertEquals(0, process.exitValue(), () -> "claimeval score failed: " + readQuietly(err));
        return new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
