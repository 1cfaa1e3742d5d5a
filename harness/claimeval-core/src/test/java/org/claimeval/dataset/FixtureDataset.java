package org.claimeval.dataset;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimeval.model.Problem;

/**
 * A writable copy of the valid fixture dataset (test resources {@code datasets/valid}): {@code dataset/} with
 * manifest, claimants and gold for documents e01 and e02, and {@code seeds/}. Each bad-input test breaks one
 * thing in its copy and checks the problem that names it.
 */
final class FixtureDataset {
    final Path root;
    final Path dataset;

    private FixtureDataset(Path root) {
        this.root = root;
        this.dataset = root.resolve("dataset");
    }

    static Path validFixture() {
        try {
            return Path.of(FixtureDataset.class.getResource("/datasets/valid").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static FixtureDataset copyInto(Path tempDir) {
        Path source = validFixture();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path target = tempDir.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FixtureDataset(tempDir);
    }

    /** Replaces the first occurrence of {@code from} in a file under dataset/ (or ../seeds/). */
    FixtureDataset replace(String relative, String from, String to) {
        Path file = dataset.resolve(relative).normalize();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int at = text.indexOf(from);
            assertTrue(at >= 0, "fixture " + relative + " does not contain " + from);
            Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    FixtureDataset write(String relative, byte[] bytes) {
        try {
            Files.write(dataset.resolve(relative).normalize(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    byte[] read(String relative) {
        try {
            return Files.readAllBytes(dataset.resolve(relative).normalize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String file(String relative) {
        return dataset.resolve(relative).normalize().toString();
    }

    List<Problem> validate() {
        return Validator.validate(dataset);
    }
}
