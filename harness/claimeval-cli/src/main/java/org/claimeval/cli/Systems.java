package org.claimeval.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.claimeval.extract.ExtractionRunner;
import org.claimeval.leaderboard.Entry;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Dataset;
import org.claimeval.pipeline.Evaluation;
import org.claimeval.pipeline.Extraction;
import org.claimeval.pipeline.ExtractorSpec;
import org.claimeval.report.ScoreReport;
import org.claimeval.score.MatchConfig;
import org.claimeval.score.ScoreConfig;
import org.claimeval.score.Subset;

/**
 * The systems of {@code leaderboard} and {@code compare}: {@code [LABEL=]SPEC} where SPEC is a built-in or SPI
 * name, {@code jar:PATH#NAME}, {@code cmd:COMMAND} or a {@code .jsonl} predictions file, run the way
 * {@code compare} runs them (an extractor that learns leave-one-document-out) and scored under overlap@0.5 and
 * exact matching.
 */
final class Systems {
    /** A label is a plain word before the first {@code =}; a spec such as {@code cmd:x --a=1} has none. */
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_.@+-]+");

    private Systems() {
    }

    /** @param label null to name the row after the extractor */
    record Labeled(String label, ExtractorSpec spec) {
    }

    static Labeled parse(String text, String option) throws BadInputException {
        int eq = text.indexOf('=');
        if (eq > 0 && LABEL.matcher(text.substring(0, eq)).matches() && !text.startsWith("cmd:")
                && !text.startsWith("jar:")) {
            return new Labeled(text.substring(0, eq), ExtractorSpec.parse(text.substring(eq + 1), option));
        }
        return new Labeled(null, ExtractorSpec.parse(text, option));
    }

    /**
     * Runs and scores every system on a pool of {@code jobs} threads (extractors are independent: each system
     * gets its own instances and processes); entries come back in the order given, whatever order they finish in.
     */
    static List<Entry> run(List<Labeled> systems, Dataset data, ExtractionRunner.Options options, int jobs)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, systems.size())));
        try {
            List<Future<Entry>> futures = new ArrayList<>();
            for (Labeled system : systems) {
                futures.add(pool.submit(() -> entry(system, data, options)));
            }
            List<Entry> entries = new ArrayList<>();
            for (Future<Entry> f : futures) {
                try {
                    entries.add(f.get());
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
            return distinctLabels(entries);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Entry entry(Labeled system, Dataset data, ExtractionRunner.Options options) throws Exception {
        Extraction extraction = CompareCommand.extract(system.spec(), data, options);
        ScoreReport overlap = Evaluation.score(extraction, data,
                new ScoreConfig(MatchConfig.overlap(MatchConfig.DEFAULT_IOU), Subset.ALL), options, false);
        ScoreReport exact = Evaluation.score(extraction, data, new ScoreConfig(MatchConfig.exact(), Subset.ALL), options,
                false);
        // Extraction proper: preparation (loading models, training a fold) is a one-off cost, not throughput.
        long nanos = extraction.result().elapsedNanos() - extraction.result().prepareNanos();
        double documentsPerSecond = system.spec() instanceof ExtractorSpec.PredictionsFile || nanos <= 0 ? Double.NaN
                : data.documents().size() / (nanos / 1e9);
        String label = system.label() != null ? system.label() : overlap.extractor().toString();
        return new Entry(label, overlap, exact, documentsPerSecond);
    }

    /** The same label twice (two files of one name) gets {@code #2}, {@code #3}, ... in the order given. */
    private static List<Entry> distinctLabels(List<Entry> entries) {
        Map<String, Integer> seen = new HashMap<>();
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            int n = seen.merge(e.label(), 1, Integer::sum);
            out.add(n == 1 ? e : new Entry(e.label() + "#" + n, e.overlap(), e.exact(), e.documentsPerSecond()));
        }
        return out;
    }
}
