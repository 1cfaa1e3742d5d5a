package org.claimeval.score;

import java.util.List;
import java.util.Objects;
import org.claimeval.model.Claim;

/**
 * The score of one document.
 *
 * @param doc        document id
 * @param counts     TP = matches, FP = spurious + rejected, FN = missed
 * @param matches    gold claims and the predictions assigned to them, in gold span order
 * @param missed     gold claims no prediction was assigned to (false negatives), in span order
 * @param spurious   predictions assigned to no gold claim (false positives), in span order
 * @param rejected   predictions that could not be placed in the document (false positives too), in input order
 * @param attributes attribute scores of this document's matched pairs and its strict claim + claimant counts
 */
public record DocumentScore(String doc, Counts counts, List<Match> matches, List<Claim> missed,
                            List<Claim> spurious, List<Rejection> rejected, AttributeScores attributes) {
    public DocumentScore {
        Objects.requireNonNull(doc, "doc");
        matches = List.copyOf(matches);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
        rejected = List.copyOf(rejected);
        if (counts.tp() != matches.size() || counts.fp() != spurious.size() + rejected.size()
                || counts.fn() != missed.size()) {
            throw new IllegalArgumentException("counts " + counts + " disagree with the claim lists of " + doc);
        }
    }
}
