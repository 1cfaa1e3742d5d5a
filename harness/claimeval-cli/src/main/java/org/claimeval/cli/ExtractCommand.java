package org.claimeval.cli;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimeval.extract.PredictionsWriter;
import org.claimeval.model.Dataset;
import org.claimeval.pipeline.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Run an extractor and write its claims in the predictions format (JSON Lines), to store, "
                + "share and re-score with --predictions.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:extracted", "2:usage error or bad input", "3:the extractor failed (on some documents or at start)"})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatasetOption dataset;
    @Mixin
    ExtractorOptions extractor;
    @CheckedBeforeWork.WrittenTo
    @Option(names = {"-o", "--output"}, paramLabel = "FILE.jsonl", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        Dataset data = dataset.load();
        var options = extractor.runnerOptions();
        var extraction = Evaluation.extract(extractor.spec(), data, extractor.training(), options, extractor.lenient);
        StringWriter buffer = new StringWriter();
        PredictionsWriter.write(extraction.result().claims(), extraction.result().rejected(), buffer);
        Output.write(buffer.toString(), output, spec.commandLine().getOut());
        var err = spec.commandLine().getErr();
        extraction.warnings().forEach(w -> err.println("claimeval: warning: " + w));
        int rejected = extraction.result().rejected().values().stream().mapToInt(java.util.List::size).sum();
        if (rejected > 0) {
            err.println("claimeval: " + rejected + " claim(s) could not be placed in their document; written as "
                    + "\"rejected\" lines, they score as false positives");
        }
        if (extraction.result().hasFailures()) {
            extraction.result().failures().values()
                    .forEach(f -> err.println("claimeval: extractor failed on " + f.doc() + ": " + f.reason()));
            extraction.result().notRun().forEach(doc -> err.println("claimeval: not run (--fail-fast): " + doc));
            return ExitCode.FAILURE;
        }
        return ExitCode.OK;
    }
}
