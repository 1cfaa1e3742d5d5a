package org.claimeval.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.extract.PredictionsWriter;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;

/** Predictions files built from the bundled gold: a perfect system and one that misses every other claim. */
final class ComparePredictionsFixture {
    private ComparePredictionsFixture() {
    }

    /** The bundled gold claims as predictions: scores exactly 1.0. */
    static Path perfect(Path dir) throws Exception {
        return write(dir.resolve("perfect.jsonl"), false);
    }

    /** Every second gold claim of each document (the 1st, 3rd, ...): precision 1, recall about one half. */
    static Path halfMissing(Path dir) throws Exception {
        return write(dir.resolve("half.jsonl"), true);
    }

    private static Path write(Path file, boolean dropEveryOther) throws Exception {
        Dataset data = DatasetLoader.bundled();
        Map<String, List<Claim>> claims = new TreeMap<>();
        for (var doc : data.documents()) {
            List<Claim> kept = new ArrayList<>();
            List<Claim> gold = data.gold(doc.id());
            for (int i = 0; i < gold.size(); i++) {
                if (!dropEveryOther || i % 2 == 0) {
                    kept.add(gold.get(i));
                }
            }
            claims.put(doc.id(), kept);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            PredictionsWriter.write(claims, w);
        } catch (IOException e) {
            throw e;
        }
        return file;
    }
}
