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
 * @param strict     the claim + claimant assignment behind {@code attributes.strict()}: kept so that the headline
 *                   can be split by paragraph for intervals and significance tests, like the span counts
 */
public record DocumentScore(String doc, Counts counts, List<Match> matches, List<Claim> missed,
                            List<Claim> spurious, List<Rejection> rejected, AttributeScores attributes,
                            Alignment strict) {
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
        // Rejected predictions are false positives of the claim + claimant counts too, outside the assignment.
        if (!strict.counts().plus(new Counts(0, rejected.size(), 0)).equals(attributes.strict())) {
            throw new IllegalArgumentException("claim + claimant counts disagree with their assignment in " + doc);
        }
    }
}
