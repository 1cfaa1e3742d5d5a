package org.claimeval.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimeval.extract.ExtractionRunner;
import org.claimeval.io.InputFile;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Dataset;
import org.claimeval.model.Problem;
import org.claimeval.pipeline.Evaluation;
import org.claimeval.pipeline.Extraction;
import org.claimeval.pipeline.ExtractorSpec;
import org.claimeval.pipeline.Training;
import org.claimeval.report.ReportMetrics;
import org.claimeval.report.ScoreReport;
import org.claimeval.stats.ApproximateRandomization;
import org.claimeval.stats.Bootstrap;
import org.claimeval.stats.Comparison;
import org.claimeval.stats.UnitMetric;
import org.claimeval.stats.render.ComparisonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Compares extractors on the same dataset and matching, on one metric (the headline, claim + claimant F1, unless
 * {@code --metric} names another): each system's value with its bootstrap interval, and every system against the
 * first: the difference with its interval, a paired bootstrap and an approximate randomization p-value
 * (Holm-corrected over the comparisons), and a one-line verdict.
 *
 * <p>No gold leaks: every source (built-in and SPI {@code NAME}, {@code jar:PATH#NAME}, {@code cmd:COMMAND})
 * is scored by the same protocol as {@code score}: an extractor that learns runs leave-one-document-out, so it is
 * trained on the other documents and never on the one it is scored on; one that does not learn runs once; a
 * predictions file is read as it is.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Is extractor A better than B (and C, ...)? Paired bootstrap and approximate randomization on "
                + "one metric, every system against the first, Holm-corrected.",
                "Metrics: those of `gate --help` that split by paragraph: " + UnitMetric.SPLITTABLE + "."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared (whatever the verdict)", "2:usage error or bad input",
                "3:an extractor failed (on some documents or at start)"})
final class CompareCommand implements Callable<Integer>, CheckedBeforeWork.Options {
    @Spec
    CommandSpec spec;
    @Mixin
    DatasetOption dataset;
    @Option(names = "--a", paramLabel = "SPEC",
            description = "First extractor: NAME, cmd:COMMAND, jar:PATH#NAME or FILE.jsonl (the same as a first --system).")
    String a;
    @Option(names = "--b", paramLabel = "SPEC", description = "Second extractor, as --a.")
    String b;
    @Option(names = "--system", paramLabel = "[LABEL=]SPEC",
            description = "A system, after --a and --b; repeat it to compare several, each against the first.")
    List<String> systems = new ArrayList<>();
    @Option(names = "--metric", paramLabel = "METRIC", defaultValue = ReportMetrics.HEADLINE,
            description = "The compared metric (default: ${DEFAULT-VALUE}, claim + claimant F1).")
    String metric;
    @Mixin
    MatchOptions match;
    @Option(names = "--trials", defaultValue = "" + ApproximateRandomization.DEFAULT_TRIALS,
            description = "Approximate randomization trials (default: ${DEFAULT-VALUE}).")
    int trials;
    /** --seed seeds both tests. */
    @Mixin
    StatsRunOptions run;

    @Override
    public void check() throws BadInputException {
        run.check();
        if (trials < 1) {
            throw ExtractorOptions.usage("--trials must be at least 1, got " + trials);
        }
        List<Systems.Labeled> specs = specs();
        if (specs.size() < 2) {
            throw ExtractorOptions.usage("compare needs at least two systems: --a SPEC --b SPEC, or --system SPEC twice "
                    + "or more");
        }
        for (Systems.Labeled s : specs) {
            checkSpec(s.spec(), "--system");
        }
    }

    /** A predictions file or jar named in a spec must be a regular file, like --predictions. */
    static void checkSpec(ExtractorSpec spec, String option) throws BadInputException {
        Path file = spec instanceof ExtractorSpec.PredictionsFile p ? p.file()
                : spec instanceof ExtractorSpec.Jar j ? j.jar() : null;
        if (file == null) {
            return;
        }
        try {
            InputFile.requireRegular(file);
        } catch (IOException e) {
            throw new BadInputException(new Problem(file.toString(), 0, null, option,
                    e instanceof NoSuchFileException ? "no such file" : e.getMessage()));
        }
    }

    /** --a, --b, then every --system, in that order. */
    private List<Systems.Labeled> specs() throws BadInputException {
        List<Systems.Labeled> specs = new ArrayList<>();
        if (a != null) {
            specs.add(Systems.parse(a, "--a"));
        }
        if (b != null) {
            specs.add(Systems.parse(b, "--b"));
        }
        for (String s : systems) {
            specs.add(Systems.parse(s, "--system"));
        }
        return specs;
    }

    @Override
    public Integer call() throws Exception {
        check();
        List<Systems.Labeled> specs = specs();
        Dataset data = dataset.load();
        var config = match.config();
        ReportMetrics shape = ReportMetrics.of(ReportMetrics.emptyRun(data, config));
        String path = shape.resolve(metric).orElseThrow(() -> ExtractorOptions.usage(shape.explain(metric)));
        UnitMetric unitMetric = UnitMetric.of(path, data).orElseThrow(() -> ExtractorOptions.usage("--metric " + metric
                + " does not split by paragraph, so it cannot be compared; use " + UnitMetric.SPLITTABLE));

        var options = run.runnerOptions();
        List<ScoreReport> reports = new ArrayList<>();
        for (Systems.Labeled s : specs) {
            reports.add(Evaluation.score(extract(s.spec(), data, options), data, config, options, false));
        }
        List<Comparison.Entrant> entrants = new ArrayList<>();
        List<String> labels = labels(specs, reports);
        for (int i = 0; i < reports.size(); i++) {
            entrants.add(new Comparison.Entrant(labels.get(i), reports.get(i).signature(),
                    unitMetric.units(data, reports.get(i).scores())));
        }
        List<Comparison> comparisons = Comparison.againstFirst(metric, unitMetric.statistic(), entrants,
                new Bootstrap(run.resamples, run.seed), new ApproximateRandomization(trials, run.seed));
        Output.write(ComparisonReport.render(comparisons, run.format), run.output, spec.commandLine().getOut());
        int exit = ExitCode.OK;
        for (ScoreReport r : reports) {
            exit = Math.max(exit, Failures.exitCode(r, spec.commandLine().getErr()));
        }
        return exit;
    }

    /** The given label, else the extractor's name; a name used twice is told apart by its letter: {@code b (half)}. */
    private static List<String> labels(List<Systems.Labeled> specs, List<ScoreReport> reports) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> uses = new HashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            String name = specs.get(i).label() != null ? specs.get(i).label() : reports.get(i).extractor().name();
            names.add(name);
            uses.merge(name, 1, Integer::sum);
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            labels.add(uses.get(names.get(i)) > 1 ? (char) ('a' + Math.min(i, 25)) + " (" + names.get(i) + ")"
                    : names.get(i));
        }
        return labels;
    }

    /** One protocol for every source: leave-one-document-out for an extractor that learns, a plain run otherwise. */
    static Extraction extract(ExtractorSpec spec, Dataset data, ExtractionRunner.Options options)
            throws Exception {
        return Evaluation.extract(spec, data, Training.crossValidation(), options, false);
    }
}
