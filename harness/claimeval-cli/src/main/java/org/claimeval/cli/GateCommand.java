package org.claimeval.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.claimeval.report.ScoreReport;
import org.claimeval.score.Gate;
import org.claimeval.score.GateCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code score}, then the thresholds. */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = "Score an extractor and fail (exit 1) when a threshold or the allowed drop is not met.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every threshold met", "1:a threshold or the allowed drop was missed",
                "2:usage error or bad input", "3:the extractor failed"})
final class GateCommand extends ScoreCommand {

    @Option(names = "--min-f1", paramLabel = "F1", description = "Floor on micro F1.")
    Double minF1;
    @Option(names = "--min-precision", paramLabel = "P", description = "Floor on micro precision.")
    Double minPrecision;
    @Option(names = "--min-recall", paramLabel = "R", description = "Floor on micro recall.")
    Double minRecall;
    @Option(names = "--baseline", paramLabel = "REPORT.json", description = "An earlier JSON report to compare against.")
    Path baseline;
    @Option(names = "--max-drop", defaultValue = "0.01",
            description = "How far micro P, R and F1 may fall below the baseline (default: ${DEFAULT-VALUE}).")
    double maxDrop;
    @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the Markdown report here.")
    Path markdown;
    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the JUnit XML report here.")
    Path junit;

    @Override
    public Integer call() throws Exception {
        if (minF1 == null && minPrecision == null && minRecall == null && baseline == null) {
            throw ExtractorOptions.usage("give at least one of --min-f1, --min-precision, --min-recall, --baseline");
        }
        for (Double t : new Double[] {minF1, minPrecision, minRecall}) {
            if (t != null && !(t >= 0 && t <= 1)) {
                throw ExtractorOptions.usage("thresholds must lie in [0, 1], got " + t);
            }
        }
        if (!(maxDrop >= 0 && maxDrop <= 1)) {
            throw ExtractorOptions.usage("--max-drop must lie in [0, 1], got " + maxDrop);
        }
        ScoreReport report = scoreReport();
        Gate gate = new Gate(optional(minF1), optional(minPrecision), optional(minRecall),
                baseline == null ? null : BaselineFile.read(baseline, report.signature()), maxDrop);
        List<GateCheck> checks = gate.check(report.scores().micro());

        // Render everything before writing anything, so a failure leaves no report half-written.
        String main = output.format.render(report, checks, output.details);
        String md = markdown == null ? null : ReportFormat.MARKDOWN.render(report, checks);
        String xml = junit == null ? null : ReportFormat.JUNIT.render(report, checks);
        if (md != null) {
            Output.write(md, markdown, null);
        }
        if (xml != null) {
            Output.write(xml, junit, null);
        }
        Output.write(main, output.output, spec.commandLine().getOut());

        int failureCode = Failures.exitCode(report, spec.commandLine().getErr());
        if (failureCode != ExitCode.OK) {
            return failureCode;
        }
        List<GateCheck> failed = checks.stream().filter(c -> !c.passed()).toList();
        for (GateCheck c : failed) {
            spec.commandLine().getErr().println("claimeval: gate failed: " + c.message());
        }
        return failed.isEmpty() ? ExitCode.OK : ExitCode.GATE_FAILED;
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
