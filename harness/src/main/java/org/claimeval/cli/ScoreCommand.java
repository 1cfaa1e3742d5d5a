package org.claimeval.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.claimeval.model.Dataset;
import org.claimeval.report.ScoreReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Run an extractor over a dataset and score it against the gold claims.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "2:usage error or bad input", "3:the extractor failed (on some documents or at start)"})
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatasetOption dataset;
    @Mixin
    ExtractorOptions extractor;
    @Mixin
    MatchOptions match;
    @Mixin
    OutputOptions output;
    @Mixin
    CiOptions ci;

    @Override
    public Integer call() throws Exception {
        Dataset data = dataset.load();
        var options = extractor.runnerOptions();
        var extraction = Evaluation.extract(extractor.spec(), data, options, extractor.lenient);
        ScoreReport report = ci.apply(Evaluation.score(extraction, data, match.config(), options, !output.noTiming));
        Output.write(output.format.render(report, List.of()), output.output, spec.commandLine().getOut());
        return Failures.exitCode(report, spec.commandLine().getErr());
    }
}
