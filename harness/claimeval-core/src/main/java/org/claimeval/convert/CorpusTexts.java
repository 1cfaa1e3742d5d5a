package org.claimeval.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimeval.dataset.ProblemCollector;
import org.claimeval.dataset.Seeds;
import org.claimeval.io.ConfinedFiles;
import org.claimeval.model.Document;

/** Reading the texts of an annotation tool's corpus: strict UTF-8, and ids a dataset can use. */
public final class CorpusTexts {
    /** The gold and manifest schemas' document id pattern. */
    public static final Pattern DOC_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private CorpusTexts() {
    }

    /** The text of {@code file}, read only when it lies inside {@code folder} (see {@link ConfinedFiles}). */
    public static Optional<Document> read(ConfinedFiles folder, Path file, String docId, ProblemCollector problems) {
        if (!DOC_ID.matcher(docId).matches()) {
            problems.add(file.toString(), 0, null, null, "\"" + docId + "\" cannot be a document id (letters, digits, "
                    + "'.', '_' and '-', starting with a letter or digit): rename the file");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = folder.read(file);
        } catch (IOException e) {
            problems.add(file.toString(), 0, null, null, "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        return Seeds.decode(file.toString(), bytes, problems).map(text -> new Document(docId, text));
    }

    /** Whitespace-insensitive comparison of a tool's span text with the document's: tools flatten newlines. */
    public static boolean sameText(String annotated, String document) {
        return flat(annotated).equals(flat(document));
    }

    private static String flat(String s) {
        return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
