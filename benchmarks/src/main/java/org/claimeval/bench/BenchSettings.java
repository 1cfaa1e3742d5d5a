package org.claimeval.bench;

import java.util.Locale;

/**
 * How long {@code claimeval bench} measures. Every benchmark runs in its own forked JVM with a fixed 1 GB heap.
 *
 * <p>{@link #quick()} proves that an extractor runs and gives rough figures in seconds (CI smoke use): one short
 * warm-up and two short measurement iterations, one cold-start fork.
 *
 * <p>{@link #standard()} gives medians that repeat within a few percent on a quiet 2-core machine: throughput
 * 15 warm-up iterations of 2 s and 5 measurement iterations of 2 s; latency the same warm-up and 3 x 2 s sampled;
 * cold start 5 forks of one shot. An operation is one document, so iterations last their set time whatever the
 * corpus and the extractor.
 *
 * <p>The warm-up is long because of the JIT, not the extractor: C2 compiles {@code cue}'s rules and OpenNLP's
 * tagger and sentence detector for about 10 CPU seconds per fresh JVM. With one benchmark thread it has the
 * second core to itself and is done after about 10 s; with two benchmark threads on two cores it shares them and
 * takes twice as long or more (26 s on a loaded machine), and until it is done the benchmark threads get fewer
 * cores and run slower code. A 6 s warm-up measured that compilation as poor 2-thread scaling
 * (benchmarks/README.md, "Two threads"); 30 s leaves a margin.
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
        return new BenchSettings("standard", 15, 2000, 5, 2000, 3, 5);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %d x %d ms warm-up, %d x %d ms measurement (latency %d), %d cold fork(s)",
                name, warmupIterations, warmupMillis, measurementIterations, measurementMillis, latencyIterations,
                coldForks);
    }
}
