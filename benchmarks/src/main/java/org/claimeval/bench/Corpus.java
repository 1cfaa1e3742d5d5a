package org.claimeval.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;

/**
 * The input of the extraction benchmarks, built from the bundled dataset: the five articles as they are, or
 * the five repeated until the corpus holds about 1 MB or 10 MB of UTF-8 text.
 *
 * <p>A larger corpus is <em>many documents</em> (copies of the articles under new ids, {@code <id>~<copy>}),
 * not one long document: extractors and the harness work a document at a time and real corpora are many news
 * articles, so a 10 MB single document would measure a case nobody runs (and the naive pipeline's sentence
 * detector would then see one huge input). Whole copies are kept, so a corpus is slightly over its size.
 *
 * @param name      the {@code corpus} parameter value
 * @param documents the documents, in order
 * @param utf8Bytes UTF-8 bytes of all document texts: the MB in MB/s
 */
public record Corpus(String name, List<Document> documents, long utf8Bytes) {
    public static final String ARTICLES = "articles";
    public static final String ONE_MB = "1mb";
    public static final String TEN_MB = "10mb";
    /** 10^6 bytes: throughput is reported in decimal megabytes per second. */
    public static final double MEGABYTE = 1_000_000.0;

    public Corpus {
        documents = List.copyOf(documents);
    }

    /** The corpus a {@code corpus} parameter names. */
    public static Corpus named(String name) {
        Dataset dataset = bundledDataset();
        return switch (name) {
            case ARTICLES -> repeated(name, dataset.documents(), 0);
            case ONE_MB -> repeated(name, dataset.documents(), 1_000_000);
            case TEN_MB -> repeated(name, dataset.documents(), 10_000_000);
            default -> throw new IllegalArgumentException("unknown corpus \"" + name + "\"; known: "
                    + String.join(", ", ARTICLES, ONE_MB, TEN_MB));
        };
    }

    /** Whole passes over the articles until at least {@code minBytes} (at least one pass). */
    static Corpus repeated(String name, List<Document> articles, long minBytes) {
        List<Document> out = new ArrayList<>();
        long bytes = 0;
        for (int copy = 0; copy == 0 || bytes < minBytes; copy++) {
            for (Document d : articles) {
                String id = copy == 0 ? d.id() : d.id() + "~" + copy;
                out.add(new Document(id, d.text()));
                bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return new Corpus(name, out, bytes);
    }

    /** The bundled dataset; it is valid by construction, so a failure to load it is a broken build. */
    public static Dataset bundledDataset() {
        try {
            return DatasetLoader.bundled();
        } catch (BadInputException e) {
            throw new IllegalStateException("the bundled dataset does not load: " + e.getMessage(), e);
        }
    }

    public double megabytes() {
        return utf8Bytes / MEGABYTE;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %d documents, %d UTF-8 bytes", name, documents.size(), utf8Bytes);
    }
}
