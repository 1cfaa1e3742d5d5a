package org.claimeval.cli;

import java.nio.file.Path;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Dataset;
import org.claimeval.pipeline.Evaluation;
import org.claimeval.spi.ExtractionContext;
import picocli.CommandLine.Option;

/** {@code --dataset DIR}: another dataset in the bundled layout; without it, the bundled dataset. */
public final class DatasetOption {
    @Option(names = "--dataset", paramLabel = "DIR",
            description = "Dataset folder (manifest.json, claimants.json, gold/); default: the bundled dataset.")
    Path dir;

    Dataset load() throws BadInputException {
        return dir == null ? DatasetLoader.bundled() : DatasetLoader.load(dir);
    }
}
