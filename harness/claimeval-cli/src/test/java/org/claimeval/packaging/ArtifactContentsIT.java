package org.claimeval.packaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What each built jar carries: licences and notices, no stray files, the articles only in the runnable jar. */
class ArtifactContentsIT {

    /** Files that have no business in the runnable jar: build metadata and leftovers of bundled jars. */
    private static final Pattern STRAY = Pattern.compile(
            "META-INF/maven/.*|META-INF/native-image/.*|META-INF/DEPENDENCIES.*|home/.*|THIRD-PARTY\\.txt"
                    + "|org/yaml/.*|com/fasterxml/jackson/dataformat/yaml/.*|LICENSE|THIRD-PARTY"
                    + "|checkstyle\\.xml|findbugs\\.xml");

    @Test
    void theRunnableJarCarriesEveryLicenceAndNotice() throws IOException {
        try (JarFile jar = new JarFile(IntegrationPaths.runnableJar().toFile())) {
            assertArrayEquals(Files.readAllBytes(IntegrationPaths.repositoryRoot().resolve("LICENSE")),
                    jar.getInputStream(jar.getEntry("META-INF/LICENSE")).readAllBytes(), "the Apache License 2.0");
            String notice = new String(jar.getInputStream(jar.getEntry("META-INF/NOTICE")).readAllBytes(),
                    StandardCharsets.UTF_8);
            for (String bundled : List.of("claimeval", "Jackson", "Apache OpenNLP Tools", "Part-Of-Speech",
                    "Sent-Detect")) {
                assertTrue(notice.contains(bundled), "META-INF/NOTICE names " + bundled);
            }
            for (String other : List.of("META-INF/licenses/slf4j-LICENSE.txt", "META-INF/licenses/jmh-LICENSE.txt",
                    "META-INF/licenses/jopt-simple-LICENSE.txt", "META-INF/licenses/commons-math3-LICENSE.txt",
                    "META-INF/licenses/kursk-claims-LICENSE.txt", "META-INF/FastDoubleParser-LICENSE")) {
                assertTrue(jar.getEntry(other) != null, other);
            }
        }
    }

    @Test
    void theRunnableJarHasNoStrayFiles() throws IOException {
        try (JarFile jar = new JarFile(IntegrationPaths.runnableJar().toFile())) {
            List<String> stray = Collections.list(jar.entries()).stream().map(e -> e.getName())
                    .filter(name -> STRAY.matcher(name).matches()).toList();
            assertEquals(List.of(), stray);
        }
    }

    @Test
    void theArticlesTravelOnlyInTheRunnableJar() throws IOException {
        List<String> found = new ArrayList<>();
        for (String module : List.of("claimeval-api", "claimeval-core", "claimeval-extractors")) {
            for (String classifier : new String[] {null, "sources"}) {
                try (JarFile jar = new JarFile(IntegrationPaths.moduleJar(module, classifier).toFile())) {
                    Collections.list(jar.entries()).stream().map(e -> e.getName())
                            .filter(name -> name.startsWith("bundled/") || name.contains("seeds/"))
                            .forEach(name -> found.add(module + ": " + name));
                    assertTrue(jar.getEntry("META-INF/LICENSE") != null, module + " carries the licence");
                }
            }
        }
        assertEquals(List.of(), found);
        try (JarFile jar = new JarFile(IntegrationPaths.runnableJar().toFile())) {
            assertTrue(jar.getEntry("bundled/dataset/manifest.json") != null, "the runnable jar bundles the dataset");
        }
    }
}
