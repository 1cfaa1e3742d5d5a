package org.claimeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.claimeval.report.PrecisionRecallCurve.Ranked;
import org.junit.jupiter.api.Test;

class PrecisionRecallCurveTest {
    /*
     * Six predictions against 5 gold claims, ranked by score:
     *   0.9 TP | 0.8 FP | 0.7 TP, 0.7 FP (tied) | 0.5 TP | unscored FP
     * threshold  TP FP  P          R     R - Rprev  contribution
     *   0.9       1  0  1/1 = 1    1/5    0.2        0.2
     *   0.8       1  1  1/2        1/5    0          0
     *   0.7       2  2  2/4 = 0.5  2/5    0.2        0.1
     *   0.5       3  2  3/5 = 0.6  3/5    0.2        0.12
     *   unscored  3  3  3/6 = 0.5  3/5    0          0
     * AP = 0.2 + 0.1 + 0.12 = 0.42
     */
    private static final List<Ranked> RANKING = List.of(new Ranked(0.9, true), new Ranked(0.8, false),
            new Ranked(0.7, true), new Ranked(0.7, false), new Ranked(0.5, true), new Ranked(null, false));

    @Test
    void averagePrecisionOfAHandComputedRanking() {
        PrecisionRecallCurve curve = PrecisionRecallCurve.of(RANKING, 5);
        assertEquals(0.42, curve.averagePrecision(), 1e-12);
        assertEquals(5, curve.points().size(), "one point per distinct score, ties together");
        var third = curve.points().get(2);
        assertEquals(0.7, third.threshold());
        assertEquals(2, third.tp());
        assertEquals(2, third.fp());
        assertEquals(0.5, third.precision(), 1e-12);
        assertEquals(0.4, third.recall(), 1e-12);
        assertNull(curve.points().get(4).threshold(), "unscored predictions enter last");
    }

    @Test
    void orderOfInputAndOfTiesDoesNotMatter() {
        List<Ranked> reversed = new java.util.ArrayList<>(RANKING);
        Collections.reverse(reversed);
        assertEquals(PrecisionRecallCurve.of(RANKING, 5), PrecisionRecallCurve.of(reversed, 5));
    }

    @Test
    void perfectRankingHasApOfRecall() {
        // Two TPs then one FP, 4 gold: 1 * 2/4 + 0 = 0.5, the recall reached.
        var curve = PrecisionRecallCurve.of(List.of(new Ranked(0.9, true), new Ranked(0.8, true),
                new Ranked(0.1, false)), 4);
        assertEquals(0.5, curve.averagePrecision(), 1e-12);
    }

    @Test
    void fromScoresOfTheFixtureRun() {
        // HtmlTestData: 0.9 TP, 0.8 FP, 0.6 TP, unscored FP; 3 gold: 1/3 * 1 + 1/3 * 2/3 = 5/9.
        var curve = PrecisionRecallCurve.of(HtmlTestData.report().scores()).orElseThrow();
        assertEquals(5.0 / 9.0, curve.averagePrecision(), 1e-12);
        assertEquals(3, curve.gold());
    }

    @Test
    void noGoldClaims() {
        assertEquals(1.0, PrecisionRecallCurve.of(List.of(), 0).averagePrecision());
        assertEquals(0.0, PrecisionRecallCurve.of(List.of(new Ranked(0.5, false)), 0).averagePrecision());
        assertTrue(PrecisionRecallCurve.of(List.of(), 0).points().isEmpty());
    }
}
