package org.claimeval.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Dataset;
import org.claimeval.report.DatasetStats;
import org.claimeval.report.HumanReport;
import org.claimeval.report.JsonReport;
import org.claimeval.stats.Agreement;
import org.claimeval.dataset.AnnotationSet;
import org.claimeval.stats.render.AgreementReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Every table of a dataset's datasheet: the composition, and with {@code --agreement} the agreement with a
 * second annotation (the measures, cluster agreement and the differences counted by kind), so that no number
 * in the datasheet is typed by hand.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"The composition of a dataset: claims per document (length, attribution kinds, quantities), "
                + "type, claimant side, attribution, quotation, claims per claimant.",
                "With --agreement, also the agreement with a second annotation as `claimeval agree` measures it "
                        + "(without its list of every disagreement): every table the datasheet shows."})
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatasetOption dataset;
    @Option(names = "--format", defaultValue = "table", description = "table, markdown or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;
    @Option(names = "--agreement", paramLabel = "B",
            description = "A second annotation of the dataset's documents (a folder with gold/ and claimants.json, "
                    + "as dataset/agreement/pass2), measured against the dataset's gold.")
    Path agreement;

    @Override
    public Integer call() throws Exception {
        if (format == ReportFormat.JUNIT || format == ReportFormat.HTML) {
            throw ExtractorOptions.usage("stats has no " + format + " format: use table, markdown or json");
        }
        Dataset data = dataset.load();
        Agreement measured = agreement == null ? null : agreement(data, AnnotationSet.load(agreement));
        spec.commandLine().getOut().print(render(data, measured, format));
        return ExitCode.OK;
    }

    /** The dataset's gold (A) against a second annotation (B), as {@code claimeval agree} measures it. */
    static Agreement agreement(Dataset data, AnnotationSet b) throws BadInputException {
        AnnotationSet a = new AnnotationSet(data.name(), data.gold(), data.claimants(), data, Path.of("gold"));
        return Agreement.measure(a, b, data);
    }

    /** The report; {@code agreement} null for the composition alone. */
    static String render(Dataset data, Agreement agreement, ReportFormat format) {
        DatasetStats stats = DatasetStats.of(data);
        if (format == ReportFormat.JSON) {
            ObjectNode root = stats.toJson();
            if (agreement != null) {
                root.set("agreement", AgreementReport.tree(agreement));
            }
            return JsonReport.write(root);
        }
        boolean markdown = format == ReportFormat.MARKDOWN;
        String composition = stats.render(markdown ? HumanReport.Style.MARKDOWN : HumanReport.Style.TEXT);
        return agreement == null ? composition : composition + AgreementReport.summary(agreement, markdown);
    }
}
