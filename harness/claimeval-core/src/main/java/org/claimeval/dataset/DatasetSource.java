package org.claimeval.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a dataset's files come from: a folder on disk or the copy bundled on the classpath. Paths are relative
 * to the dataset folder ({@code manifest.json}, {@code gold/x.json}, {@code ../seeds/x.txt}), so the manifest's
 * seed paths mean the same thing in both places.
 */
public sealed interface DatasetSource {

    /** The bytes of a file; {@link NoSuchFileException} when it does not exist. */
    byte[] read(String relativePath) throws IOException;

    /** How problems name the file: the path a user can open, or {@code classpath:...}. */
    String displayName(String relativePath);

    /** The names of the {@code .json} files in a sub-folder, sorted; empty when the source cannot list. */
    List<String> listJson(String folder) throws IOException;

    static DatasetSource directory(Path dir) {
        return new Directory(dir);
    }

    /** The dataset packed into the jar under {@code bundled/dataset/}, seeds under {@code bundled/seeds/}. */
    static DatasetSource bundled() {
        return new Classpath("bundled/dataset/");
    }

    /** The JSON Schemas shipped in claimeval-core under {@code org/claimeval/dataset/schema/}. */
    static DatasetSource shippedSchemas() {
        return new Classpath("org/claimeval/dataset/");
    }

    record Directory(Path root) implements DatasetSource {
        /**
         * Far beyond any article or gold file. A manifest is user input: a seed path naming {@code /dev/zero}, a
         * pipe or a disk image must give a located problem, not read forever or exhaust the heap.
         */
        static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

        @Override
        public byte[] read(String relativePath) throws IOException {
            Path file = root.resolve(relativePath).normalize();
            long size = Files.size(file); // NoSuchFileException when missing, as before
            if (!Files.isRegularFile(file)) {
                throw new IOException("not a regular file");
            }
            if (size > MAX_FILE_BYTES) {
                throw new IOException("larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB (" + size + " bytes)");
            }
            return Files.readAllBytes(file);
        }

        @Override
        public String displayName(String relativePath) {
            return root.resolve(relativePath).normalize().toString();
        }

        @Override
        public List<String> listJson(String folder) throws IOException {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
            }
        }
    }

    record Classpath(String prefix) implements DatasetSource {
        @Override
        public byte[] read(String relativePath) throws IOException {
            String name = resourceName(relativePath);
            try (InputStream in = DatasetSource.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new NoSuchFileException(displayName(relativePath));
                }
                return in.readAllBytes();
            }
        }

        @Override
        public String displayName(String relativePath) {
            try {
                return "classpath:" + resourceName(relativePath);
            } catch (IOException e) {
                return "classpath:" + prefix + relativePath;
            }
        }

        /** Classpath resources cannot be listed portably; the manifest names the gold files instead. */
        @Override
        public List<String> listJson(String folder) {
            return List.of();
        }

        /** Resolves {@code ../seeds/x.txt} against the prefix the way a file system would. */
        private String resourceName(String relativePath) throws IOException {
            try {
                String resolved = new URI(null, null, prefix, null).resolve(new URI(null, null, relativePath, null)).getPath();
                if (resolved.startsWith("../") || resolved.startsWith("/")) {
                    throw new NoSuchFileException(relativePath, null, "leaves the bundled resources");
                }
                return resolved;
            } catch (URISyntaxException e) {
                throw new NoSuchFileException(relativePath, null, "not a valid relative path");
            }
        }
    }
}
