package org.claimeval.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimeval.model.Dataset;
import org.claimeval.pipeline.Evaluation;
import org.claimeval.report.HtmlReport;
import org.claimeval.report.ScoreReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimeval report --html FILE}: the same run as {@code score}, written as the HTML error analysis. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Run an extractor, score it and write the error analysis as one self-contained HTML file: "
                + "the marked texts, bar charts and a precision-recall curve.",
                "Same page as 'claimeval score --format html -o FILE'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error or bad input", "3:the extractor failed (the report is still written)"})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatasetOption dataset;
    @Mixin
    ExtractorOptions extractor;
    @Mixin
    MatchOptions match;

    @CheckedBeforeWork.WrittenTo
    @Option(names = "--html", paramLabel = "FILE", required = true, description = "Write the HTML report here.")
    Path html;

    @Option(names = "--no-timing", description = "Leave timing out, so identical runs give byte-identical reports.")
    boolean noTiming;

    @Override
    public Integer call() throws Exception {
        Dataset data = dataset.load();
        var options = extractor.runnerOptions();
        ScoreReport report = Evaluation.run(extractor.spec(), data, extractor.training(), options, extractor.lenient, match.config(), !noTiming);
        Output.write(HtmlReport.render(report), html, spec.commandLine().getOut());
        return Failures.exitCode(report, spec.commandLine().getErr());
    }
}
