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
import org.claimeval.extract.ProcessExtractor;
import org.claimeval.model.Problem;
import org.claimeval.score.Rejection;
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
     * Runs an extractor over every document of a dataset by the one protocol every source gets: an extractor
     * that learns (an SPI or jar extractor whose {@link ClaimExtractor#learns()} is true, a process that answers
     * the hello with {@code {"learns": true}}) is trained as {@code training} says, leave-one-document-out by
     * default; any other extractor, and every predictions file, is run once and its regime is {@code none}.
     *
     * @param spec     the extractor
     * @param dataset  the documents to extract
     * @param training how a learning extractor is trained
     * @param options  threads, timeout and fail-fast
     * @param lenient  skip lines of a predictions file that are not claims at all (counted) instead of failing
     * @return the claims, the rejected claims and the documents the extractor failed on
     * @throws BadInputException when the spec, a predictions file or the training set is bad (a document of the
     *                           training dataset is also in the scored one)
     * @throws ExtractorFailure  when the extractor cannot be loaded or started
     * @throws IOException       when a file cannot be read
     */
    public static Extraction extract(ExtractorSpec spec, Dataset dataset, Training training,
                                     ExtractionRunner.Options options, boolean lenient)
            throws BadInputException, ExtractorFailure, IOException {
        ExtractionContext trainedOn = training instanceof Training.On on ? trainingOn(dataset, on.dataset()) : null;
        ClaimExtractor extractor = spec.open(dataset, options.timeout(), lenient);
        try {
            if (!learns(extractor, dataset)) {
                List<String> warnings = new ArrayList<>();
                if (trainedOn != null) {
                    warnings.add("extractor " + extractor.name() + " does not learn: --train is ignored");
                }
                return plain(spec, extractor, dataset, context(dataset), options, lenient, Training.Regime.NONE, warnings);
            }
            if (trainedOn != null) {
                return plain(spec, extractor, dataset, trainedOn, options, lenient,
                        Training.Regime.trainedOn(((Training.On) training).dataset()), List.of());
            }
        } finally {
            closeQuietly(extractor);
        }
        return crossValidated(spec, dataset, (Training.CrossValidation) training, options);
    }

    /**
     * Runs an extractor once over every document of a dataset with the context given, whether or not it learns.
     *
     * @param spec    the extractor
     * @param dataset the documents to extract
     * @param context what the extractor may use besides the text: {@link #context(Dataset)} for none
     * @param options threads, timeout and fail-fast
     * @param lenient skip lines of a predictions file that are not claims at all instead of failing
     * @return the claims, with the documents the extractor failed on; a learning extractor given training
     *         documents is reported with the regime {@code train:context}
     * @throws BadInputException when the spec or a predictions file is bad
     * @throws ExtractorFailure  when the extractor cannot be loaded or started
     * @throws IOException       when a file cannot be read
     */
    public static Extraction extract(ExtractorSpec spec, Dataset dataset, ExtractionContext context,
                                     ExtractionRunner.Options options, boolean lenient)
            throws BadInputException, ExtractorFailure, IOException {
        ClaimExtractor extractor = spec.open(dataset, options.timeout(), lenient);
        try {
            String regime = !context.trainingDocuments().isEmpty() && learns(extractor, dataset)
                    ? "train:context" : Training.Regime.NONE;
            return plain(spec, extractor, dataset, context, options, lenient, regime, List.of());
        } finally {
            closeQuietly(extractor);
        }
    }

    private static Extraction plain(ExtractorSpec spec, ClaimExtractor extractor, Dataset dataset,
                                    ExtractionContext context, ExtractionRunner.Options options, boolean lenient,
                                    String regime, List<String> warnings) throws ExtractorFailure {
        ExtractionResult result = new ExtractionRunner(options).run(extractor, context, dataset.documents());
        PredictionsExtractor predictions = extractor instanceof PredictionsExtractor p ? p : null;
        List<String> all = new ArrayList<>(warnings);
        if (predictions != null) {
            all.addAll(predictions.predictions().warnings());
        }
        return new Extraction(spec, new ScoreReport.ExtractorId(extractor.name(), extractor.version()), result,
                predictions, lenient, regime, all);
    }

    /**
     * Whether the extractor learns. A process is started to ask it (the hello of protocol version 2); a
     * predictions file never learns.
     */
    private static boolean learns(ClaimExtractor extractor, Dataset dataset) throws ExtractorFailure {
        if (extractor instanceof PredictionsExtractor) {
            return false;
        }
        if (extractor instanceof ProcessExtractor process) {
            return process.handshake(context(dataset));
        }
        try {
            return extractor.learns();
        } catch (RuntimeException | LinkageError e) {
            throw new ExtractorFailure("extractor " + extractor.name() + " failed to say whether it learns: " + e, e);
        }
    }

    /**
     * Extracts and scores in one step, by the protocol of {@link #extract(ExtractorSpec, Dataset, Training,
     * ExtractionRunner.Options, boolean)}.
     *
     * @param spec       the extractor
     * @param dataset    the documents and their gold claims
     * @param training   how a learning extractor is trained
     * @param options    threads, timeout and fail-fast
     * @param lenient    skip lines of a predictions file that are not claims at all
     * @param config     how predictions are matched to gold claims and which gold claims count
     * @param withTiming report how long each phase took (reports then differ between identical runs)
     * @return the report
     * @throws BadInputException when the spec, a predictions file or the training set is bad
     * @throws ExtractorFailure  when the extractor cannot be loaded or started
     * @throws IOException       when a file cannot be read
     */
    public static ScoreReport run(ExtractorSpec spec, Dataset dataset, Training training,
                                  ExtractionRunner.Options options, boolean lenient, ScoreConfig config,
                                  boolean withTiming) throws BadInputException, ExtractorFailure, IOException {
        return score(extract(spec, dataset, training, options, lenient), dataset, config, options, withTiming);
    }

    /**
     * Extracts and scores in one step: a plain run with the context given.
     *
     * @param spec       the extractor
     * @param dataset    the documents and their gold claims
     * @param context    see {@link #extract(ExtractorSpec, Dataset, ExtractionContext, ExtractionRunner.Options, boolean)}
     * @param options    threads, timeout and fail-fast
     * @param lenient    skip lines of a predictions file that are not claims at all
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
     * Cross-validation for an extractor that learns (a plain run for one that does not, never labelled
     * cross-validated): {@link #extract(ExtractorSpec, Dataset, Training, ExtractionRunner.Options, boolean)} with
     * {@link Training#crossValidation()}, leave-one-document-out up to {@value Training#DEFAULT_FOLDS} documents.
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
        return extract(spec, dataset, Training.crossValidation(), options, false);
    }

    /**
     * For each fold, a fresh extractor prepared with the other folds' documents (and their gold) as training data
     * extracts the fold's documents; the folds' claims are pooled. The version is reported with {@code +loocv}
     * (or {@code +cvK}).
     */
    private static Extraction crossValidated(ExtractorSpec spec, Dataset dataset, Training.CrossValidation cv,
            ExtractionRunner.Options options) throws BadInputException, ExtractorFailure, IOException {
        List<Document> documents = dataset.documents();
        String suffix = cv.versionSuffix(documents.size());
        List<List<Document>> folds = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            int fold = cv.foldOf(i, documents.size());
            if (fold == folds.size()) {
                folds.add(new ArrayList<>());
            }
            folds.get(fold).add(documents.get(i));
        }
        Map<String, List<Claim>> claims = new LinkedHashMap<>();
        Map<String, List<Rejection>> rejected = new LinkedHashMap<>();
        SortedMap<String, DocumentFailure> failures = new TreeMap<>();
        List<String> notRun = new ArrayList<>();
        long prepareNanos = 0;
        long elapsedNanos = 0;
        ScoreReport.ExtractorId id = null;
        for (List<Document> heldOut : folds) {
            if (options.failFast() && !failures.isEmpty()) {
                heldOut.forEach(d -> notRun.add(d.id()));
                continue;
            }
            List<Document> training = documents.stream().filter(d -> !heldOut.contains(d)).toList();
            Map<String, List<Claim>> trainingGold = new HashMap<>();
            training.forEach(d -> trainingGold.put(d.id(), dataset.gold(d.id())));
            ClaimExtractor extractor = spec.open(dataset, options.timeout(), false);
            try {
                ExtractionResult fold = new ExtractionRunner(options).run(extractor,
                        new ExtractionContext(dataset.claimants(), training, trainingGold, dataset.annotates()), heldOut);
                claims.putAll(fold.claims());
                rejected.putAll(fold.rejected());
                failures.putAll(fold.failures());
                notRun.addAll(fold.notRun());
                prepareNanos += fold.prepareNanos();
                elapsedNanos += fold.elapsedNanos();
                id = new ScoreReport.ExtractorId(extractor.name(), extractor.version() + suffix);
            } finally {
                closeQuietly(extractor);
            }
        }
        if (id == null) { // every fold skipped: only possible for a dataset without documents
            ClaimExtractor extractor = spec.open(dataset, options.timeout(), false);
            id = new ScoreReport.ExtractorId(extractor.name(), extractor.version() + suffix);
            closeQuietly(extractor);
        }
        ExtractionResult pooled = new ExtractionResult(id.name(), id.version(), claims, rejected, failures, notRun,
                prepareNanos, elapsedNanos);
        return new Extraction(spec, id, pooled, null, false, cv.regime(documents.size()), List.of());
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
        Scores scores = new Scorer(config).score(dataset, extraction.result().claims(), extraction.result().rejected());
        long scoreNanos = System.nanoTime() - begin;
        long extractNanos = extraction.result().elapsedNanos();
        ScoreReport.Timing timing = withTiming
                ? new ScoreReport.Timing(extractNanos / 1_000_000, scoreNanos / 1_000_000,
                (extractNanos + scoreNanos) / 1_000_000)
                : null;
        return new ScoreReport(dataset, extraction.id(),
                new ScoreReport.RunSettings(extraction.spec().source(), options.threads(), options.timeout().toSeconds(),
                        options.failFast(), extraction.lenient(), extraction.training()),
                scores, extraction.result().failures(), extraction.result().notRun(),
                extraction.predictions() == null ? null : extraction.predictions().predictions(), null, timing,
                extraction.warnings());
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
        return new ExtractionContext(dataset.claimants(), training, new HashMap<>(gold), dataset.annotates());
    }

    /**
     * The context of training on all of another dataset, refusing documents that are in both (by id or by text):
     * a model must never have seen the gold of a document it is scored on.
     *
     * @param dataset  the dataset about to be scored
     * @param training the dataset to train on
     * @return the registry of the scored dataset and every document of the training dataset with its gold
     * @throws BadInputException naming the documents present in both (exit code 2)
     */
    public static ExtractionContext trainingOn(Dataset dataset, Dataset training) throws BadInputException {
        Map<String, String> scoredByText = new HashMap<>();
        Set<String> scoredIds = new HashSet<>();
        for (Document d : dataset.documents()) {
            scoredByText.put(d.text(), d.id());
            scoredIds.add(d.id());
        }
        Set<String> shared = new java.util.TreeSet<>();
        Map<String, List<Claim>> gold = new HashMap<>();
        for (Document d : training.documents()) {
            if (scoredIds.contains(d.id())) {
                shared.add(d.id());
            } else if (scoredByText.containsKey(d.text())) {
                shared.add(d.id() + " (the text of " + scoredByText.get(d.text()) + ")");
            }
            gold.put(d.id(), training.gold(d.id()));
        }
        if (!shared.isEmpty()) {
            throw new BadInputException(new Problem("command line", 0, null, "--train", shared.size()
                    + " document(s) of training dataset " + training.signature() + " are also in the scored dataset "
                    + dataset.signature() + ": " + String.join(", ", shared.stream().limit(10).toList())
                    + (shared.size() > 10 ? ", ..." : "") + "; a model must not see the gold of what it is scored on"));
        }
        return new ExtractionContext(dataset.claimants(), training.documents(), gold);
    }

    private static void closeQuietly(Object extractor) {
        if (!(extractor instanceof AutoCloseable closeable)) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // Closing a finished extractor (a process that exits) cannot change the result.
        }
    }

}
