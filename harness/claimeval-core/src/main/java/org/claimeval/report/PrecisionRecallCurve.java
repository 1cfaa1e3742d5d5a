package org.claimeval.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.claimeval.model.Claim;
import org.claimeval.score.DocumentScore;
import org.claimeval.score.Match;
import org.claimeval.score.Scores;

/**
 * Precision and recall of a run as its confidence threshold is raised, and the average precision (AP).
 *
 * <p>The predictions keep the status the one-to-one matching gave them at the full run (matched = true
 * positive, spurious = false positive); the matching is not redone per threshold. Predictions are ranked by
 * {@code score}, highest first; a prediction without a score ranks below every scored one (as if its score
 * were minus infinity). Each distinct score is one threshold {@code t}: the predictions with score ≥ t are
 * kept, so tied predictions enter together and their order never matters. Recall is taken against
 * <em>all</em> gold claims, including those no prediction found, so the curve ends at the run's recall.
 *
 * <p>AP is the step-wise (non-interpolated) area under that curve, as in scikit-learn's
 * {@code average_precision_score}: {@code AP = Σ_k (R_k − R_{k−1}) · P_k} over the thresholds in descending
 * order, with {@code R_0 = 0}. With no gold claims AP is undefined and reported as 1.0 only if there are no
 * false positives either (the {@code Counts} convention), else 0.0.
 *
 * @param points one point per threshold, highest threshold first
 * @param gold   the number of gold claims recall is taken against
 */
public record PrecisionRecallCurve(List<Point> points, long gold, double averagePrecision) {

    /**
     * The run with predictions at score ≥ {@code threshold} kept.
     *
     * @param threshold null for the last point when unscored predictions exist (they enter last)
     */
    public record Point(Double threshold, long tp, long fp, double precision, double recall) {
    }

    public PrecisionRecallCurve {
        points = List.copyOf(points);
    }

    /** The curve of a run, or empty when no prediction carries a score (there is nothing to rank by). */
    public static Optional<PrecisionRecallCurve> of(Scores scores) {
        List<Ranked> ranked = new ArrayList<>();
        long gold = 0;
        for (DocumentScore d : scores.documents()) {
            for (Match m : d.matches()) {
                ranked.add(new Ranked(m.predicted().score(), true));
            }
            for (Claim c : d.spurious()) {
                ranked.add(new Ranked(c.score(), false));
            }
            // Rejected predictions are false positives without a usable score: they rank last.
            d.rejected().forEach(r -> ranked.add(new Ranked(null, false)));
            gold += d.counts().gold();
        }
        if (ranked.stream().noneMatch(r -> r.score() != null)) {
            return Optional.empty();
        }
        return Optional.of(of(ranked, gold));
    }

    /** One prediction: its score (null when it has none) and whether the matching paired it with a gold claim. */
    public record Ranked(Double score, boolean matched) {
    }

    /** The curve of predictions ranked by score; {@code gold} is the number of gold claims. */
    public static PrecisionRecallCurve of(List<Ranked> predictions, long gold) {
        List<Ranked> sorted = new ArrayList<>(predictions);
        // Highest score first, unscored last.
        sorted.sort((a, b) -> {
            double x = a.score() == null ? Double.NEGATIVE_INFINITY : a.score();
            double y = b.score() == null ? Double.NEGATIVE_INFINITY : b.score();
            return Double.compare(y, x);
        });
        List<Point> points = new ArrayList<>();
        long tp = 0;
        long fp = 0;
        double ap = 0;
        double previousRecall = 0;
        int i = 0;
        while (i < sorted.size()) {
            Double threshold = sorted.get(i).score();
            // Everything tied with this score enters at the same threshold.
            while (i < sorted.size() && sameScore(sorted.get(i).score(), threshold)) {
                if (sorted.get(i).matched()) {
                    tp++;
                } else {
                    fp++;
                }
                i++;
            }
            double precision = tp / (double) (tp + fp);
            double recall = gold == 0 ? 1.0 : tp / (double) gold;
            points.add(new Point(threshold, tp, fp, precision, recall));
            ap += (recall - previousRecall) * precision;
            previousRecall = recall;
        }
        if (gold == 0) {
            ap = fp == 0 ? 1.0 : 0.0;
        }
        return new PrecisionRecallCurve(Collections.unmodifiableList(points), gold, ap);
    }

    private static boolean sameScore(Double a, Double b) {
        return a == null ? b == null : b != null && Double.compare(a, b) == 0;
    }
}
