package org.claimeval.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            int at = buffer.position();
            throw problem(file, lineAt(bytes, at), "is not UTF-8 text (bad byte near offset " + at + ")");
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, bytes.length); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static BadInputException problem(Path file, int line, String message) {
        return new BadInputException(new Problem(file.toString(), line, null, null, message));
    }
}
