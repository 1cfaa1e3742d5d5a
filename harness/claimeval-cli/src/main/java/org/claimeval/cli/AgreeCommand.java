package org.claimeval.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.model.Dataset;
import org.claimeval.stats.Agreement;
import org.claimeval.dataset.AnnotationSet;
import org.claimeval.stats.render.AgreementReport;
import org.claimeval.stats.render.StatsFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Inter-annotator agreement between two annotation sets in the gold format. */
@Command(name = "agree", mixinStandardHelpOptions = true,
        description = {"Agreement between two annotation sets in the gold format: span F1 (exact and overlap), "
                + "claimant and attribution agreement and Cohen's kappa for type and attribution on overlap-matched "
                + "claims, and every disagreement.",
                "Each of A and B is a dataset folder (manifest.json, claimants.json, gold/), a folder with gold/ "
                        + "and an optional claimants.json, or a folder of gold files (claimants.json optional, in it "
                        + "or its parent). The documents come from A's manifest, else from the bundled dataset."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "2:usage error or bad input"})
final class AgreeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "A", description = "The reference annotation (taken as gold).")
    Path a;
    @Parameters(index = "1", paramLabel = "B", description = "The other annotation (taken as predictions).")
    Path b;
    @Option(names = "--format", defaultValue = "table", description = "table, markdown or json (default: ${DEFAULT-VALUE}).")
    StatsFormat format;
    @CheckedBeforeWork.WrittenTo
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        AnnotationSet setA = AnnotationSet.load(a);
        AnnotationSet setB = AnnotationSet.load(b);
        Dataset seeds = setA.dataset() != null ? setA.dataset() : DatasetLoader.bundled();
        Agreement agreement = Agreement.measure(setA, setB, seeds);
        Output.write(AgreementReport.render(agreement, format), output, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
