package org.claimeval.bench;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.claimeval.spi.ClaimExtractor;
import org.claimeval.spi.ExtractionContext;
import org.claimeval.extract.ExtractorCatalog;
import org.claimeval.model.Dataset;
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
 * Cold start: one call in a fresh JVM per measurement ({@code SingleShotTime}, no warmup, one iteration per
 * fork, several forks), as a user pays it once per run.
 * <ul>
 *   <li>{@link #loadModel}: reading one OpenNLP model from the classpath;</li>
 *   <li>{@link #prepareExtractor}: an extractor's {@code prepare}, which loads every model and lexicon it needs
 *       (for {@code learned} it also trains the classifier on the five bundled articles).</li>
 * </ul>
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

    @State(Scope.Benchmark)
    public static class ExtractorChoice {
        @Param({"sentence", "quote", "cue", "learned"})
        public String extractor;

        ClaimExtractor instance;
        ExtractionContext context;

        @Setup(Level.Trial)
        public void choose() throws Exception {
            Dataset dataset = Corpus.bundledDataset();
            instance = ExtractorCatalog.discover().get(extractor);
            context = new ExtractionContext(dataset.claimants(), dataset.documents(), dataset.gold());
        }
    }

    @Benchmark
    public Object loadModel(ModelChoice choice) {
        return choice.file.load();
    }

    @Benchmark
    public ClaimExtractor prepareExtractor(ExtractorChoice choice) throws Exception {
        choice.instance.prepare(choice.context);
        return choice.instance;
    }
}
