package org.claimeval.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimeval.extract.ExtractionRunner;
import org.claimeval.extract.PredictionsWriter;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Dataset;
import org.claimeval.pipeline.Evaluation;
import org.claimeval.pipeline.Extraction;
import org.claimeval.pipeline.ExtractorSpec;
import org.claimeval.report.GateSummary;
import org.claimeval.report.ReportMetrics;
import org.claimeval.report.ScoreReport;
import org.claimeval.score.GateCheck;
import org.claimeval.score.ScoreConfig;
import org.claimeval.stats.ApproximateRandomization;
import org.claimeval.stats.Comparison;
import org.claimeval.stats.UnitMetric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code score}, then the thresholds, on any number of the JSON report. The Markdown summary and the JUnit file
 * are written whatever the outcome, also when the run ends in exit 2 or 3, with the error as the verdict.
 */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = {"Score an extractor and fail (exit 1) when a metric misses its floor or falls too far below a "
                + "baseline.",
                "With --baseline and no --max-drop METRIC=..., checks the headline (claim_claimant.f1) and span F1 "
                        + "(micro.f1) against it with --max-drop X (default 0.01)."},
        footerHeading = "%nMetrics (METRIC):%n",
        footer = {"A short path to any number of the JSON report (score --format json);",
                "an unknown or ambiguous name is exit 2 with the list. Among them:",
                "  claim_claimant.f1     the headline, claim + claimant F1 (also .precision, ...)",
                "  micro.f1, micro.precision, micro.recall, macro.f1    span scores",
                "  claimant.accuracy, type.accuracy, side.accuracy      of matched claims",
                "  quantities.f1, mention.f1, cue.f1, fullRelation.f1   of matched claims",
                "  types.CASUALTIES.f1, attributions.explicit.recall, sides.RU.f1, ...",
                "METRIC=significant needs a metric that splits by paragraph: micro.*,",
                "claim_claimant.*, quantities.*, types.T.*, attributions.A.* (precision,",
                "recall, f1), claimant.accuracy, type.accuracy."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every threshold met", "1:a threshold or the allowed drop was missed",
                "2:usage error or bad input", "3:the extractor failed, or an internal error"})
final class GateCommand extends ScoreCommand implements OutcomeFiles {

    @Option(names = "--min", paramLabel = "METRIC=X", description = "Floor on a metric, e.g. claim_claimant.f1=0.6 "
            + "(repeatable).")
    List<String> mins = new ArrayList<>();
    @Option(names = "--max-drop", paramLabel = "[METRIC=]X", description = "METRIC=X: how far the metric may fall "
            + "below the baseline; METRIC=significant: fail only when significantly worse than --baseline-predictions "
            + "(paired approximate randomization, alpha 0.05); a bare X: the allowed drop of the default metrics "
            + "(default 0.01). Repeatable.")
    List<String> drops = new ArrayList<>();
    @Option(names = "--min-f1", paramLabel = "F1", description = "Shorthand for --min micro.f1=F1.")
    Double minF1;
    @Option(names = "--min-precision", paramLabel = "P", description = "Shorthand for --min micro.precision=P.")
    Double minPrecision;
    @Option(names = "--min-recall", paramLabel = "R", description = "Shorthand for --min micro.recall=R.")
    Double minRecall;
    @CheckedBeforeWork.ReadFrom
    @Option(names = "--baseline", paramLabel = "REPORT.json", description = "An earlier JSON report to compare against.")
    Path baseline;
    @CheckedBeforeWork.ReadFrom
    @Option(names = "--baseline-predictions", paramLabel = "FILE.jsonl",
            description = "The baseline's predictions (written by --save-predictions): needed by METRIC=significant; "
                    + "without --baseline they also give the baseline's values.")
    Path baselinePredictions;
    @CheckedBeforeWork.WrittenTo
    @Option(names = "--save-predictions", paramLabel = "FILE.jsonl",
            description = "Also write this run's predictions, to serve as a later run's --baseline-predictions.")
    Path savePredictions;
    @Option(names = "--trials", defaultValue = "" + ApproximateRandomization.DEFAULT_TRIALS,
            description = "Approximate randomization trials of METRIC=significant (default: ${DEFAULT-VALUE}; seed: --seed).")
    int trials;
    @CheckedBeforeWork.WrittenTo
    @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the Markdown summary here (verdict, "
            + "then metric, baseline, now, delta, threshold, result), also when the run fails with exit 2 or 3.")
    Path markdown;
    @CheckedBeforeWork.WrittenTo
    @Option(names = "--junit", paramLabel = "FILE", description = "Also write JUnit XML here, one test case per "
            + "checked metric, also when the run fails with exit 2 or 3.")
    Path junit;
    @Option(names = "--github-errors", arity = "0..1", defaultValue = "${env:GITHUB_ACTIONS:-false}",
            description = "Print a GitHub Actions ::error line per failed metric on standard error (default: true "
                    + "when GITHUB_ACTIONS=true).")
    boolean githubErrors;

    /** What gate reports about itself when it stops early: set as soon as it is known. */
    private String subject;
    private String signature;

    @Override
    public Integer call() throws Exception {
        return gate();
    }

    private int gate() throws Exception {
        GatePlan plan = GatePlan.parse(mins, drops, minF1, minPrecision, minRecall);
        boolean hasBaseline = baseline != null || baselinePredictions != null;
        if (plan.thresholds().isEmpty() && !hasBaseline) {
            throw ExtractorOptions.usage("give at least one of --min METRIC=X, --min-f1, --min-precision, --min-recall, "
                    + "--baseline, --baseline-predictions");
        }
        if (plan.needsSignificance() && baselinePredictions == null) {
            throw ExtractorOptions.usage("--max-drop METRIC=significant needs --baseline-predictions FILE.jsonl "
                    + "(write it with --save-predictions)");
        }
        if ((plan.namesADrop() || drops.stream().anyMatch(d -> !d.contains("="))) && !hasBaseline) {
            throw ExtractorOptions.usage("--max-drop needs --baseline REPORT.json or --baseline-predictions FILE.jsonl");
        }
        if (trials < 1) {
            throw ExtractorOptions.usage("--trials must be at least 1, got " + trials);
        }
        Dataset data = dataset.load();
        ScoreConfig config = match.config();
        ExtractionRunner.Options options = extractor.runnerOptions();

        // Everything that can be checked before the extractor runs is: metric names against the report's shape,
        // the baseline's signature, the baseline predictions.
        ScoreReport shape = ci.apply(ReportMetrics.emptyRun(data, config));
        List<GatePlan.Threshold> thresholds = plan.withDefaults(hasBaseline);
        Map<GatePlan.Threshold, String> paths = resolve(thresholds, ReportMetrics.of(shape), data);
        ReportMetrics baselineMetrics = baseline == null ? null : BaselineFile.read(baseline, shape.signature());
        ScoreReport baselineRun = baselinePredictions == null ? null
                : Evaluation.score(Evaluation.extract(new ExtractorSpec.PredictionsFile(baselinePredictions), data,
                Evaluation.context(data, data), options, false), data, config, options, false);

        Extraction extraction = extract(extractor.spec(), data, options);
        ScoreReport report = ci.apply(Evaluation.score(extraction, data, config, options, !output.noTiming));
        subject = report.extractor().toString();
        signature = report.signature();
        if (savePredictions != null) {
            StringWriter buffer = new StringWriter();
            PredictionsWriter.write(extraction.result().claims(), buffer);
            Output.write(buffer.toString(), savePredictions, null);
        }

        ReportMetrics now = ReportMetrics.of(report);
        ReportMetrics before = baselineMetrics != null ? baselineMetrics
                : baselineRun == null ? null : ReportMetrics.of(baselineRun);
        Path beforeFile = baseline != null ? baseline : baselinePredictions;
        List<GateCheck> checks = new ArrayList<>();
        for (GatePlan.Threshold t : thresholds) {
            String path = paths.get(t);
            if (!now.has(path)) {
                throw ExtractorOptions.usage(now.explain(t.metric()));
            }
            double actual = now.value(path);
            checks.add(switch (t.rule()) {
                case MIN -> GateCheck.atLeast(t.metric(), actual, t.value());
                case MAX_DROP -> GateCheck.maxDrop(t.metric(), BaselineFile.value(before, beforeFile, path, t.metric()),
                        actual, t.value());
                case SIGNIFICANT -> significance(t.metric(), path, data, report, baselineRun);
            });
        }

        int failureCode = Failures.exitCode(report, spec.commandLine().getErr());
        String error = failureCode == ExitCode.OK ? null : "the extractor failed on " + report.failures().size()
                + " document(s)" + (report.notRun().isEmpty() ? "" : ", " + report.notRun().size() + " not run")
                + ": " + String.join("; ", report.failures().values().stream().map(f -> f.doc() + ": " + f.reason()).toList());
        GateSummary summary = new GateSummary(subject, signature, checks, error,
                failureCode != ExitCode.OK ? failureCode : checks.stream().allMatch(GateCheck::passed) ? 0 : 1);

        // Render everything before writing anything, so a failure leaves no report half-written.
        String main = output.format.render(report, checks, output.details);
        String md = markdown == null ? null : summary.markdown() + "\n" + ReportFormat.MARKDOWN.render(report, List.of());
        String xml = junit == null ? null : summary.junit();
        if (md != null) {
            Output.write(md, markdown, null);
        }
        if (xml != null) {
            Output.write(xml, junit, null);
        }
        Output.write(main, output.output, spec.commandLine().getOut());
        PrintWriter err = spec.commandLine().getErr();
        for (GateCheck c : summary.failed()) {
            err.println("claimeval: gate failed: " + c.message());
        }
        if (githubErrors) {
            summary.githubErrors().forEach(err::println);
        }
        err.flush();
        return summary.exitCode();
    }

    /** Each threshold's report path; exit 2 naming the metric and listing the valid ones when it has none. */
    private static Map<GatePlan.Threshold, String> resolve(List<GatePlan.Threshold> thresholds, ReportMetrics shape,
                                                           Dataset data) throws BadInputException {
        Map<GatePlan.Threshold, String> paths = new java.util.LinkedHashMap<>();
        for (GatePlan.Threshold t : thresholds) {
            String path = shape.resolve(t.metric()).orElseThrow(() -> ExtractorOptions.usage(shape.explain(t.metric())));
            if (t.rule() == GateCheck.Rule.SIGNIFICANT && UnitMetric.of(path, data).isEmpty()) {
                throw ExtractorOptions.usage(t.metric() + "=significant: " + t.metric() + " does not split by paragraph, "
                        + "so no paired test exists for it; it works with " + UnitMetric.SPLITTABLE);
            }
            paths.put(t, path);
        }
        return paths;
    }

    /** The paired approximate randomization test of this run against the baseline's predictions. */
    private GateCheck significance(String metric, String path, Dataset data, ScoreReport now, ScoreReport before) {
        UnitMetric unitMetric = UnitMetric.of(path, data).orElseThrow();
        var unitsNow = unitMetric.units(data, now.scores());
        var unitsBefore = unitMetric.units(data, before.scores());
        var test = new ApproximateRandomization(trials, ci.seed).test(unitsNow, unitsBefore,
                unitMetric.statistic());
        return GateCheck.notSignificantlyWorse(metric, unitMetric.of(unitsBefore.total()),
                unitMetric.of(unitsNow.total()), test.pValue(), Comparison.DEFAULT_ALPHA);
    }

    /** Writes the summary files with the error as the verdict; a failure to write them keeps the first error. */
    @Override
    public void writeError(String error, int exitCode) {
        GateSummary summary = new GateSummary(subject, signature, List.of(), error, exitCode);
        try {
            if (markdown != null) {
                Output.write(summary.markdown(), markdown, null);
            }
            if (junit != null) {
                Output.write(summary.junit(), junit, null);
            }
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("claimeval: could not write the gate summary: " + e.getMessage());
        }
        if (githubErrors) {
            summary.githubErrors().forEach(spec.commandLine().getErr()::println);
        }
    }
}
