package org.claimeval.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded, validated dataset: documents in manifest order, the claimant registry and the gold claims of
 * each document. A class rather than a record only so that it can keep its documents indexed by id: readers
 * look a document up for every predicted claim, and datasets may hold thousands of documents.
 */
public final class Dataset {
    private final String name;
    private final String version;
    private final List<Document> documents;
    private final Map<String, Document> documentsById = new HashMap<>();
    private final ClaimantRegistry claimants;
    private final Map<String, List<Claim>> gold;
    private final String goldHash;
    private final Annotates annotates;

    /** A dataset that annotates everything kursk-claims does (see {@link Annotates#EVERYTHING}). */
    public Dataset(String name, String version, List<Document> documents, ClaimantRegistry claimants,
                   Map<String, List<Claim>> gold, String goldHash) {
        this(name, version, documents, claimants, gold, goldHash, Annotates.EVERYTHING);
    }

    /**
     * @param name     dataset name from the manifest, e.g. kursk-claims
     * @param version  semantic version from the manifest
     * @param goldHash sha256 over the gold files (see DatasetLoader), identifies exactly what was scored against
     * @param annotates what the gold carries; attributes it leaves out are not scored
     */
    public Dataset(String name, String version, List<Document> documents, ClaimantRegistry claimants,
                   Map<String, List<Claim>> gold, String goldHash, Annotates annotates) {
        this.name = name;
        this.version = version;
        this.documents = List.copyOf(documents);
        this.claimants = claimants;
        this.gold = Map.copyOf(gold);
        this.goldHash = goldHash;
        this.annotates = Objects.requireNonNull(annotates, "annotates");
        for (Document d : this.documents) {
            documentsById.putIfAbsent(d.id(), d);
        }
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    /** In manifest order. */
    public List<Document> documents() {
        return documents;
    }

    public ClaimantRegistry claimants() {
        return claimants;
    }

    public Map<String, List<Claim>> gold() {
        return gold;
    }

    public String goldHash() {
        return goldHash;
    }

    /** What the gold annotates (the manifest's profile). */
    public Annotates annotates() {
        return annotates;
    }

    /** The same documents and registry with other gold claims, for instance another annotator's. */
    public Dataset withGold(Map<String, List<Claim>> otherGold, String otherGoldHash) {
        return new Dataset(name, version, documents, claimants, otherGold, otherGoldHash, annotates);
    }

    public Optional<Document> document(String id) {
        return Optional.ofNullable(documentsById.get(id));
    }

    public List<Claim> gold(String docId) {
        return gold.getOrDefault(docId, List.of());
    }

    /** Short form used in signatures: {@code kursk-claims@1.0.0#1a2b3c4d}. */
    public String signature() {
        return name + "@" + version + "#" + goldHash.substring(0, Math.min(8, goldHash.length()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && Objects.equals(name, d.name) && Objects.equals(version, d.version)
                && documents.equals(d.documents) && Objects.equals(claimants, d.claimants) && gold.equals(d.gold)
                && Objects.equals(goldHash, d.goldHash) && annotates.equals(d.annotates);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, version, documents, gold, goldHash);
    }

    @Override
    public String toString() {
        return "Dataset[" + signature() + ", " + documents.size() + " documents]";
    }
}
