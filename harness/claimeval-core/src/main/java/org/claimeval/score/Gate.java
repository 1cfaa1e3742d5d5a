package org.claimeval.score;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A CI gate: absolute floors on micro precision, recall and F1, and a maximum drop against a baseline run. A
 * value equal to its threshold passes. Thresholds not set are not checked.
 *
 * @param minF1        floor on micro F1
 * @param minPrecision floor on micro precision
 * @param minRecall    floor on micro recall
 * @param baseline     micro P, R and F1 of the baseline run, when one is given
 * @param maxDrop      how far each of the baseline's P, R and F1 may fall
 */
public record Gate(OptionalDouble minF1, OptionalDouble minPrecision, OptionalDouble minRecall,
                   Baseline baseline, double maxDrop) {

    /** Micro scores of an earlier run to compare against. */
    public record Baseline(String source, double precision, double recall, double f1) {
    }

    public List<GateCheck> check(Counts micro) {
        List<GateCheck> checks = new ArrayList<>();
        minF1.ifPresent(t -> checks.add(floor("min-f1", micro.f1(), t)));
        minPrecision.ifPresent(t -> checks.add(floor("min-precision", micro.precision(), t)));
        minRecall.ifPresent(t -> checks.add(floor("min-recall", micro.recall(), t)));
        if (baseline != null) {
            checks.add(floor("max-drop f1 (baseline " + baseline.source() + ")", micro.f1(), baseline.f1() - maxDrop));
            checks.add(floor("max-drop precision (baseline " + baseline.source() + ")", micro.precision(),
                    baseline.precision() - maxDrop));
            checks.add(floor("max-drop recall (baseline " + baseline.source() + ")", micro.recall(),
                    baseline.recall() - maxDrop));
        }
        return checks;
    }

    private static GateCheck floor(String name, double actual, double threshold) {
        // A tolerance of one part in 10^12 keeps 0.6 >= 0.6 true after floating-point subtraction.
        return new GateCheck(name, actual, threshold, actual >= threshold - 1e-12);
    }
}
