package org.claimeval.convert;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;

/**
 * The gold as token BIO for sequence taggers ({@link TokenLabels}): one {@code token<TAB>tag} line a token, a
 * blank line after each paragraph (a line of the text), and each document opened by {@code -DOCSTART- <doc>}
 * as CoNLL files do. One file, {@code <dataset>.conll}.
 */
public final class ConllExporter {
    public void write(Dataset dataset, Path dir) throws IOException {
        try (Writer out = Files.newBufferedWriter(dir.resolve(dataset.name() + ".conll"), StandardCharsets.UTF_8)) {
            for (Document d : dataset.documents()) {
                out.write("-DOCSTART- " + d.id() + "\n\n");
                TokenLabels tokens = TokenLabels.of(d, dataset.gold(d.id()));
                String text = d.text();
                int previousEnd = 0;
                for (int k = 0; k < tokens.tokens().size(); k++) {
                    var token = tokens.tokens().get(k);
                    int start = d.toCharIndex(token.start());
                    if (k > 0 && text.substring(previousEnd, start).contains("\n")) {
                        out.write("\n");
                    }
                    out.write(token.text() + "\t" + tokens.bio(k) + "\n");
                    previousEnd = d.toCharIndex(token.end());
                }
                out.write("\n");
            }
        }
    }
}
