package org.claimeval.cli;

import java.util.ArrayList;
import java.util.List;
import org.claimeval.model.BadInputException;
import org.claimeval.report.ReportMetrics;
import org.claimeval.score.GateCheck;

/**
 * The gate's thresholds as the command line gives them, before any metric is resolved: {@code --min METRIC=X},
 * {@code --max-drop METRIC=X}, {@code --max-drop METRIC=significant}, and the shorthands {@code --min-f1},
 * {@code --min-precision}, {@code --min-recall} (floors on span {@code micro.*}) and {@code --max-drop X} (the
 * allowed drop of the default metrics).
 *
 * @param thresholds  every named threshold, floors first, in the order given
 * @param defaultDrop the allowed drop of the default metrics when a baseline is given and no drop names a metric
 */
record GatePlan(List<Threshold> thresholds, double defaultDrop) {
    static final double DEFAULT_DROP = 0.01;
    /** What {@code --baseline} with no metric named checks: the headline and span F1. */
    static final List<String> DEFAULT_METRICS = List.of(ReportMetrics.HEADLINE, ReportMetrics.SPAN_F1);

    /** @param value the floor or the allowed drop; NaN for {@link GateCheck.Rule#SIGNIFICANT} */
    record Threshold(String metric, GateCheck.Rule rule, double value) {
    }

    static GatePlan parse(List<String> mins, List<String> drops, Double minF1, Double minPrecision, Double minRecall)
            throws BadInputException {
        List<Threshold> thresholds = new ArrayList<>();
        addFloor(thresholds, "micro.f1", minF1, "--min-f1");
        addFloor(thresholds, "micro.precision", minPrecision, "--min-precision");
        addFloor(thresholds, "micro.recall", minRecall, "--min-recall");
        for (String min : mins) {
            String[] parts = split(min, "--min");
            thresholds.add(new Threshold(parts[0], GateCheck.Rule.MIN, number(parts[1], "--min " + min)));
        }
        double defaultDrop = DEFAULT_DROP;
        for (String drop : drops) {
            if (!drop.contains("=")) {
                defaultDrop = unitValue(drop, "--max-drop " + drop);
                continue;
            }
            String[] parts = split(drop, "--max-drop");
            if (parts[1].equals("significant")) {
                thresholds.add(new Threshold(parts[0], GateCheck.Rule.SIGNIFICANT, Double.NaN));
            } else {
                thresholds.add(new Threshold(parts[0], GateCheck.Rule.MAX_DROP, number(parts[1], "--max-drop " + drop)));
            }
        }
        return new GatePlan(List.copyOf(thresholds), defaultDrop);
    }

    boolean namesADrop() {
        return thresholds.stream().anyMatch(t -> t.rule() != GateCheck.Rule.MIN);
    }

    boolean needsSignificance() {
        return thresholds.stream().anyMatch(t -> t.rule() == GateCheck.Rule.SIGNIFICANT);
    }

    /** The thresholds checked against a baseline: those named, or the default metrics with the default drop. */
    List<Threshold> withDefaults(boolean hasBaseline) {
        if (!hasBaseline || namesADrop()) {
            return thresholds;
        }
        List<Threshold> all = new ArrayList<>(thresholds);
        DEFAULT_METRICS.forEach(m -> all.add(new Threshold(m, GateCheck.Rule.MAX_DROP, defaultDrop)));
        return all;
    }

    private static void addFloor(List<Threshold> into, String metric, Double value, String option)
            throws BadInputException {
        if (value != null) {
            into.add(new Threshold(metric, GateCheck.Rule.MIN, unitValue(Double.toString(value), option)));
        }
    }

    private static String[] split(String spec, String option) throws BadInputException {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw ExtractorOptions.usage(option + " takes METRIC=VALUE, got \"" + spec + "\"");
        }
        return new String[] {spec.substring(0, eq).trim(), spec.substring(eq + 1).trim()};
    }

    /** A score threshold of the shorthands: in [0, 1]. */
    private static double unitValue(String text, String option) throws BadInputException {
        double value = number(text, option);
        if (value > 1) {
            throw ExtractorOptions.usage(option + ": scores lie in [0, 1], got " + text);
        }
        return value;
    }

    /** Any threshold: a finite number >= 0 (a metric may be a count, such as {@code micro.tp}). */
    private static double number(String text, String option) throws BadInputException {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw ExtractorOptions.usage(option + ": not a number: \"" + text + "\"");
        }
        if (!(value >= 0 && Double.isFinite(value))) {
            throw ExtractorOptions.usage(option + ": must be a finite number >= 0, got " + text);
        }
        return value;
    }
}
