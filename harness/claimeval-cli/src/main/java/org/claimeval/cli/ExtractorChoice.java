package org.claimeval.cli;

import java.nio.file.Path;
import org.claimeval.model.BadInputException;
import org.claimeval.pipeline.ExtractorSpec;
import picocli.CommandLine.Option;

/** The options that choose one extractor, in any of the four ways; shared by every command that runs one. */
public final class ExtractorChoice {
    @Option(names = "--extractor", paramLabel = "NAME",
            description = "Extractor by name (built-in or SPI), or the one to take from --extractor-jar.")
    String name;

    @CheckedBeforeWork.ReadFrom
    @Option(names = "--extractor-jar", paramLabel = "PATH", description = "Load extractors from this jar (SPI).")
    Path jar;

    @Option(names = "--extractor-cmd", paramLabel = "COMMAND",
            description = "Run this command as one long-lived process speaking JSON Lines (split into argv, no shell).")
    String command;

    @CheckedBeforeWork.ReadFrom
    @Option(names = "--predictions", paramLabel = "FILE.jsonl", description = "Score a predictions file.")
    Path predictions;

    /** The one extractor these options name. */
    ExtractorSpec spec() throws BadInputException {
        int ways = (jar != null ? 1 : 0) + (command != null ? 1 : 0) + (predictions != null ? 1 : 0);
        if (ways > 1) {
            throw ExtractorOptions.usage("--extractor-jar, --extractor-cmd and --predictions exclude each other");
        }
        if (jar != null) {
            return new ExtractorSpec.Jar(jar, name);
        }
        if (command != null) {
            return new ExtractorSpec.Command(command, name);
        }
        if (predictions != null) {
            if (name != null) {
                throw ExtractorOptions.usage("--extractor and --predictions exclude each other");
            }
            return new ExtractorSpec.PredictionsFile(predictions);
        }
        if (name == null) {
            throw ExtractorOptions.usage("choose an extractor: --extractor NAME, --extractor-jar PATH, "
                    + "--extractor-cmd COMMAND or --predictions FILE.jsonl (claimeval list shows the names)");
        }
        return new ExtractorSpec.Named(name);
    }
}
