package org.claimeval.bench;

import java.util.concurrent.TimeUnit;
import org.claimeval.spi.ClaimExtractor;
import org.claimeval.spi.ExtractionContext;
import org.claimeval.extract.ExtractorCatalog;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Extraction throughput of every built-in extractor and of the naive OpenNLP pipeline ({@code extractor=naive}),
 * in one class so that every extractor's speed is a ratio to the reference from the same run.
 *
 * <p>One operation extracts the whole corpus. With two threads each thread extracts the whole corpus, so the
 * primary score (corpus passes per second, summed over threads) and the secondary {@code megabytes} (MB/s of
 * UTF-8 input) and {@code documents} (documents/s) are aggregate throughputs, comparable across thread counts.
 *
 * <p>{@code learned} is prepared with the five bundled articles and their gold as training data; only
 * extraction is measured (training is in {@link ModelLoadingBenchmark}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class ExtractionBenchmark {
    public static final String NAIVE = "naive";

    @Param({Corpus.ARTICLES, Corpus.ONE_MB})
    public String corpus;

    @Param({NAIVE, "sentence", "quote", "cue", "learned"})
    public String extractor;

    private Corpus input;
    /** Null for the naive pipeline. */
    private ClaimExtractor claimExtractor;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        input = Corpus.named(corpus);
        System.out.println(input);
        if (NAIVE.equals(extractor)) {
            claimExtractor = null;
            return;
        }
        Dataset dataset = Corpus.bundledDataset();
        claimExtractor = ExtractorCatalog.discover().get(extractor);
        claimExtractor.prepare(new ExtractionContext(dataset.claimants(), dataset.documents(), dataset.gold()));
    }

    /** Per-thread throughput counters, summed over threads by JMH; reset every iteration. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Throughput {
        /** MB (10^6 bytes) of UTF-8 input extracted. */
        public double megabytes;
        public long documents;
        private NaivePipeline naive;

        @Setup(Level.Iteration)
        public void reset() {
            megabytes = 0;
            documents = 0;
        }

        NaivePipeline naive() {
            if (naive == null) {
                naive = new NaivePipeline();
            }
            return naive;
        }
    }

    @Benchmark
    @Threads(1)
    public void oneThread(Throughput counters, Blackhole sink) throws Exception {
        extractCorpus(counters, sink);
    }

    @Benchmark
    @Threads(2)
    public void twoThreads(Throughput counters, Blackhole sink) throws Exception {
        extractCorpus(counters, sink);
    }

    private void extractCorpus(Throughput counters, Blackhole sink) throws Exception {
        if (claimExtractor == null) {
            NaivePipeline naive = counters.naive();
            for (Document d : input.documents()) {
                sink.consume(naive.run(d, sink));
            }
        } else {
            for (Document d : input.documents()) {
                sink.consume(claimExtractor.extract(d));
            }
        }
        counters.megabytes += input.megabytes();
        counters.documents += input.documents().size();
    }
}
