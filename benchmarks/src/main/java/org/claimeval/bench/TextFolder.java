package org.claimeval.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimeval.dataset.ProblemCollector;
import org.claimeval.dataset.Seeds;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Document;
import org.claimeval.model.Problem;

/**
 * A folder of {@code .txt} files as benchmark documents, one document per file, in file-name order; the id is
 * the file name without {@code .txt}. Files must be UTF-8 (a byte-order mark is dropped); line ends are
 * normalised to {@code \n}, as a throughput corpus need not keep offsets to anyone's annotations. Only the
 * folder's own files are read, never a sub-folder or a link leaving it.
 */
final class TextFolder {
    /** Far beyond any article: a larger file is not a news article and would only exhaust the heap. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private TextFolder() {
    }

    static List<Document> read(Path folder) throws BadInputException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .sorted().toList();
        } catch (IOException e) {
            throw problem(folder, 0, "cannot list the folder: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw problem(folder, 0, "holds no .txt file and no manifest.json: nothing to benchmark");
        }
        List<Document> documents = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            documents.add(new Document(name.substring(0, name.length() - ".txt".length()), text(file)));
        }
        return documents;
    }

    static String text(Path file) throws BadInputException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw problem(file, 0, "is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw problem(file, 0, "cannot be read: " + e.getMessage());
        }
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        // Offsets into these texts are nobody's annotations, so a byte-order mark (which Seeds refuses) can go.
        byte[] content = bom ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
        ProblemCollector problems = new ProblemCollector();
        Optional<String> text = Seeds.decode(file.toString(), content, problems);
        problems.throwIfAny();
        return text.orElseThrow().replace("\r\n", "\n").replace('\r', '\n');
    }

    private static BadInputException problem(Path file, int line, String message) {
        return new BadInputException(new Problem(file.toString(), line, null, null, message));
    }
}
