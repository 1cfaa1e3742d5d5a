package org.claimeval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimeval.io.Json;

/**
 * What {@code claimeval bench -o result.json} writes: the derived figures of each extractor, the settings,
 * corpus and machine, and JMH's own result ({@code jmh}, as {@code -rf json} writes it) from which every
 * figure is derived again by {@link #derive} when the file is read, so a figure can always be checked.
 *
 * @param wallSeconds how long the whole run took, forks included
 * @param extractors  the subject first, then the naive reference, then the control
 */
public record BenchResult(String command, String settings, long wallSeconds, CorpusInfo corpus, Machine machine,
                          List<ExtractorFigures> extractors, JsonNode jmh) {

    /** @param megabytes 10^6 bytes of UTF-8 text */
    public record CorpusInfo(String spec, int documents, double megabytes) {
    }

    /** @param loadAverage the one-minute load average when the run started (other work on the machine) */
    public record Machine(int cores, String jvm, String os, double loadAverage) {
        public static Machine current() {
            return new Machine(Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                    System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                            + System.getProperty("os.arch"),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /**
     * @param role       {@code subject}, {@code reference} (the naive pipeline) or {@code control}
     * @param throughput one entry per thread count, ascending
     * @param allocationMbPerMb   MB allocated per MB of input (JMH's {@code gc.alloc.rate.norm}, fewest threads)
     * @param latencyP50Micros    per-document latency, median (JMH sample mode, one thread)
     * @param latencyP99Micros    per-document latency, 99th percentile
     * @param coldStartMillis     median over fresh JVMs of opening a fresh instance and its {@code prepare}
     */
    public record ExtractorFigures(String name, String spec, String role, List<ThreadFigures> throughput,
                                   Double allocationMbPerMb, Double latencyP50Micros, Double latencyP99Micros,
                                   Double coldStartMillis) {
        public Optional<ThreadFigures> threads(int n) {
            return throughput.stream().filter(t -> t.threads() == n).findFirst();
        }
    }

    /**
     * @param mbPerSecondError   JMH's 99.9% confidence half-width; null with fewer than two iterations
     * @param ratioToNaive       MB/s over the naive pipeline's MB/s at the same thread count, same run
     * @param speedUp            MB/s over this extractor's 1-thread MB/s; null for 1 thread
     * @param coresBusy          CPU seconds per second that the benchmark threads used together: below the thread
     *                           count, the machine did not give them their cores (other load, or fewer real cores)
     * @param cpuMillisPerMb     CPU time per MB of input, all threads: the same at 1 and 2 threads means the
     *                           extractor itself scales, whatever the wall-clock speed-up
     */
    public record ThreadFigures(int threads, double mbPerSecond, Double mbPerSecondError, double documentsPerSecond,
                                Double ratioToNaive, Double speedUp, Double coresBusy, Double cpuMillisPerMb) {
    }

    static final String THROUGHPUT = "throughput";
    static final String LATENCY = "document";
    static final String COLD = "prepare";

    /**
     * The figures of each extractor from JMH's JSON result: every ratio divides two rows of that same result.
     *
     * @param names report names by {@code extractor} parameter value, in report order
     * @param roles roles by the same keys
     */
    public static List<ExtractorFigures> derive(JsonNode jmh, Map<String, String> names, Map<String, String> roles) {
        Map<String, Map<Integer, JsonNode>> passes = new LinkedHashMap<>();
        Map<String, JsonNode> latency = new LinkedHashMap<>();
        Map<String, JsonNode> cold = new LinkedHashMap<>();
        for (JsonNode row : jmh) {
            String method = row.path("benchmark").asText();
            method = method.substring(method.lastIndexOf('.') + 1);
            String spec = row.path("params").path("extractor").asText();
            switch (method) {
                case THROUGHPUT -> passes.computeIfAbsent(spec, s -> new LinkedHashMap<>())
                        .put(row.path("threads").asInt(), row);
                case LATENCY -> latency.put(spec, row);
                case COLD -> cold.put(spec, row);
                default -> { }
            }
        }
        Map<Integer, JsonNode> naive = passes.getOrDefault(ExtractorUnderTest.NAIVE, Map.of());
        List<ExtractorFigures> out = new ArrayList<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            String spec = e.getKey();
            Map<Integer, JsonNode> byThreads = passes.getOrDefault(spec, Map.of());
            List<ThreadFigures> throughput = new ArrayList<>();
            Double one = byThreads.containsKey(1) ? secondary(byThreads.get(1), "megabytes") : null;
            byThreads.keySet().stream().sorted().forEach(threads -> {
                JsonNode row = byThreads.get(threads);
                double mb = secondary(row, "megabytes");
                Double naiveMb = naive.containsKey(threads) ? secondary(naive.get(threads), "megabytes") : null;
                Double cores = row.path("secondaryMetrics").has("cpu") ? secondary(row, "cpu") : null;
                throughput.add(new ThreadFigures(threads, mb, error(row.path("secondaryMetrics").path("megabytes")),
                        secondary(row, "documents"), naiveMb == null ? null : mb / naiveMb,
                        threads == 1 || one == null ? null : mb / one, cores, cores == null ? null : 1000 * cores / mb));
            });
            Double allocation = byThreads.keySet().stream().sorted().findFirst().map(byThreads::get)
                    .filter(row -> row.path("secondaryMetrics").has("gc.alloc.rate.norm"))
                    .map(row -> secondary(row, "gc.alloc.rate.norm") / Corpus.MEGABYTE
                            / secondaryMegabytesPerOp(row))
                    .orElse(null);
            JsonNode sampled = latency.get(spec);
            JsonNode shot = cold.get(spec);
            out.add(new ExtractorFigures(e.getValue(), spec, roles.get(spec), throughput, allocation,
                    sampled == null ? null : percentile(sampled, "50.0"),
                    sampled == null ? null : percentile(sampled, "99.0"),
                    shot == null ? null : median(shot)));
        }
        return out;
    }

    /** MB of input per operation: MB/s over operations/s, both from the row itself. */
    private static double secondaryMegabytesPerOp(JsonNode row) {
        return secondary(row, "megabytes") / row.path("primaryMetric").path("score").asDouble();
    }

    private static double secondary(JsonNode row, String name) {
        return row.path("secondaryMetrics").path(name).path("score").asDouble();
    }

    private static Double error(JsonNode metric) {
        JsonNode error = metric.path("scoreError");
        double e = error.isNumber() ? error.asDouble() : Double.NaN;
        return Double.isNaN(e) ? null : e;
    }

    private static Double percentile(JsonNode row, String which) {
        JsonNode p = row.path("primaryMetric").path("scorePercentiles").path(which);
        return p.isNumber() ? p.asDouble() : null;
    }

    /** The median of the single shots of all forks (JMH's score is their mean, which one slow fork skews). */
    private static Double median(JsonNode row) {
        List<Double> shots = new ArrayList<>();
        for (JsonNode fork : row.path("primaryMetric").path("rawData")) {
            fork.forEach(v -> shots.add(v.asDouble()));
        }
        if (shots.isEmpty()) {
            return null;
        }
        shots.sort(Double::compare);
        int n = shots.size();
        return n % 2 == 1 ? shots.get(n / 2) : (shots.get(n / 2 - 1) + shots.get(n / 2)) / 2;
    }

    public ExtractorFigures subject() {
        return extractors.get(0);
    }

    public Optional<ExtractorFigures> extractor(String role) {
        return extractors.stream().filter(x -> role.equals(x.role())).findFirst();
    }

    public String toJson() throws IOException {
        return Json.mapper().writeValueAsString(this) + "\n";
    }

    /**
     * Reads a result file, deriving the figures again from its {@code jmh} part (the stored figures are for
     * readers without claimeval; these are the ones claimeval trusts).
     */
    public static BenchResult read(Path file) throws IOException {
        JsonNode root = Json.mapper().readTree(file.toFile());
        // Checked here, not left to the mapper: Jackson 2.20+ maps a missing object to null instead of failing.
        for (String field : List.of("extractors", "jmh", "machine", "corpus")) {
            if (root == null || !root.path(field).isContainerNode()) {
                throw new IOException("no \"" + field + "\" in it");
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> roles = new LinkedHashMap<>();
        for (JsonNode x : root.path("extractors")) {
            names.put(x.path("spec").asText(), x.path("name").asText());
            roles.put(x.path("spec").asText(), x.path("role").asText());
        }
        JsonNode jmh = root.path("jmh");
        Machine machine = Json.mapper().treeToValue(root.path("machine"), Machine.class);
        CorpusInfo corpus = Json.mapper().treeToValue(root.path("corpus"), CorpusInfo.class);
        return new BenchResult(root.path("command").asText(), root.path("settings").asText(),
                root.path("wallSeconds").asLong(), corpus, machine,
                derive(jmh, names, roles), jmh);
    }
}
