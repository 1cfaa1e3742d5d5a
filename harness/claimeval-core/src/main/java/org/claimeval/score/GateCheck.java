package org.claimeval.score;

import java.util.Locale;

/**
 * One threshold of a CI gate and whether the run met it.
 *
 * @param name      e.g. {@code min-f1} or {@code max-drop f1}
 * @param actual    the measured value (for a drop: the current value)
 * @param threshold the value it had to reach
 */
public record GateCheck(String name, double actual, double threshold, boolean passed) {

    /** {@code min-f1: 0.612 < 0.650 (FAILED)} */
    public String message() {
        return String.format(Locale.ROOT, "%s: %.4f %s %.4f (%s)", name, actual, passed ? ">=" : "<", threshold,
                passed ? "passed" : "FAILED");
    }
}
