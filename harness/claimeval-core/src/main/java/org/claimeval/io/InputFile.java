package org.claimeval.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens a file a user named (a predictions file, a baseline report, a gold folder's file, a README to update).
 * Only a regular file is read: {@code /dev/zero}, a FIFO or a terminal would be read forever or block, so they
 * are refused before opening, whatever the option, as are links leading out of their folder (see
 * {@link #requireRegular}); a whole-file read is also capped in size.
 */
public final class InputFile {
    /** Far beyond any report, registry or gold file. */
    public static final long MAX_WHOLE_FILE_BYTES = 64L * 1024 * 1024;

    private static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/proc"), Path.of("/sys"), Path.of("/dev"));

    private InputFile() {
    }

    /**
     * @throws NoSuchFileException when it does not exist
     * @throws IOException         saying why otherwise (not a regular file, unreadable)
     */
    public static InputStream open(Path file) throws IOException {
        requireRegular(file);
        return Files.newInputStream(file);
    }

    /** The whole file, when it is a regular file of at most {@link #MAX_WHOLE_FILE_BYTES}. */
    public static byte[] readAll(Path file) throws IOException {
        try (InputStream in = open(file)) {
            byte[] bytes = in.readNBytes((int) MAX_WHOLE_FILE_BYTES + 1);
            if (bytes.length > MAX_WHOLE_FILE_BYTES) {
                throw new IOException("larger than " + MAX_WHOLE_FILE_BYTES / (1024 * 1024) + " MB");
            }
            return bytes;
        }
    }

    /**
     * Refuses anything but an existing regular file. A link is followed only within its own folder: a
     * predictions file from a pull request may be a link to {@code /proc/self/environ} or to a key in the home
     * folder, whose first bytes a parse error would quote. Files of the running system ({@code /proc},
     * {@code /sys}, {@code /dev}) are never read, however they are named.
     */
    public static void requireRegular(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(Files.isDirectory(file) ? "is a folder, not a file"
                    : "is not a regular file (a device or a pipe is never read)");
        }
        Path real = file.toRealPath();
        if (SYSTEM_FOLDERS.stream().anyMatch(real::startsWith)) {
            throw new IOException("is a file of the running system (" + real + "), never read as input");
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder != null && !real.startsWith(folder.toRealPath())) {
            throw new IOException("is a link that leads outside its folder (to " + real + "); name the file itself");
        }
    }
}
