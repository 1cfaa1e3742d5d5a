package org.claimeval.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Dataset;
import org.claimeval.pipeline.Evaluation;
import org.claimeval.pipeline.ExtractorSpec;
import org.claimeval.report.ReportMetrics;
import org.claimeval.report.ScoreReport;
import org.claimeval.robustness.Perturbation;
import org.claimeval.robustness.Perturbations;
import org.claimeval.robustness.RobustnessResult;
import org.claimeval.robustness.RobustnessSuite;
import org.claimeval.robustness.render.RobustnessReport;
import org.claimeval.score.Counts;
import org.claimeval.score.Scores;
import org.claimeval.stats.UnitCounts;
import org.claimeval.stats.UnitMetric;
import org.claimeval.stats.render.StatsFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A metamorphic test of an extractor: the dataset's documents are rewritten in ways that keep who claims what
 * (other names, other cue verbs, other quotation marks, shuffled paragraphs, other figures, inserted lines,
 * another Unicode form), the gold moves with the text, and the extractor is scored on each rewrite. The drop
 * from the original is its brittleness. Extractors run as in {@code compare}: in-process ones cross-validated.
 */
@Command(name = "robustness", mixinStandardHelpOptions = true,
        description = "Score an extractor on meaning-preserving rewrites of the dataset and report each drop.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "2:usage error or bad input", "3:the extractor failed (on some documents or at start)"})
final class RobustnessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatasetOption dataset;
    @Option(names = "--extractor", required = true, paramLabel = "SPEC",
            description = "The extractor: NAME, cmd:COMMAND or jar:PATH#NAME (a predictions file cannot be rewritten).")
    String extractor;
    @Option(names = "--perturbation", paramLabel = "NAME", split = ",",
            description = "Only these families (default: all): ${COMPLETION-CANDIDATES}.",
            completionCandidates = Families.class)
    List<String> families;
    @Mixin
    MatchOptions match;
    @Option(names = "--metric", paramLabel = "METRIC", defaultValue = ReportMetrics.HEADLINE,
            description = "The reported metric (default: ${DEFAULT-VALUE}, claim + claimant F1); any that splits by "
                    + "paragraph: " + UnitMetric.SPLITTABLE + ".")
    String metric;
    /** --seed seeds the rewrites and the bootstrap alike. */
    @Mixin
    StatsRunOptions run;
    @CheckedBeforeWork.ReadFrom
    @CheckedBeforeWork.WrittenTo
    @Option(names = "--readme", paramLabel = "FILE", description = "Also write the Markdown report between "
            + "<!-- robustness-NAME:start --> and <!-- robustness-NAME:end --> in FILE, NAME the --extractor given.")
    Path readme;

    /** The family names, for --help. */
    static final class Families extends ArrayList<String> {
        Families() {
            super(Perturbations.all().stream().map(Perturbation::name).toList());
        }
    }

    @Override
    public Integer call() throws Exception {
        run.check();
        ExtractorSpec system = ExtractorSpec.parse(extractor, "--extractor");
        if (system instanceof ExtractorSpec.PredictionsFile) {
            throw ExtractorOptions.usage("--extractor " + extractor + ": a predictions file cannot be run on rewritten "
                    + "documents; give a built-in name, cmd:COMMAND or jar:PATH#NAME");
        }
        List<Perturbation> chosen = chosenFamilies();
        ReadmeBlock block = readme == null ? null : new ReadmeBlock(readme, "robustness-" + extractor);
        if (block != null) {
            block.check();
        }
        Dataset data = dataset.load();
        var options = run.runnerOptions();
        var config = match.config();
        ReportMetrics shape = ReportMetrics.of(ReportMetrics.emptyRun(data, config));
        String path = shape.resolve(metric).orElseThrow(() -> ExtractorOptions.usage(shape.explain(metric)));
        UnitMetric unitMetric = UnitMetric.of(path, data).orElseThrow(() -> ExtractorOptions.usage("--metric " + metric
                + " does not split by paragraph, so it has no interval; use " + UnitMetric.SPLITTABLE));
        int[] exit = {0};
        String[] name = {extractor};
        RobustnessSuite.Evaluator evaluator = d -> {
            ScoreReport report = Evaluation.score(CompareCommand.extract(system, d, options), d, config, options, false);
            exit[0] = Math.max(exit[0], Failures.exitCode(report, spec.commandLine().getErr()));
            name[0] = report.extractor().name() + "@" + report.extractor().version();
            return report.scores();
        };
        RobustnessResult result = new RobustnessSuite(chosen, run.seed, run.resamples)
                .run(data, evaluator, new ChosenMetric(metric, unitMetric));
        Output.write(RobustnessReport.render(result, name[0], run.format), run.output, spec.commandLine().getOut());
        if (block != null) {
            block.replace(RobustnessReport.render(result, name[0], StatsFormat.MARKDOWN));
        }
        return exit[0];
    }

    private List<Perturbation> chosenFamilies() throws BadInputException {
        if (families == null || families.isEmpty()) {
            return Perturbations.all();
        }
        List<Perturbation> chosen = new ArrayList<>();
        for (String f : families) {
            Optional<Perturbation> family = Perturbations.named(f);
            if (family.isEmpty()) {
                throw ExtractorOptions.usage("--perturbation " + f + ": no such family; one of "
                        + String.join(", ", new Families()));
            }
            chosen.add(family.get());
        }
        return chosen;
    }

    /** The metric named by --metric, split by paragraph. */
    private record ChosenMetric(String name, UnitMetric unitMetric) implements RobustnessSuite.Metric {
        @Override
        public UnitCounts byParagraph(Dataset dataset, Scores scores) {
            return unitMetric.units(dataset, scores);
        }

        @Override
        public ToDoubleFunction<Counts> statistic() {
            return unitMetric.statistic();
        }
    }
}
