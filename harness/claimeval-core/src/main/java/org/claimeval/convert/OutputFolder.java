package org.claimeval.convert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Problem;

/**
 * A folder of output written whole or not at all: the files go into a temporary folder beside the target,
 * which is moved into place at the end, so a failure leaves nothing behind. An existing target must be an
 * empty folder (a user's files are never overwritten).
 */
public final class OutputFolder {

    /** Writes the files of one output into the folder it is given. */
    @FunctionalInterface
    public interface Contents {
        void writeInto(Path dir) throws IOException;
    }

    private OutputFolder() {
    }

    public static void write(Path target, Contents contents) throws BadInputException, IOException {
        Path absolute = target.toAbsolutePath().normalize();
        refuseNonEmpty(absolute);
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".");
        try {
            contents.writeInto(temp);
            Files.deleteIfExists(absolute); // an empty folder the user made for us
            Files.move(temp, absolute);
        } finally {
            deleteTree(temp);
        }
    }

    private static void refuseNonEmpty(Path target) throws BadInputException, IOException {
        if (!Files.exists(target)) {
            return;
        }
        boolean empty = false;
        if (Files.isDirectory(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                empty = entries.findAny().isEmpty();
            }
        }
        if (!empty) {
            throw new BadInputException(new Problem(target.toString(), 0, null, "-o",
                    "exists and is not an empty folder; name a new folder"));
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
