package org.claimeval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimeval.io.Json;

/**
 * Turns a JMH JSON result file ({@code -rf json}) into the Markdown tables of {@code benchmarks/README.md}: MB/s
 * and documents/s with JMH's 99.9% error, each extractor as a multiple of the naive pipeline and its 2-thread
 * speed-up, stage costs, scoring growth, and each target of issue 5 met or missed. Every derived figure is
 * computed here from the file, so the README can be regenerated from the committed JSON:
 * {@code java -cp benchmarks/target/benchmarks.jar org.claimeval.bench.ResultsTable benchmarks/results/X.json}.
 */
public final class ResultsTable {
    private static final String PACKAGE = "org.claimeval.bench.";

    /** One JMH result row: benchmark method, parameters, primary and secondary scores. */
    record Row(String benchmark, JsonNode params, Figure primary, Optional<Figure> megabytes,
               Optional<Figure> documents, Optional<Figure> lines) {
        String param(String name) {
            JsonNode p = params == null ? null : params.get(name);
            return p == null ? "" : p.asText();
        }
    }

    /** A score with its error (NaN when JMH could not compute one, e.g. a single iteration). */
    record Figure(double score, double error, String unit) {
        String format() {
            return Double.isNaN(error) ? number(score) : number(score) + " ± " + number(error);
        }
    }

    private final List<Row> rows;
    private final PrintStream out;

    ResultsTable(List<Row> rows, PrintStream out) {
        this.rows = rows;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ResultsTable <jmh-result.json>");
            System.exit(2);
        }
        new ResultsTable(read(Path.of(args[0])), System.out).print();
    }

    static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (JsonNode r : Json.mapper().readTree(file.toFile())) {
            JsonNode secondary = r.path("secondaryMetrics");
            rows.add(new Row(r.get("benchmark").asText().replace(PACKAGE, ""), r.get("params"),
                    figure(r.get("primaryMetric")), optional(secondary, "megabytes"),
                    optional(secondary, "documents"), optional(secondary, "lines")));
        }
        return rows;
    }

    private static Optional<Figure> optional(JsonNode secondary, String name) {
        return secondary.has(name) ? Optional.of(figure(secondary.get(name))) : Optional.empty();
    }

    private static Figure figure(JsonNode metric) {
        JsonNode error = metric.get("scoreError");
        double e = error == null || !error.isNumber() ? Double.NaN : error.asDouble();
        return new Figure(metric.get("score").asDouble(), e, metric.get("scoreUnit").asText());
    }

    /** Prints the section of every benchmark class the file has rows of. */
    void print() {
        if (has("CueStagesBenchmark.")) {
            stages();
        }
        if (has("ModelLoadingBenchmark.")) {
            modelLoading();
        }
        if (has("ScoringBenchmark.")) {
            scoring();
        }
        if (has("PredictionsLoadingBenchmark.")) {
            predictionsLoading();
        }
        targets();
    }

    private boolean has(String prefix) {
        return rows.stream().anyMatch(r -> r.benchmark().startsWith(prefix));
    }

    private List<Row> of(String benchmark) {
        return rows.stream().filter(r -> r.benchmark().equals(benchmark)).toList();
    }

    private Optional<Row> find(String benchmark, String param, String value, String param2, String value2) {
        return of(benchmark).stream()
                .filter(r -> r.param(param).equals(value) && (param2 == null || r.param(param2).equals(value2)))
                .findFirst();
    }

    private void stages() {
        out.println("### Stages of cue (CueStagesBenchmark, 1 thread; share = whole extractor's MB/s / stage's MB/s)");
        out.println();
        out.println("| corpus | stage | MB/s | share of the whole extractor's time |");
        out.println("|---|---|---:|---:|");
        for (Row r : of("CueStagesBenchmark.wholeExtractor").isEmpty() ? List.<Row>of() : stageRows()) {
            double whole = find("CueStagesBenchmark.wholeExtractor", "corpus", r.param("corpus"), null, null)
                    .flatMap(Row::megabytes).map(Figure::score).orElse(Double.NaN);
            double stage = r.megabytes().map(Figure::score).orElse(Double.NaN);
            out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", r.param("corpus"),
                    r.benchmark().replace("CueStagesBenchmark.", ""), r.megabytes().map(Figure::format).orElse("-"),
                    r.benchmark().endsWith("wholeExtractor") ? "100%" : percent(whole / stage));
        }
        out.println();
    }

    private List<Row> stageRows() {
        return rows.stream().filter(r -> r.benchmark().startsWith("CueStagesBenchmark."))
                .sorted((a, b) -> a.param("corpus").equals(b.param("corpus")) ? 0
                        : a.param("corpus").compareTo(b.param("corpus"))).toList();
    }

    private void modelLoading() {
        out.println("### Cold start (ModelLoadingBenchmark, single shot in a fresh JVM per fork)");
        out.println();
        out.println("| benchmark | what | ms |");
        out.println("|---|---|---:|");
        for (Row r : rows) {
            if (r.benchmark().startsWith("ModelLoadingBenchmark.")) {
                String what = r.param("model").isEmpty() ? r.param("extractor") : r.param("model");
                out.printf(Locale.ROOT, "| %s | %s | %s |%n", r.benchmark().replace("ModelLoadingBenchmark.", ""),
                        what, r.primary().format());
            }
        }
        out.println();
    }

    private void scoring() {
        out.println("### Scoring (ScoringBenchmark, 1 thread, matching plus metrics)");
        out.println();
        out.println("| input | claims | ms/op | growth from the previous size |");
        out.println("|---|---:|---:|---:|");
        Double previous = null;
        for (Row r : of("ScoringBenchmark.spread")) {
            double ms = r.primary().score();
            out.printf(Locale.ROOT, "| spread | %s | %s | %s |%n", r.param("claims"), r.primary().format(),
                    previous == null ? "" : number(ms / previous) + "x");
            previous = ms;
        }
        for (Row r : of("ScoringBenchmark.overlapping")) {
            out.printf(Locale.ROOT, "| all overlapping, one document | %s | %s | |%n", r.param("overlapping"),
                    r.primary().format());
        }
        out.println();
    }

    private void predictionsLoading() {
        out.println("### Predictions JSONL loading (PredictionsLoadingBenchmark, strict, from memory)");
        out.println();
        out.println("| corpus | MB/s of JSONL | claims/s |");
        out.println("|---|---:|---:|");
        for (Row r : of("PredictionsLoadingBenchmark.read")) {
            out.printf(Locale.ROOT, "| %s | %s | %s |%n", r.param("corpus"),
                    r.megabytes().map(Figure::format).orElse("-"), r.lines().map(Figure::format).orElse("-"));
        }
        out.println();
    }

    /** The targets this file has figures for; no section when it has none (the stages of cue have no target). */
    private void targets() {
        if (!has("ScoringBenchmark.spread") && !has("PredictionsLoadingBenchmark.read")) {
            return;
        }
        out.println("### Targets of the scoring and loading benchmarks (computed from this file)");
        out.println();
        out.println("| target | measured | verdict |");
        out.println("|---|---|---|");
        Optional<Double> e5 = find("ScoringBenchmark.spread", "claims", "100000", null, null).map(r -> r.primary().score());
        Optional<Double> e6 = find("ScoringBenchmark.spread", "claims", "1000000", null, null).map(r -> r.primary().score());
        if (e5.isPresent() && e6.isPresent()) {
            double growth = e6.get() / e5.get();
            verdict("scoring 10^5 -> 10^6 claims grows <= 11x", number(growth) + "x", growth <= 11);
            verdict("10^6 claims score in <= 1.5 s (1 thread)", number(e6.get()) + " ms", e6.get() <= 1500);
        }
        for (Row r : of("PredictionsLoadingBenchmark.read")) {
            r.megabytes().ifPresent(f -> verdict("predictions loading >= 50 MB/s (" + r.param("corpus") + ")",
                    number(f.score()) + " MB/s", f.score() >= 50));
        }
        out.println();
    }

    private void verdict(String target, String measured, boolean met) {
        out.printf(Locale.ROOT, "| %s | %s | %s |%n", target, measured, met ? "met" : "**missed**");
    }

    static String number(double v) {
        return FigureFormat.number(v);
    }

    static String percent(double fraction) {
        return FigureFormat.percent(fraction);
    }
}
