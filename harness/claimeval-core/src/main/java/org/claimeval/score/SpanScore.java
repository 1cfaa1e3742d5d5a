package org.claimeval.score;

import org.claimeval.model.Span;

/**
 * How well matched predictions place a secondary span of the claim: the claimant mention or the reporting cue,
 * as attribution corpora score source, cue and content separately. Judged on matched pairs only.
 *
 * <p>Per pair: a gold span and a predicted span that agree are a TP; that disagree, an FP and an FN; a gold span
 * the prediction leaves out is an FN (a missing field counts as wrong); a predicted span where the gold has none
 * is an FP; neither giving one adds nothing. Exact agreement needs the same offsets; overlap agreement needs
 * one code point in common.
 *
 * @param exact    counts under exact agreement
 * @param overlap  counts under overlap agreement
 * @param coverage among pairs whose gold has the span, how many predictions gave one (correct = exact agreement)
 */
public record SpanScore(Counts exact, Counts overlap, Accuracy coverage) {
    public static final SpanScore ZERO = new SpanScore(Counts.ZERO, Counts.ZERO, Accuracy.ZERO);

    public SpanScore plus(SpanScore o) {
        return new SpanScore(exact.plus(o.exact), overlap.plus(o.overlap), coverage.plus(o.coverage));
    }

    /** Adds one matched pair. */
    SpanScore judge(Span gold, Span predicted) {
        return new SpanScore(exact.plus(counts(gold, predicted, sameOffsets(gold, predicted))),
                overlap.plus(counts(gold, predicted, overlaps(gold, predicted))),
                gold == null ? coverage : coverage.judge(predicted != null, sameOffsets(gold, predicted)));
    }

    private static Counts counts(Span gold, Span predicted, boolean agree) {
        if (gold == null) {
            return predicted == null ? Counts.ZERO : new Counts(0, 1, 0);
        }
        if (predicted == null) {
            return new Counts(0, 0, 1);
        }
        return agree ? new Counts(1, 0, 0) : new Counts(0, 1, 1);
    }

    static boolean sameOffsets(Span a, Span b) {
        return a != null && b != null && a.start() == b.start() && a.end() == b.end();
    }

    /** At least one code point in common; an empty span overlaps only a span with the same offsets. */
    static boolean overlaps(Span a, Span b) {
        if (a == null || b == null) {
            return false;
        }
        return sameOffsets(a, b) || Math.max(a.start(), b.start()) < Math.min(a.end(), b.end());
    }

    /**
     * Whether a pair agrees on the span for the full relation: both leave it out (an author claim has no cue),
     * or both give overlapping spans.
     */
    static boolean agreeForRelation(Span gold, Span predicted) {
        return gold == null ? predicted == null : overlaps(gold, predicted);
    }
}
