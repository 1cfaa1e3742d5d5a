package org.claimeval.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Dataset;
import org.claimeval.report.DatasetStats;
import org.claimeval.report.HumanReport;
import org.claimeval.report.JsonReport;
import org.claimeval.report.Markdown;
import org.claimeval.stats.Agreement;
import org.claimeval.stats.Paragraphs;
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
 * in the datasheet is typed by hand. With {@code --summary}, the composition in one line, which is how the
 * README quotes the dataset's size; {@code --readme} writes either into a file's {@code stats} block.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"The composition of a dataset: claims per document (length, attribution kinds, quantities), "
                + "type, claimant side, attribution, quotation, claims per claimant.",
                "With --agreement, also the agreement with a second annotation as `claimeval agree` measures it "
                        + "(without its list of every disagreement): every table the datasheet shows.",
                "With --summary, the composition in one line and the number of paragraphs (what the README quotes); "
                        + "--readme FILE writes what is printed, as Markdown, into FILE's stats block."})
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
    @Option(names = "--summary",
            description = "Only the composition in one line, with the number of paragraphs (non-blank lines, the unit "
                    + "the bootstrap resamples).")
    boolean summary;
    @Option(names = "--readme", paramLabel = "FILE",
            description = "Also write what is printed, as Markdown, between <!-- " + README_BLOCK + ":start --> and "
                    + "<!-- " + README_BLOCK + ":end --> of FILE (README.md with --summary, a datasheet without).")
    Path readme;

    /** The block of a Markdown file that {@code --readme} regenerates. */
    static final String README_BLOCK = "stats";

    @Override
    public Integer call() throws Exception {
        if (format == ReportFormat.JUNIT || format == ReportFormat.HTML) {
            throw ExtractorOptions.usage("stats has no " + format + " format: use table, markdown or json");
        }
        if (summary && (format == ReportFormat.JSON || agreement != null)) {
            throw ExtractorOptions.usage("--summary is one line of text: it takes neither --format json nor --agreement");
        }
        if (readme != null) {
            new ReadmeBlock(readme, README_BLOCK).check(); // before any work: a missing marker is a usage error
        }
        Dataset data = dataset.load();
        Agreement measured = agreement == null ? null : agreement(data, AnnotationSet.load(agreement));
        if (readme != null) {
            new ReadmeBlock(readme, README_BLOCK).replace(summary ? summary(data, ReportFormat.MARKDOWN)
                    : render(data, measured, ReportFormat.MARKDOWN));
        }
        spec.commandLine().getOut().print(summary ? summary(data, format) : render(data, measured, format));
        return ExitCode.OK;
    }

    /** The composition in one line, and the paragraphs the bootstrap resamples (the README's figures). */
    static String summary(Dataset data, ReportFormat format) {
        int paragraphs = data.documents().stream().mapToInt(d -> Paragraphs.of(d).size()).sum();
        String line = DatasetStats.of(data).summary() + ", " + paragraphs
                + " paragraphs (non-blank lines, the unit the bootstrap resamples)";
        return (format == ReportFormat.MARKDOWN ? Markdown.escape(line) : line) + "\n";
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
