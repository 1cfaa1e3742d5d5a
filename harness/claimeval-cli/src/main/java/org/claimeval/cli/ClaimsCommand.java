package org.claimeval.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimeval.report.WhoClaimsWhat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimeval claims}: who claims what, cluster by cluster, from the gold claims. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Who claims what: for each cluster of gold claims about the same figure or fact, every "
                + "claimant's figure side by side with the document and the wording.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "2:usage error, bad input, or an unknown cluster key"})
final class ClaimsCommand implements Callable<Integer> {
    /** The output formats of the claims table. */
    enum Format {
        MARKDOWN, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Spec
    CommandSpec spec;
    @Mixin
    DatasetOption dataset;

    @Option(names = "--cluster", paramLabel = "KEY", description = "Only this cluster (default: all, sorted by key).")
    String cluster;

    @Option(names = "--format", defaultValue = "markdown", description = "markdown or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @CheckedBeforeWork.WrittenTo
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        WhoClaimsWhat all = WhoClaimsWhat.of(dataset.load());
        WhoClaimsWhat chosen = all;
        if (cluster != null) {
            Optional<WhoClaimsWhat> only = all.only(cluster);
            if (only.isEmpty()) {
                var err = spec.commandLine().getErr();
                err.println("claimeval: unknown cluster '" + cluster + "'; known clusters: "
                        + (all.keys().isEmpty() ? "(none)" : String.join(", ", all.keys())));
                err.flush();
                return ExitCode.BAD_INPUT;
            }
            chosen = only.get();
        }
        Output.write(format == Format.JSON ? chosen.json() : chosen.markdown(), output, spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
