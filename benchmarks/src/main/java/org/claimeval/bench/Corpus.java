package org.claimeval.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.Problem;
import org.claimeval.spi.ExtractionContext;

/**
 * The input of every extraction benchmark and of {@code claimeval bench}: the one way a corpus is built.
 *
 * <p>A corpus is named by a spec {@code SOURCE[@N]}: SOURCE is {@code articles} (the bundled dataset), a dataset
 * folder (it has a {@code manifest.json}) or a folder of {@code .txt} files ({@link TextFolder}); {@code @N}
 * repeats whole documents until the corpus holds at least N MB (10^6 bytes of UTF-8), each pass over the
 * documents in its own seeded shuffled order, so that no extractor can profit from seeing the same document
 * right after itself. {@code 1mb} and {@code 10mb} are short for {@code articles@1} and {@code articles@10}.
 *
 * <p>A larger corpus is <em>many documents</em> (copies under new ids, {@code <id>~<copy>}), not one long
 * document: extractors work a document at a time and real corpora are many news articles.
 *
 * @param name      the spec it was built from
 * @param documents the documents, in order
 * @param utf8Bytes UTF-8 bytes of all document texts: the MB in MB/s
 * @param dataset   the dataset the documents come from, or the bundled one for a folder of text files (which
 *                  has neither registry nor gold): {@link #context()} comes from it
 */
public record Corpus(String name, List<Document> documents, long utf8Bytes, Dataset dataset) {
    public static final String ARTICLES = "articles";
    public static final String ONE_MB = "1mb";
    public static final String TEN_MB = "10mb";
    /** 10^6 bytes: throughput is reported in decimal megabytes per second. */
    public static final double MEGABYTE = 1_000_000.0;
    /** The shuffle's seed: fixed, so the same spec gives the same corpus on every run and machine. */
    static final long SHUFFLE_SEED = 15;

    public Corpus {
        documents = List.copyOf(documents);
    }

    /**
     * The corpus a spec names.
     *
     * @throws BadInputException when the folder is missing, empty, or holds a file that is not UTF-8 text
     */
    public static Corpus load(String spec) throws BadInputException {
        String source = spec;
        double megabytes = 0;
        int at = spec.lastIndexOf('@');
        if (spec.equals(ONE_MB) || spec.equals(TEN_MB)) {
            source = ARTICLES;
            megabytes = spec.equals(ONE_MB) ? 1 : 10;
        } else if (at >= 0) {
            source = spec.substring(0, at);
            megabytes = parseMegabytes(spec.substring(at + 1));
        }
        Dataset dataset;
        List<Document> documents;
        if (source.equals(ARTICLES)) {
            dataset = bundledDataset();
            documents = dataset.documents();
        } else {
            Path folder = Path.of(source);
            if (!Files.isDirectory(folder)) {
                throw new BadInputException(new Problem(source, 0, null, "--corpus",
                        "no such folder (give a dataset folder or a folder of .txt files)"));
            }
            if (Files.isRegularFile(folder.resolve("manifest.json"))) {
                dataset = DatasetLoader.load(folder);
                documents = dataset.documents();
            } else {
                dataset = bundledDataset();
                documents = TextFolder.read(folder);
            }
        }
        return repeated(spec, documents, Math.round(megabytes * MEGABYTE), dataset);
    }

    private static double parseMegabytes(String text) throws BadInputException {
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && value <= 1000) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new BadInputException(new Problem("command line", 0, null, "--megabytes",
                "expected a number of MB above 0 and at most 1000, got \"" + text + "\""));
    }

    /** The corpus a {@code corpus} parameter names; the benchmarks' own parameters are always valid. */
    public static Corpus named(String spec) {
        try {
            return load(spec);
        } catch (BadInputException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * The documents as they are when {@code minBytes} is 0; otherwise whole passes over them, each in a seeded
     * shuffled order, until at least {@code minBytes} (so a corpus is slightly over its size).
     */
    static Corpus repeated(String name, List<Document> originals, long minBytes, Dataset dataset) {
        long passBytes = 0;
        for (Document d : originals) {
            passBytes += d.text().getBytes(StandardCharsets.UTF_8).length;
        }
        List<Document> out = new ArrayList<>(originals);
        long bytes = passBytes;
        Random random = new Random(SHUFFLE_SEED);
        for (int copy = 1; bytes < minBytes && passBytes > 0; copy++) {
            List<Document> pass = new ArrayList<>(originals);
            Collections.shuffle(pass, random);
            for (Document d : pass) {
                out.add(new Document(d.id() + "~" + copy, d.text()));
            }
            bytes += passBytes;
        }
        return new Corpus(name, out, bytes, dataset);
    }

    /** The bundled dataset; it is valid by construction, so a failure to load it is a broken build. */
    public static Dataset bundledDataset() {
        try {
            return DatasetLoader.bundled();
        } catch (BadInputException e) {
            throw new IllegalStateException("the bundled dataset does not load: " + e.getMessage(), e);
        }
    }

    /**
     * What an extractor's {@code prepare} gets: the dataset's registry, and its documents and gold to train on
     * (as the existing benchmarks always did: a learning extractor is measured once trained, not scored).
     */
    public ExtractionContext context() {
        return new ExtractionContext(dataset.claimants(), dataset.documents(), dataset.gold());
    }

    public double megabytes() {
        return utf8Bytes / MEGABYTE;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %d documents, %d UTF-8 bytes", name, documents.size(), utf8Bytes);
    }
}
