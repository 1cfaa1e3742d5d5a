package org.claimeval.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens a file a user named (a predictions file, a baseline report, a gold folder's file, a README to update).
 * Only a regular file is read: {@code /dev/zero}, a FIFO or a terminal would be read forever or block, so they
 * are refused before opening, whatever the option; a whole-file read is also capped in size.
 */
public final class InputFile {
    /** Far beyond any report, registry or gold file. */
    public static final long MAX_WHOLE_FILE_BYTES = 64L * 1024 * 1024;

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

    /** Refuses anything but an existing regular file (links are followed). */
    public static void requireRegular(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(Files.isDirectory(file) ? "is a folder, not a file"
                    : "is not a regular file (a device or a pipe is never read)");
        }
    }
}
