package org.claimeval.extract;

import org.claimeval.model.ClaimantRegistry;

/**
 * What an extractor may use besides the text: the claimant registry, which is data loaded at run time so
 * that rules stay free of names taken from any particular article.
 */
public record ExtractionContext(ClaimantRegistry claimants) {
}
