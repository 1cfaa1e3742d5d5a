package org.claimeval.extract;

import org.claimeval.spi.ClaimExtractor;
import java.nio.file.Path;
import java.util.List;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;

/**
 * A predictions file seen as an extractor, so that the runner, scorer and reports treat all four ways of
 * plugging in an extractor alike. Name: the file's base name without {@code .jsonl}/{@code .json}; version:
 * {@code sha256:} and the first 12 hex digits of the file's digest, so a signature pins the exact file.
 */
public final class PredictionsExtractor implements RejectingExtractor {
    private final String name;
    private final Predictions predictions;

    public PredictionsExtractor(String name, Predictions predictions) {
        this.name = name;
        this.predictions = predictions;
    }

    /** Reads the file against the dataset (see {@link PredictionsReader}). */
    public static PredictionsExtractor read(Path file, Dataset dataset, boolean lenient) throws BadInputException {
        return new PredictionsExtractor(baseName(file), new PredictionsReader(dataset, lenient).read(file));
    }

    static String baseName(Path file) {
        Path fileName = file.getFileName();
        String base = fileName == null ? file.toString() : fileName.toString();
        for (String extension : List.of(".jsonl", ".ndjson", ".json")) {
            if (base.endsWith(extension) && base.length() > extension.length()) {
                return base.substring(0, base.length() - extension.length());
            }
        }
        return base;
    }

    public Predictions predictions() {
        return predictions;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String version() {
        return "sha256:" + predictions.sha256().substring(0, 12);
    }

    @Override
    public Extracted extractAll(Document document) {
        return new Extracted(predictions.claims(document.id()), predictions.rejected(document.id()));
    }
}
