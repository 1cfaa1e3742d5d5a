package org.claimeval.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.claimeval.spi.ClaimExtractor;
import org.claimeval.spi.ExtractionContext;
import org.claimeval.extract.Predictions;
import org.claimeval.extract.PredictionsReader;
import org.claimeval.extract.PredictionsWriter;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Claim;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a predictions JSONL file with {@link PredictionsReader} (strict mode), from memory so that the disk
 * does not count. The file is what {@code claimeval extract --extractor cue} writes for the corpus: the
 * {@code cue} claims of each article, written again for each copy of it. The secondary {@code megabytes} is
 * MB/s of JSONL read; {@code lines} is claims/s.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class PredictionsLoadingBenchmark {

    @Param({Corpus.ARTICLES, Corpus.ONE_MB, Corpus.TEN_MB})
    public String corpus;

    private Dataset dataset;
    private byte[] jsonl;
    private int lineCount;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Dataset bundled = Corpus.bundledDataset();
        Corpus input = Corpus.named(corpus);
        dataset = new Dataset(bundled.name(), bundled.version(), input.documents(), bundled.claimants(),
                Map.of(), bundled.goldHash());
        ClaimExtractor cue = new ExtractorUnderTest("cue").preparedExtractor(input);
        Map<String, List<Claim>> byArticleText = new HashMap<>();
        Map<String, List<Claim>> claims = new LinkedHashMap<>();
        for (Document d : input.documents()) {
            List<Claim> found = byArticleText.computeIfAbsent(d.text(), text -> extract(cue, d));
            claims.put(d.id(), found.stream().map(c -> inDocument(c, d.id())).toList());
            lineCount += found.size();
        }
        StringWriter out = new StringWriter();
        PredictionsWriter.write(claims, out);
        jsonl = out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<Claim> extract(ClaimExtractor extractor, Document d) {
        try {
            return extractor.extract(d);
        } catch (Exception e) {
            throw new IllegalStateException("cue failed on " + d.id(), e);
        }
    }

    private static Claim inDocument(Claim c, String doc) {
        return new Claim(c.id(), doc, c.start(), c.end(), c.text(), c.claimant(), c.claimantMention(), c.cue(),
                c.via(), c.attribution(), c.quote(), c.type(), c.quantities(), c.cluster(), c.score());
    }

    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Throughput {
        /** MB (10^6 bytes) of JSONL read. */
        public double megabytes;
        public long lines;

        @Setup(Level.Iteration)
        public void reset() {
            megabytes = 0;
            lines = 0;
        }
    }

    @Benchmark
    public Predictions read(Throughput counters) throws IOException, BadInputException {
        Predictions p = new PredictionsReader(dataset, false).read(new ByteArrayInputStream(jsonl), "bench.jsonl");
        counters.megabytes += jsonl.length / Corpus.MEGABYTE;
        counters.lines += lineCount;
        return p;
    }
}
