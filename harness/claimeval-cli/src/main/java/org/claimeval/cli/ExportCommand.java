package org.claimeval.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimeval.convert.ConllExporter;
import org.claimeval.convert.JsonlExporter;
import org.claimeval.convert.OutputFolder;
import org.claimeval.convert.brat.BratExporter;
import org.claimeval.convert.labelstudio.LabelStudioExporter;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.model.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimeval export brat|labelstudio|conll|jsonl DATASET -o DIR}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a dataset's gold for other tools: brat (for brat and INCEpTION), labelstudio (tasks "
                + "and a labeling config), conll (token BIO for sequence taggers), jsonl (one claim a line, for "
                + "pandas or Hugging Face datasets).",
                "brat and labelstudio carry every field; import reads them back to the same gold."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error or bad input (nothing written)"})
final class ExportCommand implements Callable<Integer> {
    enum Format { brat, labelstudio, conll, jsonl }

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FORMAT", description = "brat, labelstudio, conll or jsonl.")
    Format format;
    @Parameters(index = "1", paramLabel = "DATASET", arity = "0..1",
            description = "The dataset folder (default: the bundled dataset).")
    Path dataset;
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "The folder to write (new, or empty).")
    Path output;

    @Override
    public Integer call() throws Exception {
        Dataset data = dataset == null ? DatasetLoader.bundled() : DatasetLoader.load(dataset);
        OutputFolder.write(output, dir -> {
            switch (format) {
                case brat -> new BratExporter().write(data, dir);
                case labelstudio -> new LabelStudioExporter().write(data, dir);
                case conll -> new ConllExporter().write(data, dir);
                case jsonl -> new JsonlExporter().write(data, dir);
            }
        });
        int claims = data.gold().values().stream().mapToInt(java.util.List::size).sum();
        spec.commandLine().getOut().printf("exported %s as %s: %d documents, %d claims into %s%n", data.signature(),
                format, data.documents().size(), claims, output);
        return ExitCode.OK;
    }
}
