package org.claimeval.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimeval.extract.ExtractionRunner;
import org.claimeval.extract.ExtractorCatalog;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Dataset;
import org.claimeval.model.Problem;
import org.claimeval.pipeline.Evaluation;
import org.claimeval.pipeline.ExtractorSpec;
import org.claimeval.report.Decimals;
import org.claimeval.report.HumanReport;
import org.claimeval.report.JsonReport;
import org.claimeval.report.ScoreReport;
import org.claimeval.report.Table;
import org.claimeval.score.MatchConfig;
import org.claimeval.score.ScoreConfig;
import org.claimeval.score.Subset;
import org.claimeval.spi.ClaimExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Scores every built-in extractor and prints the leaderboard; what {@code claimeval} does with no arguments.
 * Every extractor is scored by the one protocol of {@code score}: one that learns runs under leave-one-document-out
 * cross-validation, so it never sees the gold of the document it is scored on; a rule-based one runs once.
 */
@Command(name = "leaderboard", mixinStandardHelpOptions = true,
        description = "Score every built-in extractor on the dataset (learning ones leave-one-document-out) and print a leaderboard.")
final class LeaderboardCommand implements Callable<Integer>, CheckedBeforeWork.Options {
    static final String BUILT_IN_PACKAGE = "org.claimeval.extract.builtin.";

    @Spec
    CommandSpec spec;
    @Mixin
    DatasetOption dataset;
    @Option(names = "--format", defaultValue = "table", description = "table or markdown (default: ${DEFAULT-VALUE}).")
    ReportFormat format;
    @Option(names = "--write-baselines", paramLabel = "DIR",
            description = "Write each extractor's JSON report (overlap@0.5, subset all, no timing) to DIR/<name>.json.")
    Path baselines;
    @CheckedBeforeWork.ReadFrom
    @CheckedBeforeWork.WrittenTo
    @Option(names = "--readme", paramLabel = "FILE",
            description = "Replace the leaderboard between <!-- leaderboard:start --> and <!-- leaderboard:end --> in FILE.")
    Path readme;

    /** One extractor's scores under the two matchings the leaderboard shows. */
    record Row(ScoreReport overlap, ScoreReport exact) {
    }

    /** Everything that could stop the run is checked before any extractor runs or any file is written. */
    @Override
    public void check() throws BadInputException {
        if (format != ReportFormat.TABLE && format != ReportFormat.MARKDOWN) {
            throw ExtractorOptions.usage("the leaderboard is printed as table or markdown, not " + format);
        }
        if (readme != null) {
            new ReadmeBlock(readme, "leaderboard").check();
        }
        if (baselines != null) {
            if (Files.exists(baselines) && !Files.isDirectory(baselines)) {
                throw new BadInputException(new Problem(baselines.toString(), 0, null, "--write-baselines", "is not a folder"));
            }
            Output.check(baselines.resolve("extractor.json"), "--write-baselines");
        }
    }

    @Override
    public Integer call() throws Exception {
        check();
        Dataset data = dataset.load();
        List<Row> rows = rows(data);
        String table = render(rows, format == ReportFormat.MARKDOWN ? HumanReport.Style.MARKDOWN : HumanReport.Style.TEXT);
        if (readme != null) {
            new ReadmeBlock(readme, "leaderboard").check(); // again before the first write: it may have changed meanwhile
        }
        if (baselines != null) {
            for (Row row : rows) {
                Output.write(JsonReport.render(row.overlap()), baselines.resolve(row.overlap().extractor().name() + ".json"), null);
            }
        }
        if (readme != null) {
            new ReadmeBlock(readme, "leaderboard").replace(render(rows, HumanReport.Style.MARKDOWN));
        }
        spec.commandLine().getOut().print(table);
        boolean failed = rows.stream().anyMatch(r -> r.overlap().hasFailures());
        return failed ? ExitCode.FAILURE : ExitCode.OK;
    }

    /**
     * One row per built-in extractor, in name order. The extractors are independent, so they run on as many
     * threads as there are cores; rows are collected in name order, so the result does not depend on timing.
     */
    static List<Row> rows(Dataset data) throws Exception {
        List<String> names = new ArrayList<>();
        for (ClaimExtractor extractor : ExtractorCatalog.discover().all()) {
            if (extractor.getClass().getName().startsWith(BUILT_IN_PACKAGE)) {
                names.add(extractor.name());
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.max(1, Math.min(names.size(), Runtime.getRuntime().availableProcessors())));
        try {
            List<Future<Row>> futures = new ArrayList<>();
            for (String name : names) {
                futures.add(pool.submit(() -> row(name, data)));
            }
            List<Row> rows = new ArrayList<>();
            for (Future<Row> f : futures) {
                try {
                    rows.add(f.get());
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
            return rows;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Row row(String name, Dataset data) throws Exception {
        ExtractionRunner.Options options = ExtractionRunner.Options.defaults();
        var extraction = Evaluation.crossValidate(new ExtractorSpec.Named(name), data, options);
        return new Row(
                Evaluation.score(extraction, data, new ScoreConfig(MatchConfig.overlap(MatchConfig.DEFAULT_IOU), Subset.ALL),
                        options, false),
                Evaluation.score(extraction, data, new ScoreConfig(MatchConfig.exact(), Subset.ALL), options, false));
    }

    static String render(List<Row> rows, HumanReport.Style style) {
        Table t = new Table("extractor", "exact P", "exact R", "exact F1", "overlap P", "overlap R", "overlap F1",
                "claimant acc.");
        for (Row r : rows) {
            var exact = r.exact().scores().micro();
            var overlap = r.overlap().scores().micro();
            t.row(r.overlap().extractor().toString(), Decimals.score(exact.precision()), Decimals.score(exact.recall()),
                    Decimals.score(exact.f1()), Decimals.score(overlap.precision()), Decimals.score(overlap.recall()),
                    Decimals.score(overlap.f1()), Decimals.score(r.overlap().scores().attributes().claimant().accuracy()));
        }
        String dataset = rows.isEmpty() ? "" : rows.get(0).overlap().dataset().signature();
        String note = "Micro scores on " + dataset + ", subset all; extractors that learn (+loocv) leave-one-document-out, "
                + "the others run once; overlap = token IoU >= 0.5; "
                + "claimant accuracy on overlap-matched claims.";
        return style == HumanReport.Style.MARKDOWN ? t.toMarkdown() + "\n" + note + "\n" : t.toText() + "\n" + note + "\n";
    }
}
