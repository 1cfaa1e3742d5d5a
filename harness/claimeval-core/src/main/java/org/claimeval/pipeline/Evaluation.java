package org.claimeval.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.claimeval.extract.DocumentFailure;
import org.claimeval.extract.ExtractionResult;
import org.claimeval.extract.ExtractionRunner;
import org.claimeval.extract.ExtractorFailure;
import org.claimeval.extract.PredictionsExtractor;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.report.ScoreReport;
import org.claimeval.score.ScoreConfig;
import org.claimeval.score.Scorer;
import org.claimeval.score.Scores;
import org.claimeval.spi.ClaimExtractor;
import org.claimeval.spi.ExtractionContext;

/**
 * One extractor run over a dataset, then scored: the pipeline behind the {@code score}, {@code gate},
 * {@code crossval}, {@code compare} and {@code leaderboard} commands, usable from Java.
 *
 * <p>Two steps, so one extraction can be scored under several configurations: {@link #extract} (or
 * {@link #crossValidate}) runs the extractor, {@link #score} scores what it produced. {@link #run} does both.
 * The extractor is closed after the run when it is {@link AutoCloseable}.
 */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * Runs an extractor over every document of a dataset.
     *
     * @param spec    the extractor
     * @param dataset the documents to extract
     * @param context what the extractor may use besides the text: {@link #context(Dataset)} for none,
     *                {@link #context(Dataset, Dataset)} to let a learning extractor train on other documents
     * @param options threads, timeout and fail-fast
     * @param lenient skip bad prediction lines (a predictions file) instead of failing
     * @return the claims, with the documents the extractor failed on
     * @throws BadInputException when the spec or a predictions file is bad
     * @throws ExtractorFailure  when the extractor cannot be loaded or started
     * @throws IOException       when a file cannot be read
     */
    public static Extraction extract(ExtractorSpec spec, Dataset dataset, ExtractionContext context,
                                     ExtractionRunner.Options options, boolean lenient)
            throws BadInputException, ExtractorFailure, IOException {
        ClaimExtractor extractor = spec.open(dataset, options.timeout(), lenient);
        try {
            ExtractionResult result = new ExtractionRunner(options).run(extractor, context, dataset.documents());
            return new Extraction(spec, new ScoreReport.ExtractorId(extractor.name(), extractor.version()), result,
                    extractor instanceof PredictionsExtractor p ? p : null, lenient);
        } finally {
            if (extractor instanceof AutoCloseable closeable) {
                closeQuietly(closeable);
            }
        }
    }

    /**
     * Extracts and scores in one step: a plain run over every document of the dataset.
     *
     * @param spec       the extractor
     * @param dataset    the documents and their gold claims
     * @param context    see {@link #extract}
     * @param options    threads, timeout and fail-fast
     * @param lenient    skip bad prediction lines instead of failing
     * @param config     how predictions are matched to gold claims and which gold claims count
     * @param withTiming report how long each phase took (reports then differ between identical runs)
     * @return the report
     * @throws BadInputException when the spec or a predictions file is bad
     * @throws ExtractorFailure  when the extractor cannot be loaded or started
     * @throws IOException       when a file cannot be read
     */
    public static ScoreReport run(ExtractorSpec spec, Dataset dataset, ExtractionContext context,
                                  ExtractionRunner.Options options, boolean lenient, ScoreConfig config,
                                  boolean withTiming) throws BadInputException, ExtractorFailure, IOException {
        return score(extract(spec, dataset, context, options, lenient), dataset, config, options, withTiming);
    }

    /**
     * Leave-one-document-out cross-validation: for each document, a fresh extractor prepared with the other
     * documents (and their gold) as training data extracts that document alone; the folds' claims are pooled.
     * Rule-based extractors ignore the training data, so for them this equals a plain run. The extractor's
     * version is reported with {@code +loocv}.
     *
     * @param spec    the extractor, opened once per fold
     * @param dataset the documents and their gold claims
     * @param options threads, timeout and fail-fast (fail-fast skips the remaining folds)
     * @return the pooled claims of every fold
     * @throws BadInputException when the spec is bad
     * @throws ExtractorFailure  when the extractor cannot be loaded or started
     * @throws IOException       when a file cannot be read
     */
    public static Extraction crossValidate(ExtractorSpec spec, Dataset dataset, ExtractionRunner.Options options)
            throws BadInputException, ExtractorFailure, IOException {
        Map<String, List<Claim>> claims = new LinkedHashMap<>();
        SortedMap<String, DocumentFailure> failures = new TreeMap<>();
        List<String> notRun = new ArrayList<>();
        long prepareNanos = 0;
        long elapsedNanos = 0;
        ScoreReport.ExtractorId id = null;
        for (Document heldOut : dataset.documents()) {
            if (options.failFast() && !failures.isEmpty()) {
                notRun.add(heldOut.id());
                continue;
            }
            List<Document> training = dataset.documents().stream().filter(d -> d != heldOut).toList();
            Map<String, List<Claim>> trainingGold = new HashMap<>();
            training.forEach(d -> trainingGold.put(d.id(), dataset.gold(d.id())));
            ClaimExtractor extractor = spec.open(dataset, options.timeout(), false);
            try {
                ExtractionResult fold = new ExtractionRunner(options).run(extractor,
                        new ExtractionContext(dataset.claimants(), training, trainingGold), List.of(heldOut));
                claims.putAll(fold.claims());
                failures.putAll(fold.failures());
                prepareNanos += fold.prepareNanos();
                elapsedNanos += fold.elapsedNanos();
                id = new ScoreReport.ExtractorId(extractor.name(), extractor.version() + "+loocv");
            } finally {
                if (extractor instanceof AutoCloseable closeable) {
                    closeQuietly(closeable);
                }
            }
        }
        ExtractionResult pooled = new ExtractionResult(id.name(), id.version(), claims, failures, notRun, prepareNanos,
                elapsedNanos);
        return new Extraction(new CrossValidated(spec), id, pooled, null, false);
    }

    /** Reports a cross-validated run as such in the configuration. */
    private record CrossValidated(ExtractorSpec inner) implements ExtractorSpec {
        @Override
        public String source() {
            return inner.source() + "+loocv";
        }

        @Override
        public ClaimExtractor open(Dataset dataset, Duration timeout, boolean lenient)
                throws BadInputException, ExtractorFailure, IOException {
            return inner.open(dataset, timeout, lenient);
        }
    }

    /**
     * Scores an extraction. Documents the extractor failed on are scored as if it predicted nothing there, so a
     * failure can never raise a score; the report lists them.
     *
     * @param extraction what the extractor produced
     * @param dataset    the dataset it was extracted from, with the gold claims
     * @param config     how predictions are matched to gold claims and which gold claims count
     * @param options    the options the extraction ran with (reported, so a run can be repeated)
     * @param withTiming report how long each phase took (reports then differ between identical runs)
     * @return the report, ready for any renderer in {@link org.claimeval.report}
     */
    public static ScoreReport score(Extraction extraction, Dataset dataset, ScoreConfig config,
                                    ExtractionRunner.Options options, boolean withTiming) {
        long begin = System.nanoTime();
        Scores scores = new Scorer(config).score(dataset, extraction.result().claims());
        long scoreNanos = System.nanoTime() - begin;
        long extractNanos = extraction.result().elapsedNanos();
        ScoreReport.Timing timing = withTiming
                ? new ScoreReport.Timing(extractNanos / 1_000_000, scoreNanos / 1_000_000,
                (extractNanos + scoreNanos) / 1_000_000)
                : null;
        return new ScoreReport(dataset, extraction.id(),
                new ScoreReport.RunSettings(extraction.spec().source(), options.threads(), options.timeout().toSeconds(),
                        options.failFast(), extraction.lenient()),
                scores, extraction.result().failures(), extraction.result().notRun(),
                extraction.predictions() == null ? null : extraction.predictions().predictions(), null, timing);
    }

    /**
     * A context with the dataset's claimant registry and nothing to train on.
     *
     * @param dataset the dataset about to be extracted
     * @return the context for a rule-based run
     */
    public static ExtractionContext context(Dataset dataset) {
        return ExtractionContext.of(dataset.claimants());
    }

    /**
     * The registry, and what a learning extractor may train on: the documents of {@code pool} that are not being
     * scored, matched by id and by text, so no document's gold ever reaches the model that scores it (when the
     * pool is the scored dataset itself, nothing is left: use {@link #crossValidate} for that).
     *
     * @param dataset the dataset about to be extracted
     * @param pool    documents with gold claims to train on (the command line uses the bundled dataset)
     * @return the context
     */
    public static ExtractionContext context(Dataset dataset, Dataset pool) {
        Set<String> scoredTexts = new HashSet<>();
        Set<String> scoredIds = new HashSet<>();
        for (Document d : dataset.documents()) {
            scoredTexts.add(d.text());
            scoredIds.add(d.id());
        }
        List<Document> training = new ArrayList<>();
        Map<String, List<Claim>> gold = new LinkedHashMap<>();
        for (Document d : pool.documents()) {
            if (!scoredIds.contains(d.id()) && !scoredTexts.contains(d.text())) {
                training.add(d);
                gold.put(d.id(), pool.gold(d.id()));
            }
        }
        return new ExtractionContext(dataset.claimants(), training, new HashMap<>(gold));
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing a finished extractor (a process that exits) cannot change the result.
        }
    }
}
