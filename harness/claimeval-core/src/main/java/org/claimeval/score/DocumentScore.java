package org.claimeval.score;

import java.util.List;
import java.util.Objects;
import org.claimeval.model.Claim;

/**
 * The score of one document.
 *
 * @param doc        document id
 * @param counts     TP = matches, FP = spurious, FN = missed
 * @param matches    gold claims and the predictions assigned to them, in gold span order
 * @param missed     gold claims no prediction was assigned to (false negatives), in span order
 * @param spurious   predictions assigned to no gold claim (false positives), in span order
 * @param attributes attribute scores of this document's matched pairs and its strict claim + claimant counts
 * @param strict     the claim + claimant assignment behind {@code attributes.strict()}: kept so that the headline
 *                   can be split by paragraph for intervals and significance tests, like the span counts
 */
public record DocumentScore(String doc, Counts counts, List<Match> matches, List<Claim> missed,
                            List<Claim> spurious, AttributeScores attributes, Alignment strict) {
    public DocumentScore {
        Objects.requireNonNull(doc, "doc");
        matches = List.copyOf(matches);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
        if (counts.tp() != matches.size() || counts.fp() != spurious.size() || counts.fn() != missed.size()) {
            throw new IllegalArgumentException("counts " + counts + " disagree with the claim lists of " + doc);
        }
        if (!strict.counts().equals(attributes.strict())) {
            throw new IllegalArgumentException("claim + claimant counts disagree with their assignment in " + doc);
        }
    }
}
