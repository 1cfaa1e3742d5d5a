package org.claimeval.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads files that a folder from a pull request names (a dataset's manifest and seeds, a brat corpus's
 * {@code .txt} and {@code .ann} files), and only when they really lie inside that folder. A path is judged by
 * its real path, after {@code ..} and every symbolic link are resolved, so a link to {@code /proc/self/environ}
 * or to a user's key is refused before it is opened, as are devices, FIFOs and files too large to be an article
 * or its annotation.
 *
 * @param what  how messages name the folders ("the dataset folder")
 * @param roots the real paths of the folders a file may lie in (see {@link #of})
 */
public record ConfinedFiles(String what, List<Path> roots) {
    /** Far beyond any article, annotation or gold file; a larger file is an attack or a mistake. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    public ConfinedFiles {
        roots = List.copyOf(roots);
    }

    /** Files inside {@code folder} only; the folder itself may be reached through a link. */
    public static ConfinedFiles of(String what, Path folder) throws IOException {
        return new ConfinedFiles(what, List.of(folder.toRealPath()));
    }

    /**
     * The real path of {@code file}, once it is known to be a regular file inside one of the roots.
     *
     * @throws NoSuchFileException when it does not exist
     * @throws IOException         saying why it is refused otherwise
     */
    public Path confined(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        Path real = file.toRealPath();
        if (roots.stream().noneMatch(real::startsWith)) {
            throw new IOException("leads outside " + what + " (to " + real + "); only files inside are read");
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("is not a regular file (a folder, a device or a pipe is never read)");
        }
        return real;
    }

    /** Whether {@code file} exists and would be read, without saying why not. */
    public boolean isReadable(Path file) {
        try {
            confined(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The bytes of {@code file}, read from its confined real path and bounded even if it grows meanwhile. */
    public byte[] read(Path file) throws IOException {
        Path real = confined(file);
        long size = Files.size(real);
        if (size > MAX_FILE_BYTES) {
            throw new IOException("larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB (" + size + " bytes)");
        }
        try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new IOException("larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            return bytes;
        }
    }
}
