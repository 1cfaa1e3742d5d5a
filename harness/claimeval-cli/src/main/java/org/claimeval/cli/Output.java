package org.claimeval.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Problem;

/**
 * Every file claimeval writes ({@code -o}, {@code --junit}, {@code --markdown}, {@code --readme},
 * {@code --write-baselines}, ...) goes through here, written the way a careful Unix tool writes:
 * <ul>
 *   <li>{@link #check} runs before any work: a missing folder, a folder given as the file, an unwritable
 *       place or a name too long is exit 2 then, not an internal error after a long run;</li>
 *   <li>a regular file is replaced atomically: the text goes to a temporary file in the same folder, then is
 *       renamed over it, so a reader never sees half a report and a failure leaves the old file;</li>
 *   <li>the new file gets the permissions the umask gives (or those of the file it replaces), never the 0600
 *       of a temporary file;</li>
 *   <li>a symbolic link is followed: its target is replaced, the link stays;</li>
 *   <li>a device, a FIFO or {@code /dev/stdout} is written in place (it cannot be renamed over);</li>
 *   <li>a temporary file is removed even when claimeval is stopped (SIGINT, SIGTERM) while writing.</li>
 * </ul>
 */
final class Output {
    /** Longest file name most file systems take, in bytes. */
    private static final int MAX_NAME_BYTES = 255;
    private static final Set<Path> TEMPORARY = ConcurrentHashMap.newKeySet();

    static {
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TEMPORARY.forEach(Output::deleteQuietly),
                    "claimeval-remove-temporary-files"));
        } catch (IllegalStateException e) {
            // First used while the JVM is already stopping (SIGTERM during a run): write() still removes its own.
        }
    }

    private Output() {
    }

    /**
     * Checks that a file can be written at {@code file}, before any work is done.
     *
     * @param option how the user named it ({@code -o}), for the message
     */
    static void check(Path file, String option) throws BadInputException {
        if (file == null) {
            return;
        }
        if (writesInPlace(file)) {
            if (!Files.isWritable(file)) {
                throw problem(file, option, "cannot be written");
            }
            return;
        }
        if (Files.isDirectory(file)) {
            throw problem(file, option, "is a folder; give a file name");
        }
        Path target = target(file);
        Path name = target.getFileName();
        if (name == null || name.toString().getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            throw problem(file, option, "the file name is longer than " + MAX_NAME_BYTES + " bytes");
        }
        Path dir = folder(target);
        if (!Files.isDirectory(dir)) {
            throw problem(file, option, "the folder " + dir + " does not exist");
        }
        try {
            Path probe = createTemporary(dir);
            deleteQuietly(probe);
            TEMPORARY.remove(probe);
        } catch (IOException e) {
            throw problem(file, option, "cannot write in the folder " + dir + ": " + reason(e));
        }
    }

    /** Writes to the file, or to standard output when {@code file} is null. */
    static void write(String text, Path file, PrintWriter stdout) throws IOException {
        if (file == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (writesInPlace(file)) {
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                out.write(bytes);
            }
            return;
        }
        Path target = target(file);
        Path temp = createTemporary(folder(target));
        try {
            Files.write(temp, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            deleteQuietly(temp);
            TEMPORARY.remove(temp);
        }
    }

    /**
     * Devices, FIFOs and the {@code /dev/stdout}, {@code /dev/fd/N}, {@code /proc/self/fd/N} names of open
     * descriptors: replacing them by renaming would write to the wrong place or fail.
     */
    private static boolean writesInPlace(Path file) {
        String absolute = file.toAbsolutePath().normalize().toString();
        if (absolute.startsWith("/dev/") || absolute.startsWith("/proc/")) {
            return true;
        }
        return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
    }

    /** The file a link points to (through any chain of links), else the file itself; absolute. */
    private static Path target(Path file) {
        Path current = file.toAbsolutePath();
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(current); hops++) {
            try {
                current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
            } catch (IOException e) {
                break;
            }
        }
        return current;
    }

    private static Path folder(Path absolute) {
        Path dir = absolute.getParent();
        return dir != null ? dir : absolute.getRoot();
    }

    /** Created with the umask's permissions (unlike {@link Files#createTempFile}, always 0600). */
    private static Path createTemporary(Path dir) throws IOException {
        Path temp = dir.resolve(".claimeval-" + UUID.randomUUID() + ".tmp");
        TEMPORARY.add(temp);
        try {
            Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        } catch (IOException e) {
            TEMPORARY.remove(temp);
            throw e;
        }
        return temp;
    }

    /** A regenerated file keeps the permissions it had (a README stays 0644, a script stays executable). */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view != null && Files.isRegularFile(target)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Nothing more to do; the name says what it was.
        }
    }

    private static String reason(IOException e) {
        return e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
    }

    private static BadInputException problem(Path file, String option, String message) {
        return new BadInputException(new Problem(file.toString(), 0, null, option, message));
    }
}
