package org.claimeval.junit;

import java.nio.file.Path;
import java.util.Objects;
import org.claimeval.dataset.DatasetLoader;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Dataset;
import org.claimeval.pipeline.ExtractorSpec;

/** The extractor under test, waiting for a dataset: {@code assertThat(extractor).on(dataset)}. */
public final class ExtractorAssert {
    private final ExtractorSpec spec;

    ExtractorAssert(ExtractorSpec spec) {
        this.spec = spec;
    }

    /**
     * Scores against a dataset folder (manifest.json, claimants.json, gold/), loaded and validated in full.
     *
     * @param datasetFolder the dataset folder
     * @return the step that names metrics and thresholds
     * @throws IllegalArgumentException listing every problem when the dataset is not valid
     */
    public EvaluationAssert on(Path datasetFolder) {
        try {
            return on(DatasetLoader.load(datasetFolder));
        } catch (BadInputException e) {
            throw new IllegalArgumentException("claimeval: cannot use the dataset " + datasetFolder + ":"
                    + System.lineSeparator() + e.getMessage(), e);
        }
    }

    /**
     * Scores against a loaded dataset.
     *
     * @param dataset the dataset
     * @return the step that names metrics and thresholds
     */
    public EvaluationAssert on(Dataset dataset) {
        return new EvaluationAssert(spec, Objects.requireNonNull(dataset, "dataset"));
    }
}
