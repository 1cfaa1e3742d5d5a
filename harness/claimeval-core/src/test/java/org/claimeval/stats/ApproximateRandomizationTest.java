package org.claimeval.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimeval.score.Counts;
import org.junit.jupiter.api.Test;

class ApproximateRandomizationTest {

    @Test
    void identicalSystemsGivePExactlyOne() {
        // Swapping identical counts changes nothing: every trial's |ΔF1| = 0 >= 0, so p = (T + 1) / (T + 1).
        var result = new ApproximateRandomization(1000, 5L).test(BootstrapTest.mixed(30), BootstrapTest.mixed(30));
        assertEquals(0.0, result.observedDelta());
        assertEquals(1000, result.atLeastAsLarge());
        assertEquals(1.0, result.pValue());
    }

    @Test
    void aStrictlyBetterSystemGivesASmallP() {
        // 20 units, a has (2, 0, 0) and b (1, 0, 1) in each: ΔF1 = 1 - 40/60 = 1/3. A trial reaches |ΔF1| = 1/3
        // only when all 20 units go the same way, probability 2 / 2^20 (about 2e-6), so in 2000 trials
        // almost surely none does: p = 1 / 2001.
        var result = new ApproximateRandomization(2000, 5L).test(BootstrapTest.uniform(20, new Counts(2, 0, 0)),
                BootstrapTest.uniform(20, new Counts(1, 0, 1)));
        assertEquals(1.0 / 3, result.observedDelta(), 1e-12);
        assertEquals(1.0 / 2001, result.pValue(), 1e-12);
    }

    @Test
    void theSameSeedGivesTheSamePValue() {
        UnitCounts a = BootstrapTest.mixed(30);
        UnitCounts b = BootstrapTest.uniform(30, new Counts(1, 1, 1));
        var first = new ApproximateRandomization(500, 9L).test(a, b);
        assertEquals(first, new ApproximateRandomization(500, 9L).test(a, b));
        assertTrue(first.pValue() > 0 && first.pValue() <= 1);
    }
}
