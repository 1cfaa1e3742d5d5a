package org.claimeval.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class HolmTest {
    @Test
    void stepDownAdjustmentByHand() {
        // Sorted: 0.01 (x3) = 0.03, 0.02 (x2) = 0.04, 0.04 (x1) = 0.04 (and never below the one before).
        assertArrayEquals(new double[] {0.04, 0.03, 0.04}, Holm.adjust(new double[] {0.04, 0.01, 0.02}), 1e-12);
        // Monotone: 0.01 x 3 = 0.03; 0.011 x 2 = 0.022 is raised to 0.03; 0.5 x 1 = 0.5.
        assertArrayEquals(new double[] {0.03, 0.03, 0.5}, Holm.adjust(new double[] {0.01, 0.011, 0.5}), 1e-12);
        // Capped at 1: 0.6 x 2 = 1.2 -> 1.
        assertArrayEquals(new double[] {1.0, 1.0}, Holm.adjust(new double[] {0.6, 0.7}), 1e-12);
    }
}
