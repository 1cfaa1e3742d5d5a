package org.claimeval.robustness;

import java.util.List;
import java.util.random.RandomGenerator;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Document;

/**
 * One family of meaning-preserving rewrites. It changes a document and moves the gold with it exactly, so an
 * extractor's score on the rewritten dataset is comparable with its score on the original without any new
 * annotation. A family that finds nothing to change in a document returns it unchanged.
 */
public interface Perturbation {

    /** Short name used on the command line and in reports, e.g. {@code cue-verbs}. */
    String name();

    /** One sentence on what the family changes. */
    String description();

    PerturbedDocument apply(Document document, List<Claim> gold, ClaimantRegistry registry, RandomGenerator random);
}
