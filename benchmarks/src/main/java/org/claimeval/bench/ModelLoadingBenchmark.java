package org.claimeval.bench;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
 * Cold start of one OpenNLP model: reading it from the classpath in a fresh JVM per measurement
 * ({@code SingleShotTime}, no warmup, one iteration per fork, several forks), as a user pays it once per run.
 * An extractor's whole cold start (its {@code prepare}) is {@link ExtractorBenchmark#prepare}.
 * With {@code -f 0} (the CI smoke run) nothing is forked and the figures are warm, not cold.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ModelLoadingBenchmark {

    @State(Scope.Benchmark)
    public static class ModelChoice {
        @Param({"sentence", "tokens", "pos"})
        public String model;

        EnglishModelFiles file;

        @Setup(Level.Trial)
        public void choose() {
            file = EnglishModelFiles.valueOf(model.toUpperCase(Locale.ROOT));
        }
    }

    @Benchmark
    public Object loadModel(ModelChoice choice) {
        return choice.file.load();
    }
}
