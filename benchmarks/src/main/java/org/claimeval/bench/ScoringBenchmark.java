package org.claimeval.bench;

import java.util.concurrent.TimeUnit;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.score.ScoreConfig;
import org.claimeval.score.Scorer;
import org.claimeval.score.Scores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring cost, one thread ({@code new Scorer(ScoreConfig.defaults(), 1)}): token views, candidate pairs,
 * the assignment per connected component, then the counts, macro averages, breakdowns and attribute scores.
 * Inputs are {@link SyntheticScoringData}, built once per trial (not measured).
 * <ul>
 *   <li>{@link #spread}: 10^3 .. 10^6 gold plus predicted claims over many documents; the growth from 10^5 to
 *       10^6 shows whether scoring stays near-linear;</li>
 *   <li>{@link #overlapping}: the worst case, every claim of one document overlapping every other.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@State(Scope.Benchmark)
public class ScoringBenchmark {

    @State(Scope.Benchmark)
    public static class Spread {
        /** Gold plus predicted claims in all. */
        @Param({"1000", "10000", "100000", "1000000"})
        public int claims;

        SyntheticScoringData data;

        @Setup(Level.Trial)
        public void generate() {
            data = SyntheticScoringData.spread(claims, registry());
        }
    }

    @State(Scope.Benchmark)
    public static class Overlapping {
        /** Claims in the one document, half gold, half predicted. */
        @Param({"200", "1000"})
        public int overlapping;

        SyntheticScoringData data;

        @Setup(Level.Trial)
        public void generate() {
            data = SyntheticScoringData.overlapping(overlapping, registry());
        }
    }

    private static ClaimantRegistry registry() {
        return Corpus.bundledDataset().claimants();
    }

    private final Scorer scorer = new Scorer(ScoreConfig.defaults(), 1);

    @Benchmark
    public Scores spread(Spread input) {
        return scorer.score(input.data.dataset(), input.data.predictions());
    }

    @Benchmark
    public Scores overlapping(Overlapping input) {
        return scorer.score(input.data.dataset(), input.data.predictions());
    }
}
