package org.claimeval.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimeval.io.ConfinedFiles;

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

    /**
     * A folder on disk. Every file it reads (manifest, claimants, gold, the seeds the manifest names) must be a
     * regular file whose real path, after {@code ..} and every symbolic link are resolved, lies inside the
     * dataset folder or inside the {@code seeds/} folder beside it (the project's own layout:
     * {@code dataset/manifest.json} names {@code ../seeds/x.txt}); that folder counts only when it is a real
     * folder, not a link to elsewhere. The manifest comes from a pull request, so an absolute path, an escape
     * with {@code ..}, a link to {@code /proc/self/environ}, a device or a FIFO is refused before it is opened.
     *
     * @param root the dataset folder (with {@code manifest.json})
     */
    record Directory(Path root) implements DatasetSource {
        @Override
        public byte[] read(String relativePath) throws IOException {
            if (relativePath.isEmpty() || Path.of(relativePath).isAbsolute()) {
                throw new IOException("is not a path relative to the dataset folder");
            }
            return allowedFolders().read(root.resolve(relativePath).normalize()); // NoSuchFileException when missing
        }

        /** The dataset folder and, when it is a real folder and not a link to elsewhere, seeds/ beside it. */
        private ConfinedFiles allowedFolders() throws IOException {
            Path dataset = root.toRealPath();
            Path seeds = dataset.getParent() == null ? null : dataset.getParent().resolve("seeds");
            return new ConfinedFiles("the dataset folder or the seeds/ folder beside it",
                    seeds != null && Files.isDirectory(seeds, LinkOption.NOFOLLOW_LINKS)
                    ? List.of(dataset, seeds) : List.of(dataset));
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

    /**
     * A dataset packed as class-path resources.
     *
     * @param prefix the resource folder of the dataset, ending in a slash ({@code bundled/dataset/})
     */
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
