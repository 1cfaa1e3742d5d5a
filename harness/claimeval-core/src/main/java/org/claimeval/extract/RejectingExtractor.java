package org.claimeval.extract;

import java.util.List;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;
import org.claimeval.score.Rejection;
import org.claimeval.spi.ClaimExtractor;

/**
 * An adapter that reads claims from outside Java (a process's answer, a predictions file) and keeps those it
 * cannot place as {@link Rejection}s rather than dropping them or failing the document: each is a false
 * positive. The runner asks it through {@link #extractAll} instead of {@link #extract}.
 */
interface RejectingExtractor extends ClaimExtractor {

    /** The claims placed in the document and those that could not be. */
    record Extracted(List<Claim> claims, List<Rejection> rejected) {
        public Extracted {
            // Not List.copyOf: a null claim from an SPI extractor must reach the check that names it.
            claims = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(claims));
            rejected = List.copyOf(rejected);
        }
    }

    Extracted extractAll(Document document) throws Exception;

    /** Only the claims that could be placed. */
    @Override
    default List<Claim> extract(Document document) throws Exception {
        return extractAll(document).claims();
    }
}
