package org.claimeval.cli;

import java.util.concurrent.Callable;
import org.claimeval.report.DatasetStats;
import org.claimeval.report.HumanReport;
import org.claimeval.report.JsonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "The composition of a dataset: claims per document, type, claimant side, attribution, quotation.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    DatasetOption dataset;
    @Option(names = "--format", defaultValue = "table", description = "table, markdown or json (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Override
    public Integer call() throws Exception {
        DatasetStats stats = DatasetStats.of(dataset.load());
        String text = switch (format) {
            case TABLE -> stats.render(HumanReport.Style.TEXT);
            case MARKDOWN -> stats.render(HumanReport.Style.MARKDOWN);
            case JSON -> JsonReport.write(stats.toJson());
            case JUNIT, HTML -> throw ExtractorOptions.usage("stats has no " + format + " format: use table, markdown or json");
        };
        spec.commandLine().getOut().print(text);
        return ExitCode.OK;
    }
}
