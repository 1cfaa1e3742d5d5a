package org.claimeval.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimeval.bench.BenchResult;
import org.claimeval.leaderboard.Entry;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Problem;

/**
 * Documents per second from a {@code claimeval bench} result instead of the leaderboard's own run: JMH's
 * one-thread figure is measured after warm-up on a quiet machine, where a leaderboard run of five documents, on
 * cores shared with the other systems, mostly measures warm-up.
 */
final class BenchSpeeds {
    private BenchSpeeds() {
    }

    /** The entries, each extractor the result measured with its one-thread documents/s. */
    static List<Entry> apply(Path file, List<Entry> entries) throws BadInputException {
        BenchResult result;
        try {
            result = BenchResult.read(file);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(new Problem(file.toString(), 0, null, "--speed",
                    "not a claimeval bench result: " + e.getMessage()));
        }
        Map<String, Double> speeds = new HashMap<>();
        for (BenchResult.ExtractorFigures x : result.extractors()) {
            x.threads(1).ifPresent(t -> speeds.put(x.name(), t.documentsPerSecond()));
        }
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            Double measured = speeds.get(e.overlap().extractor().name());
            out.add(measured == null ? e : new Entry(e.label(), e.overlap(), e.exact(), measured));
        }
        return out;
    }
}
