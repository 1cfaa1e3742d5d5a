package org.claimeval.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimeval.model.Bound;
import org.claimeval.model.Quantity;

/**
 * What matched pairs get right beyond the span.
 *
 * @param claimant   registry id of the predicted claimant equals the gold one, after alias normalisation
 * @param side       the predicted claimant speaks for the same side as the gold one ({@code author} is its
 *                   own side)
 * @param type       predicted type equals gold type
 * @param quantities TP/FP/FN over the multisets of (value, unit lower-cased, bound) of each matched pair,
 *                   summed over pairs; quantities of unmatched claims are not counted here
 * @param strict     claim + claimant: a match also needs the same claimant. The assignment is solved again
 *                   with claimant equality as a precondition of every candidate pair rather than by filtering
 *                   the span matches, because filtering would punish an extractor whose right-claimant
 *                   prediction lost the span assignment to a wrong-claimant one on the same gold claim.
 * @param mention    the claimant mention spans of matched pairs
 * @param cue        the cue spans of matched pairs
 * @param relation   full relation: a match also needs the same claimant and an agreeing cue (both absent, or
 *                   overlapping); solved as an assignment of its own, like {@code strict}
 */
public record AttributeScores(Accuracy claimant, Accuracy side, Accuracy type, Counts quantities, Counts strict,
                              SpanScore mention, SpanScore cue, Counts relation) {
    public static final AttributeScores ZERO = new AttributeScores(Accuracy.ZERO, Accuracy.ZERO, Accuracy.ZERO,
            Counts.ZERO, Counts.ZERO, SpanScore.ZERO, SpanScore.ZERO, Counts.ZERO);

    public AttributeScores plus(AttributeScores o) {
        return new AttributeScores(claimant.plus(o.claimant), side.plus(o.side), type.plus(o.type),
                quantities.plus(o.quantities), strict.plus(o.strict), mention.plus(o.mention), cue.plus(o.cue),
                relation.plus(o.relation));
    }

    static AttributeScores of(List<Match> matches, Counts strict, Counts relation, ClaimantKeys claimants) {
        Accuracy claimant = Accuracy.ZERO;
        Accuracy side = Accuracy.ZERO;
        Accuracy type = Accuracy.ZERO;
        Counts quantities = Counts.ZERO;
        SpanScore mention = SpanScore.ZERO;
        SpanScore cue = SpanScore.ZERO;
        for (Match m : matches) {
            mention = mention.judge(m.gold().claimantMention(), m.predicted().claimantMention());
            cue = cue.judge(m.gold().cue(), m.predicted().cue());
            boolean claimantGiven = claimants.given(m.predicted());
            claimant = claimant.judge(claimantGiven, claimants.sameClaimant(m.gold(), m.predicted()));
            side = side.judge(claimantGiven, claimants.sameSide(m.gold().claimant(), m.predicted().claimant()));
            type = type.judge(m.predicted().type() != null, java.util.Objects.equals(m.gold().type(), m.predicted().type()));
            quantities = quantities.plus(quantityCounts(m.gold().quantities(), m.predicted().quantities()));
        }
        return new AttributeScores(claimant, side, type, quantities, strict, mention, cue, relation);
    }

    private record QuantityKey(double value, String unit, Bound bound) {
        static QuantityKey of(Quantity q) {
            // +0.0 and -0.0 are the same figure; records compare doubles bit for bit otherwise.
            return new QuantityKey(q.value() == 0.0 ? 0.0 : q.value(), q.unit().trim().toLowerCase(Locale.ROOT),
                    q.bound());
        }
    }

    /** Multiset intersection: a gold quantity can be matched by at most one predicted quantity. */
    public static Counts quantityCounts(List<Quantity> gold, List<Quantity> predicted) {
        Map<QuantityKey, Integer> remaining = new HashMap<>();
        for (Quantity q : gold) {
            remaining.merge(QuantityKey.of(q), 1, Integer::sum);
        }
        long tp = 0;
        List<Quantity> unmatched = new ArrayList<>();
        for (Quantity q : predicted) {
            QuantityKey key = QuantityKey.of(q);
            Integer left = remaining.get(key);
            if (left != null && left > 0) {
                remaining.put(key, left - 1);
                tp++;
            } else {
                unmatched.add(q);
            }
        }
        return new Counts(tp, unmatched.size(), gold.size() - tp);
    }
}
