package org.claimeval.robustness;

import java.util.Map;
import org.claimeval.model.Dataset;

/**
 * A dataset rewritten by one perturbation family. It keeps the original's signature (its gold is the same
 * gold, moved), and says which documents the family changed.
 */
public record PerturbedDataset(String family, Dataset dataset, Map<String, Boolean> changedByDocument) {

    public PerturbedDataset {
        changedByDocument = Map.copyOf(changedByDocument);
    }

    public long documentsChanged() {
        return changedByDocument.values().stream().filter(Boolean::booleanValue).count();
    }
}
