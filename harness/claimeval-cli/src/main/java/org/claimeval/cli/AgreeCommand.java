package org.claimeval.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.model.Dataset;
import org.claimeval.dataset.AnnotationSet;
import org.claimeval.stats.MultiAgreement;
import org.claimeval.stats.render.MultiAgreementReport;
import org.claimeval.stats.render.StatsFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Inter-annotator agreement between two or more annotation sets in the gold format. */
@Command(name = "agree", mixinStandardHelpOptions = true,
        description = {"Agreement between two or more annotation sets in the gold format: for each pair, span F1 "
                + "(exact and overlap), claimant and attribution agreement and Cohen's kappa for type and attribution "
                + "on overlap-matched claims, cluster agreement (pairwise F1 over the claims that share a key), the differences of "
                + "matched pairs counted by kind, and every disagreement; over all sets, Krippendorff's alpha token-wise "
                + "(content / source / cue / none) and for type and attribution on matched claims.",
                "Each SET is a dataset folder (manifest.json, claimants.json, gold/), a folder with gold/ and an "
                        + "optional claimants.json, or a folder of gold files (claimants.json optional, in it or its "
                        + "parent). One dataset imported from a corpus with several annotators (annotators/NAME/gold/) "
                        + "compares its annotators. The documents come from the first set's dataset, else from the "
                        + "bundled dataset."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "2:usage error or bad input (also: fewer than two sets, a set without claims, "
                + "two sets without a document in common)"})
final class AgreeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "SET",
            description = "The annotation sets; the first is the reference (taken as gold in each of its pairs).")
    List<Path> sets;
    @Option(names = "--format", defaultValue = "table", description = "table, markdown or json (default: ${DEFAULT-VALUE}).")
    StatsFormat format;
    @CheckedBeforeWork.WrittenTo
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        Path datasetDir = AnnotationSet.datasetAround(sets.get(0));
        Dataset seeds = datasetDir != null ? DatasetLoader.load(datasetDir) : DatasetLoader.bundled();
        List<AnnotationSet> loaded = new ArrayList<>();
        if (sets.size() == 1 && datasetDir != null && datasetDir.equals(sets.get(0))) {
            loaded.addAll(AnnotationSet.annotatorsOf(datasetDir, seeds));
        }
        if (loaded.isEmpty()) {
            for (Path p : sets) {
                loaded.add(AnnotationSet.load(p, seeds.annotates()));
            }
        }
        MultiAgreement agreement = MultiAgreement.measure(loaded, seeds);
        Output.write(MultiAgreementReport.render(agreement, format), output, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
