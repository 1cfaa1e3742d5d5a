package org.claimeval.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountsTest {
    @Test
    void precisionAndRecallAreNotSwapped() {
        // tp=1, fp=3, fn=1: P = 1/(1+3) = 0.25, R = 1/(1+1) = 0.5, F1 = 2/(2+3+1) = 1/3
        Counts c = new Counts(1, 3, 1);
        assertEquals(0.25, c.precision());
        assertEquals(0.5, c.recall());
        assertEquals(1.0 / 3, c.f1(), 1e-15);
    }

    @Test
    void nothingToFindAndNothingPredictedIsPerfect() {
        Counts c = Counts.ZERO;
        assertEquals(1.0, c.precision());
        assertEquals(1.0, c.recall());
        assertEquals(1.0, c.f1());
    }

    @Test
    void noPredictionsAgainstGoldScoresZero() {
        // tp=0, fp=0, fn=3: P has denominator 0 but gold was missed -> 0 (silence earns nothing); R = 0/3 = 0
        Counts c = new Counts(0, 0, 3);
        assertEquals(0.0, c.precision());
        assertEquals(0.0, c.recall());
        assertEquals(0.0, c.f1());
    }

    @Test
    void predictionsAgainstEmptyGoldScoreZero() {
        // tp=0, fp=2, fn=0: P = 0/2 = 0; R has no gold to miss -> 1; F1 = 0/(0+2+0) = 0
        Counts c = new Counts(0, 2, 0);
        assertEquals(0.0, c.precision());
        assertEquals(1.0, c.recall());
        assertEquals(0.0, c.f1());
    }

    @Test
    void f1IsTheHarmonicMean() {
        // tp=3, fp=1, fn=2: P = 3/4, R = 3/5, 2PR/(P+R) = 0.9/1.35 = 2/3 = 6/(6+1+2)
        Counts c = new Counts(3, 1, 2);
        assertEquals(2.0 / 3, c.f1(), 1e-15);
        assertEquals(2 * c.precision() * c.recall() / (c.precision() + c.recall()), c.f1(), 1e-15);
    }

    @Test
    void plusAddsComponentwise() {
        assertEquals(new Counts(4, 6, 8), new Counts(1, 2, 3).plus(new Counts(3, 4, 5)));
    }

    @Test
    void negativeCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Counts(-1, 0, 0));
    }

    @Test
    void macroAveragesPerDocumentScores() {
        // doc A: perfect (1, 1, 1); doc B: all missed (0, 0, 0) -> macro 0.5 each
        Macro m = Macro.of(List.of(new Counts(1, 0, 0), new Counts(0, 0, 3)));
        assertEquals(new Macro(0.5, 0.5, 0.5, 2), m);
        assertEquals(new Macro(1.0, 1.0, 1.0, 0), Macro.of(List.of()));
    }

    @Test
    void accuracyCountsMissingAttributesAsWrong() {
        // 3 pairs: right, wrong, not given -> accuracy 1/3, coverage 2/3
        Accuracy a = Accuracy.ZERO.judge(true, true).judge(true, false).judge(false, false);
        assertEquals(new Accuracy(1, 2, 3), a);
        assertEquals(1.0 / 3, a.accuracy());
        assertEquals(2.0 / 3, a.coverage());
        assertEquals(1.0, Accuracy.ZERO.accuracy());
    }

    @Test
    void matchConfigDescribesItself() {
        assertEquals("exact", MatchConfig.exact().describe());
        assertEquals("overlap@0.5", MatchConfig.overlap(0.5).describe());
        assertEquals("overlap@0.75", MatchConfig.overlap(0.75).describe());
        assertEquals("overlap@1", MatchConfig.overlap(1.0).describe());
        assertEquals("partial", MatchConfig.partial().describe());
        assertThrows(IllegalArgumentException.class, () -> MatchConfig.overlap(0.0));
        assertThrows(IllegalArgumentException.class, () -> MatchConfig.overlap(Double.NaN));
    }
}
