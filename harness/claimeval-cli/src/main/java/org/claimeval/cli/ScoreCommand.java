package org.claimeval.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.claimeval.extract.ExtractionRunner;
import org.claimeval.model.Dataset;
import org.claimeval.pipeline.Evaluation;
import org.claimeval.pipeline.Extraction;
import org.claimeval.pipeline.ExtractorSpec;
import org.claimeval.report.ScoreReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Run an extractor over a dataset and score it against the gold claims.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored", "2:usage error or bad input", "3:the extractor failed (on some documents or at start)"})
class ScoreCommand implements Callable<Integer> {
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
        ScoreReport report = scoreReport();
        Output.write(output.format.render(report, List.of(), output.details), output.output, spec.commandLine().getOut());
        return Failures.exitCode(report, spec.commandLine().getErr());
    }

    /** Loads the dataset, runs the extractor, scores it, and adds intervals when {@code --ci} asks. */
    ScoreReport scoreReport() throws Exception {
        Dataset data = dataset.load();
        ExtractionRunner.Options options = extractor.runnerOptions();
        Extraction extraction = extract(extractor.spec(), data, options);
        return ci.apply(Evaluation.score(extraction, data, match.config(), options, !output.noTiming));
    }

    /** A plain run over every document; {@code crossval} overrides this with its folds. */
    Extraction extract(ExtractorSpec spec, Dataset data, ExtractionRunner.Options options) throws Exception {
        return Evaluation.extract(spec, data, extractor.training(), options, extractor.lenient);
    }
}
