package org.claimeval.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles, in a test, one Java source of package {@code hostile} against the harness and packs it as an
 * extractor jar registering the given classes: the way a pull request brings an extractor.
 */
final class HostileJar {
    /** What every hostile extractor source starts with. */
    static final String IMPORTS = """
            package hostile;

            import java.util.List;
            import org.claimeval.spi.ClaimExtractor;
            import org.claimeval.spi.ExtractionContext;
            import org.claimeval.model.Claim;
            import org.claimeval.model.Document;
            """;

    private HostileJar() {
    }

    /**
     * @param source      the body after {@link #IMPORTS}, holding public top-level class {@code Hostile} and
     *                    its nested classes
     * @param providers   nested class names ({@code Hostile$Exits}) listed in the SPI file
     */
    static Path build(Path dir, String source, List<String> providers) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/hostile"));
        Files.writeString(src.resolve("Hostile.java"), IMPORTS + source);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, diagnostics, diagnostics, "-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "--release", "17", src.resolve("Hostile.java").toString());
        if (rc != 0) {
            throw new IllegalStateException("javac failed: " + diagnostics.toString(StandardCharsets.UTF_8));
        }
        Path jar = dir.resolve("hostile.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/org.claimeval.spi.ClaimExtractor"));
            StringBuilder sb = new StringBuilder();
            providers.forEach(p -> sb.append("hostile.").append(p).append('\n'));
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    /** A fixture dataset (two documents, e01 and e02) copied where the test may change it. */
    static Path dataset(Path tmp) {
        return Resources.copyTree(Resources.path("datasets/valid"), tmp.resolve("fixture")).resolve("dataset");
    }
}
