package org.claimeval.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.claimeval.model.Dataset;
import org.claimeval.report.ScoreReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "crossval", mixinStandardHelpOptions = true,
        description = "Leave-one-document-out cross-validation: train on all documents but one, score that one, "
                + "for every document; report the pooled result. No document's gold reaches the model that scores it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "2:usage error or bad input", "3:the extractor failed"})
final class CrossvalCommand implements Callable<Integer> {
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
        var extraction = Evaluation.crossValidate(extractor.spec(), data, options);
        ScoreReport report = ci.apply(Evaluation.score(extraction, data, match.config(), options, !output.noTiming));
        Output.write(output.format.render(report, List.of()), output.output, spec.commandLine().getOut());
        return Failures.exitCode(report, spec.commandLine().getErr());
    }
}
