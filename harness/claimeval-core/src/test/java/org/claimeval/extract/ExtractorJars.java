package org.claimeval.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.claimeval.spi.ClaimExtractor;

/** Extractor jars compiled inside a test, so an extractor reaches claimeval only the way a user's jar does. */
public final class ExtractorJars {

    private ExtractorJars() {
    }

    /**
     * Compiles {@code sources} (path under the source root, e.g. {@code faulty/Faulty.java}, to its text) with
     * {@code classPath}, and packs the classes into {@code dir/jarName} with a
     * {@code META-INF/services/org.claimeval.spi.ClaimExtractor} holding {@code serviceLines}; no services file
     * when that list is empty.
     */
    public static Path build(Path dir, String jarName, String classPath, Map<String, String> sources,
                             List<String> serviceLines) throws IOException {
        Path src = dir.resolve("src");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath", classPath, "--release", "17"));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = src.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            args.add(file.toString());
        }
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        if (ToolProvider.getSystemJavaCompiler().run(null, diagnostics, diagnostics, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("javac failed: " + diagnostics.toString(StandardCharsets.UTF_8));
        }
        Path jar = dir.resolve(jarName);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
            if (!serviceLines.isEmpty()) {
                out.putNextEntry(new JarEntry("META-INF/services/" + ClaimExtractor.class.getName()));
                out.write((String.join("\n", serviceLines) + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    /** This JVM's class path: claimeval and everything it depends on. */
    public static String testClassPath() {
        return System.getProperty("java.class.path");
    }
}
