package org.claimeval.bench;

import java.util.Locale;

/**
 * How long {@code claimeval bench} measures. Every benchmark runs in its own forked JVM with a fixed 1 GB heap.
 *
 * <p>{@link #quick()} proves that an extractor runs and gives rough figures in seconds (CI smoke use): one short
 * warm-up and two short measurement iterations, one cold-start fork.
 *
 * <p>{@link #standard()} gives medians that repeat within a few percent on a quiet 2-core machine: throughput
 * 3 warm-up iterations of 2 s (the JIT has settled after about 4 s on the built-ins) and 5 measurement
 * iterations of 2 s; latency 2 x 2 s warm-up and 3 x 2 s sampled; cold start 5 forks of one shot. An
 * operation is one document, so iterations last their set time whatever the corpus and the extractor.
 *
 * @param warmupIterations      throughput and latency warm-up iterations
 * @param warmupMillis          length of each
 * @param measurementIterations throughput measurement iterations
 * @param measurementMillis     length of each (throughput and latency)
 * @param latencyIterations     latency measurement iterations
 * @param coldForks             fresh JVMs, one cold start each
 */
public record BenchSettings(String name, int warmupIterations, long warmupMillis, int measurementIterations,
                            long measurementMillis, int latencyIterations, int coldForks) {

    public static BenchSettings quick() {
        return new BenchSettings("quick", 1, 200, 2, 200, 1, 1);
    }

    public static BenchSettings standard() {
        return new BenchSettings("standard", 3, 2000, 5, 2000, 3, 5);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %d x %d ms warm-up, %d x %d ms measurement (latency %d), %d cold fork(s)",
                name, warmupIterations, warmupMillis, measurementIterations, measurementMillis, latencyIterations,
                coldForks);
    }
}
