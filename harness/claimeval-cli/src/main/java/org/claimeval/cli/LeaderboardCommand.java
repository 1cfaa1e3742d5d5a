package org.claimeval.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimeval.spi.ClaimExtractor;
import org.claimeval.extract.ExtractionRunner;
import org.claimeval.extract.ExtractorCatalog;
import org.claimeval.extract.ExtractorFailure;
import org.claimeval.leaderboard.Entry;
import org.claimeval.leaderboard.Leaderboard;
import org.claimeval.leaderboard.LeaderboardReport;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Dataset;
import org.claimeval.model.Problem;
import org.claimeval.pipeline.ExtractorSpec;
import org.claimeval.report.JsonReport;
import org.claimeval.stats.ApproximateRandomization;
import org.claimeval.stats.Bootstrap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Scores any set of systems and ranks them by the headline, claim + claimant F1; what {@code claimeval} does
 * with no arguments (the built-in extractors). Every system is scored by the one protocol of {@code score}: one
 * that learns runs under leave-one-document-out cross-validation, so it never sees the gold of the document it is
 * scored on; one that does not learn runs once; a predictions file is read as it is.
 */
@Command(name = "leaderboard", mixinStandardHelpOptions = true,
        description = {"Score systems on the dataset and rank them by claim + claimant F1, with 95%% intervals and a "
                + "mark (▼) for those significantly worse than the top row.",
                "Without --system: every built-in extractor."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ranked", "2:usage error or bad input", "3:an extractor failed (on some documents or at start)"})
final class LeaderboardCommand implements Callable<Integer>, CheckedBeforeWork.Options {
    static final String BUILT_IN_PACKAGE = "org.claimeval.extract.builtin.";
    /** The README blocks {@code --readme} regenerates (the last two only when cue and sentence are on the board). */
    static final String BOARD_BLOCK = "leaderboard";
    static final String COMPARE_BLOCK = "compare-example";
    static final String CI_BLOCK = "ci-example";

    @Spec
    CommandSpec spec;
    @Mixin
    DatasetOption dataset;
    @Option(names = "--system", paramLabel = "[LABEL=]SPEC",
            description = "A system: NAME, jar:PATH#NAME, cmd:COMMAND or FILE.jsonl, optionally named LABEL=SPEC. "
                    + "Repeatable; default: every built-in extractor.")
    List<String> systems = new ArrayList<>();
    @Option(names = "--format", defaultValue = "table", description = "table, markdown, json or html (default: "
            + "${DEFAULT-VALUE}).")
    ReportFormat format;
    @CheckedBeforeWork.WrittenTo
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the leaderboard here instead of "
            + "standard output.")
    Path output;
    @Option(names = "--jobs", paramLabel = "N", description = "Systems run at once (default: the number of cores). "
            + "Speeds measured while systems share the cores are lower; use --jobs 1 for clean documents/s.")
    Integer jobs;
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Per-document extraction timeout (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;
    @Option(names = "--resamples", defaultValue = "" + Bootstrap.DEFAULT_RESAMPLES,
            description = "Bootstrap resamples of the intervals (default: ${DEFAULT-VALUE}).")
    int resamples;
    @Option(names = "--trials", defaultValue = "" + ApproximateRandomization.DEFAULT_TRIALS,
            description = "Approximate randomization trials against the top row (default: ${DEFAULT-VALUE}).")
    int trials;
    @Option(names = "--seed", defaultValue = "" + Bootstrap.DEFAULT_SEED,
            description = "Seed of the bootstrap and the tests (default: ${DEFAULT-VALUE}).")
    long seed;
    @CheckedBeforeWork.ReadFrom
    @Option(names = "--speed", paramLabel = "BENCH.json",
            description = "Take documents/s from a `claimeval bench -o BENCH.json` result (JMH, 1 thread) for the "
                    + "extractors it measured, instead of this run's timing.")
    Path speed;
    @Option(names = "--no-timing", description = "Leave documents/s out, so identical runs give byte-identical output.")
    boolean noTiming;
    @Option(names = "--write-baselines", paramLabel = "DIR",
            description = "Write each system's JSON report (overlap@0.5, subset all, no timing) to DIR/<name>.json.")
    Path baselines;
    @CheckedBeforeWork.ReadFrom
    @CheckedBeforeWork.WrittenTo
    @Option(names = "--readme", paramLabel = "FILE",
            description = "Regenerate the README blocks: <!-- leaderboard:start --> ... <!-- leaderboard:end -->, and "
                    + "compare-example and ci-example when the file has them.")
    Path readme;
    @Option(names = "--readme-block", paramLabel = "NAME", defaultValue = BOARD_BLOCK,
            description = "The block of --readme the board goes to (default: ${DEFAULT-VALUE}); any other block gets "
                    + "the board only, so the development set's board (dev-leaderboard) never overwrites the examples.")
    String readmeBlock;

    /** Everything that could stop the run is checked before any extractor runs or any file is written. */
    @Override
    public void check() throws BadInputException {
        if (format == ReportFormat.JUNIT) {
            throw ExtractorOptions.usage("the leaderboard is printed as table, markdown, json or html, not junit");
        }
        if (resamples < 1 || trials < 1) {
            throw ExtractorOptions.usage("--resamples and --trials must be at least 1");
        }
        ExtractorOptions.checkTimeout(timeoutSeconds);
        if (jobs != null && jobs < 1) {
            throw ExtractorOptions.usage("--jobs must be at least 1, got " + jobs);
        }
        for (String s : systems) {
            CompareCommand.checkSpec(Systems.parse(s, "--system").spec(), "--system");
        }
        if (readme != null) {
            new ReadmeBlock(readme, readmeBlock).check();
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
        List<Systems.Labeled> specs = new ArrayList<>();
        for (String s : systems) {
            specs.add(Systems.parse(s, "--system"));
        }
        if (specs.isEmpty()) {
            for (String name : builtInNames()) {
                specs.add(new Systems.Labeled(null, new ExtractorSpec.Named(name)));
            }
        }
        Dataset data = dataset.load();
        var options = new ExtractionRunner.Options(1, java.time.Duration.ofSeconds(timeoutSeconds), false);
        List<Entry> entries = Systems.run(specs, data, options,
                jobs != null ? jobs : Runtime.getRuntime().availableProcessors());
        String speedSource = "this run";
        if (speed != null) {
            entries = BenchSpeeds.apply(speed, entries);
            speedSource = "JMH, 1 thread, from " + speed.getFileName() + " where it measured the extractor, else this run";
        }
        Leaderboard board = Leaderboard.of(data, entries, resamples, trials, seed, speedSource);

        String rendered = switch (format) {
            case TABLE -> LeaderboardReport.text(board, !noTiming);
            case MARKDOWN -> LeaderboardReport.markdown(board, !noTiming);
            case JSON -> LeaderboardReport.json(board, !noTiming);
            case HTML -> LeaderboardReport.html(board, !noTiming);
            case JUNIT -> throw new IllegalStateException("refused above");
        };
        if (baselines != null) {
            for (Entry e : entries) {
                Output.write(JsonReport.render(e.overlap()), baselines.resolve(e.overlap().extractor().name() + ".json"),
                        null);
            }
        }
        if (readme != null) {
            new ReadmeBlock(readme, readmeBlock).check(); // again before the first write: it may have changed meanwhile
            new ReadmeBlock(readme, readmeBlock).replace(LeaderboardReport.markdown(board, !noTiming));
            if (readmeBlock.equals(BOARD_BLOCK)) {
                ReadmeExamples.write(readme, data, entries, resamples, trials, seed);
            }
        }
        Output.write(rendered, output, spec.commandLine().getOut());
        boolean failed = entries.stream().anyMatch(e -> e.overlap().hasFailures());
        return failed ? ExitCode.FAILURE : ExitCode.OK;
    }

    /** The built-in extractors, in name order. */
    static List<String> builtInNames() throws ExtractorFailure {
        List<String> names = new ArrayList<>();
        for (ClaimExtractor extractor : ExtractorCatalog.discover().all()) {
            if (extractor.getClass().getName().startsWith(BUILT_IN_PACKAGE)) {
                names.add(extractor.name());
            }
        }
        return names;
    }

    /** Every built-in extractor run and scored as the leaderboard does, in name order (the baselines test). */
    static List<Entry> builtIns(Dataset data) throws Exception {
        List<Systems.Labeled> specs = new ArrayList<>();
        for (String name : builtInNames()) {
            specs.add(new Systems.Labeled(null, new ExtractorSpec.Named(name)));
        }
        return Systems.run(specs, data, ExtractionRunner.Options.defaults(), Runtime.getRuntime().availableProcessors());
    }
}
