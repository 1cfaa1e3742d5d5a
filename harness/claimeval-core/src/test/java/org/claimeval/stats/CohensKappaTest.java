package org.claimeval.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CohensKappaTest {

    @Test
    void twoByTwoTable() {
        // A\B    yes  no | total
        // yes     20   5 |  25
        // no      10  15 |  25
        // total   30  20 |  50
        // p_o = (20 + 15) / 50 = 0.7; p_e = (25/50)(30/50) + (25/50)(20/50) = 0.3 + 0.2 = 0.5
        // kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4
        CohensKappa k = CohensKappa.ofTable(Map.of(
                "yes", Map.of("yes", 20, "no", 5),
                "no", Map.of("yes", 10, "no", 15)));
        assertEquals(50, k.items());
        assertEquals(0.7, k.observed(), 1e-12);
        assertEquals(0.5, k.expected(), 1e-12);
        assertEquals(0.4, k.kappa(), 1e-12);
    }

    @Test
    void threeByThreeTable() {
        // A\B   x   y   z | total
        // x    10   2   3 |  15
        // y     1  12   2 |  15
        // z     2   1  17 |  20
        // total 13  15  22 |  50
        // p_o = (10 + 12 + 17) / 50 = 39/50 = 0.78
        // p_e = (15*13 + 15*15 + 20*22) / 50^2 = (195 + 225 + 440) / 2500 = 860/2500 = 0.344
        // kappa = (0.78 - 0.344) / (1 - 0.344) = 0.436 / 0.656
        CohensKappa k = CohensKappa.ofTable(Map.of(
                "x", Map.of("x", 10, "y", 2, "z", 3),
                "y", Map.of("x", 1, "y", 12, "z", 2),
                "z", Map.of("x", 2, "y", 1, "z", 17)));
        assertEquals(0.78, k.observed(), 1e-12);
        assertEquals(0.344, k.expected(), 1e-12);
        assertEquals(0.436 / 0.656, k.kappa(), 1e-12);
    }

    @Test
    void pairedLabelsGiveTheSameAsTheirTable() {
        // Pairs (A, B): (x,x) (x,y) (y,y) (y,y): table x:{x:1, y:1}, y:{y:2}.
        // p_o = 3/4; A: x 2/4, y 2/4; B: x 1/4, y 3/4; p_e = (2/4)(1/4) + (2/4)(3/4) = 2/16 + 6/16 = 0.5
        // kappa = (0.75 - 0.5) / 0.5 = 0.5
        CohensKappa k = CohensKappa.of(List.of("x", "x", "y", "y"), List.of("x", "y", "y", "y"));
        assertEquals(4, k.items());
        assertEquals(0.5, k.kappa(), 1e-12);
    }

    @Test
    void completeDisagreementIsMinusOne() {
        // (x,y) (y,x): p_o = 0; p_e = (1/2)(1/2) + (1/2)(1/2) = 0.5; kappa = (0 - 0.5) / 0.5 = -1
        assertEquals(-1.0, CohensKappa.of(List.of("x", "y"), List.of("y", "x")).kappa(), 1e-12);
    }

    @Test
    void singleCategoryIsPerfectAgreementNotNaN() {
        // Both say COMBAT three times: p_o = 1, p_e = 1, 0/0 by the formula; defined as 1.0.
        CohensKappa k = CohensKappa.of(List.of("COMBAT", "COMBAT", "COMBAT"), List.of("COMBAT", "COMBAT", "COMBAT"));
        assertEquals(1.0, k.observed());
        assertEquals(1.0, k.expected());
        assertEquals(1.0, k.kappa());
    }

    @Test
    void noItemsIsOneNotNaN() {
        CohensKappa k = CohensKappa.of(List.of(), List.of());
        assertEquals(0, k.items());
        assertEquals(1.0, k.kappa());
    }
}
