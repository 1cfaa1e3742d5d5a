package org.claimeval.spi;

import java.util.List;
import java.util.Map;
import org.claimeval.model.Annotates;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Document;

/**
 * What an extractor may use besides the text: the claimant registry, which is data loaded at run time so
 * that rules stay free of names taken from any particular article, and, for extractors that learn, the
 * documents and gold claims they may train on. The harness guarantees that no document being scored is in
 * the training set (cross-validation passes the other folds).
 *
 * @param trainingDocuments documents a learning extractor may train on; empty for rule-based extraction
 * @param trainingGold      gold claims of those documents, by document id
 * @param annotates         what the dataset annotates: an extractor predicts a type only from this label set
 *                          ({@link Annotates#types()}); the built-ins do only when it is kursk-claims'
 */
public record ExtractionContext(ClaimantRegistry claimants, List<Document> trainingDocuments,
                                Map<String, List<Claim>> trainingGold, Annotates annotates) {

    public ExtractionContext {
        trainingDocuments = List.copyOf(trainingDocuments);
        trainingGold = Map.copyOf(trainingGold);
        java.util.Objects.requireNonNull(annotates, "annotates");
    }

    /** A context for a dataset that annotates everything, with kursk-claims' type labels. */
    public ExtractionContext(ClaimantRegistry claimants, List<Document> trainingDocuments,
                             Map<String, List<Claim>> trainingGold) {
        this(claimants, trainingDocuments, trainingGold, Annotates.EVERYTHING);
    }

    /** A context for rule-based extraction: the registry and nothing to train on. */
    public static ExtractionContext of(ClaimantRegistry claimants) {
        return new ExtractionContext(claimants, List.of(), Map.of());
    }
}
