package org.claimeval.packaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extractor project the README shows, written to disk from the README's own text: each fenced block after
 * a {@code <!-- consumer-test:KIND [PATH] -->} marker. So the README cannot drift from what the test builds.
 */
final class ReadmeConsumerProject {
    private static final Pattern BLOCK = Pattern.compile(
            "<!-- consumer-test:(\\w+)(?: ([^ ]+))? -->\\s*```\\w*\\n(.*?)```", Pattern.DOTALL);

    private ReadmeConsumerProject() {
    }

    /** Writes the project into {@code dir}; returns {@code dir}. */
    static Path write(Path readme, Path dir, String claimevalVersion) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String dependency = null;
        int files = 0;
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            if (m.group(1).equals("dependency")) {
                dependency = m.group(3);
            } else {
                Path file = dir.resolve(m.group(2));
                Files.createDirectories(file.getParent());
                Files.writeString(file, m.group(3), StandardCharsets.UTF_8);
                files++;
            }
        }
        if (dependency == null || files != 2) {
            throw new IllegalStateException(readme + " lacks the consumer-test blocks (dependency, java, services)");
        }
        if (!dependency.contains("<version>" + claimevalVersion + "</version>")) {
            throw new IllegalStateException(readme + " shows another version than " + claimevalVersion);
        }
        String parentPom = Files.readString(readme.resolveSibling("pom.xml"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("pom.xml"), pom(dependency, parentPom), StandardCharsets.UTF_8);
        return dir;
    }

    /**
     * The README's dependency in a minimal POM. Plugin versions are pinned to the ones this build uses (read from
     * the parent POM's plugin management), so they are found in the machine's repository without a network.
     */
    private static String pom(String dependency, String parentPom) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>said-extractor</artifactId>
                  <version>1.0</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                %s  </dependencies>
                  <build>
                    <plugins>
                      <plugin><artifactId>maven-compiler-plugin</artifactId><version>%s</version></plugin>
                      <plugin><artifactId>maven-resources-plugin</artifactId><version>%s</version></plugin>
                      <plugin><artifactId>maven-surefire-plugin</artifactId><version>%s</version></plugin>
                      <plugin><artifactId>maven-jar-plugin</artifactId><version>%s</version></plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(dependency.indent(4), pluginVersion(parentPom, "maven-compiler-plugin"),
                pluginVersion(parentPom, "maven-resources-plugin"), pluginVersion(parentPom, "maven-surefire-plugin"),
                pluginVersion(parentPom, "maven-jar-plugin"));
    }

    /** The version the parent POM (at {@code parentPom}) manages for a plugin of org.apache.maven.plugins. */
    static String pluginVersion(Path parentPom, String artifactId) throws IOException {
        return pluginVersion(Files.readString(parentPom, StandardCharsets.UTF_8), artifactId);
    }

    private static String pluginVersion(String pom, String artifactId) {
        Matcher m = Pattern.compile("<artifactId>" + artifactId + "</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        if (!m.find()) {
            throw new IllegalStateException("the parent POM does not manage " + artifactId);
        }
        return m.group(1);
    }
}
