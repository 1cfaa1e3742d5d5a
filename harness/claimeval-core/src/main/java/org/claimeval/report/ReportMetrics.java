package org.claimeval.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every number of a JSON report, addressable by a short path such as {@code claim_claimant.f1},
 * {@code micro.precision}, {@code quantities.f1} or {@code types.CASUALTIES.f1}: what the gate, the leaderboard
 * and {@code compare} measure. The catalogue is read from the report tree itself, so a metric another part of
 * the harness adds to the report is addressable without touching this class.
 *
 * <p>A name resolves, in order: a full dotted path to a number; the same with an alias expanded
 * ({@code claim_claimant} stands for {@code attributes.claimAndClaimant}, {@code mention} and {@code cue} for the
 * overlap-matched {@code attributes.mention.overlap} and {@code attributes.cue.overlap}); otherwise the one number
 * whose path ends with the name (segment-wise), so {@code claimant.accuracy} is
 * {@code attributes.claimant.accuracy}. Two or more such numbers make the name ambiguous. Run settings, identities, timing and per-document rows are not metrics and are left out.
 */
public final class ReportMetrics {
    /** The headline: claim + claimant F1 (see the README's "Headline metric"). */
    public static final String HEADLINE = "claim_claimant.f1";
    /** Span F1 under the run's matching. */
    public static final String SPAN_F1 = "micro.f1";

    /** Short name to the report path it stands for. */
    private static final Map<String, String> ALIASES = new java.util.TreeMap<>(Map.of(
            "claim_claimant", "attributes.claimAndClaimant",
            "mention", "attributes.mention.overlap",
            "cue", "attributes.cue.overlap"));
    private static final Set<String> NOT_METRICS = Set.of("configuration", "dataset", "documents", "extractor",
            "failures", "harness", "notRun", "predictions", "signature", "timing", "details");

    private final TreeMap<String, Double> numbers;

    private ReportMetrics(TreeMap<String, Double> numbers) {
        this.numbers = numbers;
    }

    /**
     * A run with no predictions under {@code config}: the shape of every report of that configuration, to check
     * metric names against before any extractor runs.
     */
    public static ScoreReport emptyRun(org.claimeval.model.Dataset dataset, org.claimeval.score.ScoreConfig config) {
        return new ScoreReport(dataset, new ScoreReport.ExtractorId("none", "0"),
                new ScoreReport.RunSettings("none", 1, 1, false, false),
                new org.claimeval.score.Scorer(config).score(dataset, Map.of()), new java.util.TreeMap<>(), List.of(),
                null, null, null);
    }

    public static ReportMetrics of(ScoreReport report) {
        return of(JsonReport.tree(report));
    }

    public static ReportMetrics of(JsonNode report) {
        TreeMap<String, Double> numbers = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = report.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!NOT_METRICS.contains(e.getKey())) {
                collect(e.getKey(), e.getValue(), numbers);
            }
        }
        return new ReportMetrics(numbers);
    }

    private static void collect(String path, JsonNode node, Map<String, Double> into) {
        if (node.isNumber()) {
            into.put(path, node.asDouble());
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(path + "." + e.getKey(), e.getValue(), into));
        }
    }

    /** The full report path a name stands for, or empty when it names no number or more than one. */
    public Optional<String> resolve(String name) {
        for (String path : List.of(name, expand(name))) {
            if (numbers.containsKey(path)) {
                return Optional.of(path);
            }
        }
        List<String> endings = endings(name);
        return endings.size() == 1 ? Optional.of(endings.get(0)) : Optional.empty();
    }

    /** The paths ending with the name (or, when none does, with its alias expanded). */
    private List<String> endings(String name) {
        List<String> endings = numbers.keySet().stream().filter(p -> p.endsWith("." + name)).toList();
        if (endings.isEmpty()) {
            String path = expand(name);
            endings = numbers.keySet().stream().filter(p -> p.endsWith("." + path)).toList();
        }
        return endings;
    }

    /** Why a name does not resolve, with the names that do: the message of an exit 2. */
    public String explain(String name) {
        List<String> endings = endings(name).stream().map(ReportMetrics::shorten).toList();
        String why = endings.size() > 1 ? "ambiguous metric " + name + " (could be " + String.join(", ", endings) + ")"
                : "unknown metric " + name;
        return why + "; the report's metrics are: " + String.join(", ", listing());
    }

    public double value(String path) {
        Double v = numbers.get(path);
        if (v == null) {
            throw new IllegalArgumentException("no number at " + path);
        }
        return v;
    }

    public boolean has(String path) {
        return numbers.containsKey(path);
    }

    /**
     * The metrics, grouped by the object that holds them, in the short form the gate accepts:
     * {@code claim_claimant.{f1,fn,fp,precision,recall,tp}}, {@code micro.{...}}, ...
     */
    public List<String> listing() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String path : numbers.keySet()) {
            String shortPath = shorten(path);
            int dot = shortPath.lastIndexOf('.');
            String parent = dot < 0 ? "" : shortPath.substring(0, dot);
            groups.computeIfAbsent(parent, k -> new ArrayList<>()).add(shortPath.substring(dot + 1));
        }
        List<String> out = new ArrayList<>();
        groups.forEach((parent, leaves) -> out.add(parent.isEmpty() ? String.join(", ", leaves)
                : parent + ".{" + String.join(",", leaves) + "}"));
        return out;
    }

    /** The full path with its alias put back: {@code attributes.claimAndClaimant.f1} becomes {@code claim_claimant.f1}. */
    public static String shorten(String path) {
        for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
            if (path.equals(alias.getValue()) || path.startsWith(alias.getValue() + ".")) {
                return alias.getKey() + path.substring(alias.getValue().length());
            }
        }
        return path;
    }

    private static String expand(String name) {
        for (Map.Entry<String, String> alias : ALIASES.entrySet()) {
            if (name.equals(alias.getKey()) || name.startsWith(alias.getKey() + ".")) {
                return alias.getValue() + name.substring(alias.getKey().length());
            }
        }
        return name;
    }
}
