package org.claimeval.report;

import org.claimeval.score.DocumentScore;
import org.claimeval.score.Scores;

/** How many predictions carry no score, and the sentence every report format uses to say they rank last. */
final class RankingNote {
    private RankingNote() {
    }

    /** Predictions without a score, rejected ones included (they have none). */
    static long unscored(Scores scores) {
        long n = 0;
        for (DocumentScore d : scores.documents()) {
            n += d.rejected().size();
            n += d.matches().stream().filter(m -> m.predicted().score() == null).count();
            n += d.spurious().stream().filter(c -> c.score() == null).count();
        }
        return n;
    }

    static String text(long unscored) {
        return unscored + " prediction(s) without a score are ranked last, below every scored one, in the "
                + "precision-recall curve and average precision.";
    }
}
