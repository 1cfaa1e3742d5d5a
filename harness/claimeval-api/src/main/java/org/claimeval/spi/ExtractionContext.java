package org.claimeval.spi;

import java.util.List;
import java.util.Map;
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
 */
public record ExtractionContext(ClaimantRegistry claimants, List<Document> trainingDocuments,
                                Map<String, List<Claim>> trainingGold) {

    public ExtractionContext {
        trainingDocuments = List.copyOf(trainingDocuments);
        trainingGold = Map.copyOf(trainingGold);
    }

    /** A context for rule-based extraction: the registry and nothing to train on. */
    public static ExtractionContext of(ClaimantRegistry claimants) {
        return new ExtractionContext(claimants, List.of(), Map.of());
    }
}
