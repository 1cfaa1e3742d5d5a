package org.claimeval.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where and how a report is written. */
public final class OutputOptions {
    @Option(names = "--format", defaultValue = "table",
            description = "table, json, markdown, junit or html (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @CheckedBeforeWork.WrittenTo
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Path output;

    @Option(names = "--details", description = "JSON report: per document, the matched pairs (gold id, prediction, "
            + "similarity, attribute verdicts), the false positives with their reasons and the missed gold claims.")
    boolean details;

    @Option(names = "--no-timing", description = "Leave timing out, so identical runs give byte-identical reports.")
    boolean noTiming;
}
