package org.claimeval.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded, validated dataset: documents in manifest order, the claimant registry and the gold claims of
 * each document.
 *
 * @param name     dataset name from the manifest, e.g. kursk-claims
 * @param version  semantic version from the manifest
 * @param goldHash sha256 over the gold files (see DatasetLoader), identifies exactly what was scored against
 */
public record Dataset(String name, String version, List<Document> documents, ClaimantRegistry claimants,
                      Map<String, List<Claim>> gold, String goldHash) {

    public Dataset {
        documents = List.copyOf(documents);
        gold = Map.copyOf(gold);
    }

    public Optional<Document> document(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public List<Claim> gold(String docId) {
        return gold.getOrDefault(docId, List.of());
    }

    /** Short form used in signatures: {@code kursk-claims@1.0.0#1a2b3c4d}. */
    public String signature() {
        return name + "@" + version + "#" + goldHash.substring(0, Math.min(8, goldHash.length()));
    }
}
