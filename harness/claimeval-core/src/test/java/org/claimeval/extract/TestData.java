package org.claimeval.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;

/** The five seed articles as a gold-less dataset, and paths to this package's fixtures. */
final class TestData {
    static final String DOC0 = "000_4e2820158f8ac3a8";
    static final String DOC1 = "001_b6f1711b44fb3f20";

    private TestData() {
    }

    static Path repo() {
        return Path.of(System.getProperty("claimeval.repo", "../.."));
    }

    static List<Document> seeds() {
        try (Stream<Path> files = Files.list(repo().resolve("seeds"))) {
            List<Document> docs = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String name = p.getFileName().toString();
                docs.add(new Document(name.substring(0, name.length() - 4), Files.readString(p, StandardCharsets.UTF_8)));
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dataset seedDataset() {
        return dataset(seeds());
    }

    static Dataset dataset(List<Document> docs) {
        return new Dataset("kursk-claims", "1.0.0", docs, ClaimantRegistry.empty(), Map.of(), "0123456789abcdef");
    }

    static Path predictions(String name) {
        return repo().resolve("harness/claimeval-core/src/test/resources/predictions").resolve(name);
    }

    static Path extractors(String name) {
        return repo().resolve("harness/claimeval-core/src/test/resources/extractors").resolve(name);
    }
}
