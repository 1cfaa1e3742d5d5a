package org.claimeval.score;

import java.util.Objects;

/**
 * How spans are matched.
 *
 * @param mode the match mode
 * @param iou  the token IoU threshold for {@link MatchMode#OVERLAP}, in (0, 1]; kept but unused by the other
 *             modes
 */
public record MatchConfig(MatchMode mode, double iou) {
    public static final double DEFAULT_IOU = 0.5;

    public MatchConfig {
        Objects.requireNonNull(mode, "mode");
        // An IoU of 0 would let disjoint spans match; NaN would make every comparison false.
        if (!(iou > 0.0 && iou <= 1.0)) {
            throw new IllegalArgumentException("iou must be in (0, 1], got " + iou);
        }
    }

    public static MatchConfig exact() {
        return new MatchConfig(MatchMode.EXACT, DEFAULT_IOU);
    }

    public static MatchConfig overlap(double iou) {
        return new MatchConfig(MatchMode.OVERLAP, iou);
    }

    public static MatchConfig partial() {
        return new MatchConfig(MatchMode.PARTIAL, DEFAULT_IOU);
    }

    /** The form used in report signatures: {@code exact}, {@code overlap@0.5}, {@code partial}. */
    public String describe() {
        return mode == MatchMode.OVERLAP ? mode.json() + "@" + formatIou() : mode.json();
    }

    /** Shortest decimal that reads back as the same double, independent of the default locale. */
    private String formatIou() {
        String s = Double.toString(iou);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
