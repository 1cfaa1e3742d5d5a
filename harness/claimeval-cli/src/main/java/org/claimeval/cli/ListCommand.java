package org.claimeval.cli;

import java.util.concurrent.Callable;
import org.claimeval.spi.ClaimExtractor;
import org.claimeval.extract.ExtractorCatalog;
import org.claimeval.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the extractors found on the class path (built-in and SPI).")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Table table = new Table("extractor", "version", "class");
        for (ClaimExtractor e : ExtractorCatalog.discover().all()) {
            table.row(e.name(), e.version(), e.getClass().getName());
        }
        spec.commandLine().getOut().print(table.toText());
        return ExitCode.OK;
    }
}
