package org.claimeval.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimeval.convert.DatasetWriter;
import org.claimeval.convert.ImportedCorpus;
import org.claimeval.convert.LabelMapping;
import org.claimeval.convert.brat.BratImporter;
import org.claimeval.convert.labelstudio.LabelStudioImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimeval import brat|labelstudio}: an annotation tool's corpus as a claimeval dataset. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turn an annotation tool's corpus into a claimeval dataset (then validate, score, agree, export).",
        subcommands = {ImportCommand.Brat.class, ImportCommand.LabelStudio.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported", "2:usage error or bad input (file, line and field named; nothing written)"})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT;
    }

    /** What both importers take. */
    static final class Options {
        @Option(names = {"-o", "--output"}, paramLabel = "DATASET", required = true,
                description = "The dataset folder to write (new, or empty).")
        Path output;
        @Option(names = "--name", paramLabel = "NAME",
                description = "Dataset name for the manifest (default: the output folder's name).")
        String name;
        @Option(names = "--labels", paramLabel = "ROLE=Label,...",
                description = "Which span labels are the claim's content, source, cue and quantities "
                        + "(default: content=Content,source=Source,cue=Cue,quantity=Quantity).")
        String labels;
        @Option(names = "--claimants", paramLabel = "FILE",
                description = "A claimants.json whose ids the Claimant attributes use (aliases no imported text "
                        + "uses move to variants); without it the claimant is the normalised source mention.")
        Path claimants;
        @Option(names = "--gold-annotator", paramLabel = "NAME",
                description = "With several annotators, whose claims become the gold (default: the unsuffixed "
                        + "files, else the first annotator by name); each annotator's set is kept for agree.")
        String goldAnnotator;

        String datasetName() {
            String n = name != null ? name : output.toAbsolutePath().normalize().getFileName().toString();
            return n.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        }

        int write(ImportedCorpus corpus, CommandSpec spec) throws Exception {
            DatasetWriter.write(corpus, output);
            spec.commandLine().getOut().print(corpus.describe(output.toString()));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "brat", mixinStandardHelpOptions = true,
            description = {"Read a brat standoff corpus: <doc>.txt with <doc>.ann (text-bound annotations, "
                    + "discontinuous ones turned into their covering span, events and relations joining a content "
                    + "to its source and cue, attributes Type/Attribution/Quote/Claimant/Cluster, notes).",
                    "Texts and annotations are found up to three folders down (text/ and ann/ folders too). Several "
                            + "annotators: <doc>.NAME.ann or <doc>_NAME.ann (PolNeAR), or one sub-folder per annotator."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:imported", "2:usage error or bad input (file, line and field named; nothing written)"})
    static final class Brat implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "DIR", description = "The brat corpus folder.")
        Path dir;
        @Mixin
        Options options;

        @Override
        public Integer call() throws Exception {
            ImportedCorpus corpus = new BratImporter(LabelMapping.parse(options.labels), options.claimants)
                    .read(dir, options.datasetName(), options.goldAnnotator);
            return options.write(corpus, spec);
        }
    }

    @Command(name = "labelstudio", mixinStandardHelpOptions = true,
            description = {"Read a Label Studio JSON export: text tasks whose annotations carry span labels, "
                    + "relations joining a content to its source and cue, and per-region choices (type, "
                    + "attribution, quote) and text areas (claimant, cluster, id, via, quantity).",
                    "Each annotator (completed_by) becomes one annotation set."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:imported", "2:usage error or bad input (file, task and field named; nothing written)"})
    static final class LabelStudio implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "EXPORT.json", description = "The Label Studio JSON export.")
        Path export;
        @Mixin
        Options options;

        @Override
        public Integer call() throws Exception {
            ImportedCorpus corpus = new LabelStudioImporter(LabelMapping.parse(options.labels), options.claimants)
                    .read(export, options.datasetName(), options.goldAnnotator);
            return options.write(corpus, spec);
        }
    }

}
