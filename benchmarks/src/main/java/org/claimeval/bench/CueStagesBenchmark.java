package org.claimeval.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimeval.extract.builtin.CueStages;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;
import org.claimeval.spi.ClaimExtractor;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * What each stage of the {@code cue} extractor costs, one thread, each over the whole corpus so that the stage
 * throughputs compare directly with {@link #wholeExtractor} (the extractor as {@code bench} runs it, through
 * {@link ExtractorUnderTest}). Every stage is the extractor's own code, reached through {@link CueStages}:
 * <ul>
 *   <li>{@link #sentences}: lines, then the sentence model inside each line;</li>
 *   <li>{@link #cueScan}: the lexicon scan over the whole text;</li>
 *   <li>{@link #sentenceCues}: each sentence's cues as the scanner keeps them: the scan, its filters and the
 *       tagger for ambiguous forms ("reports", "claims"), on the sentences found in set-up;</li>
 *   <li>{@link #typeAndQuantities}: the type lexicon and the quantity finder on the content of every claim the
 *       extractor reports.</li>
 * </ul>
 * What the stages leave of the whole is the rules: quotations, speakers, claimants and content spans.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2) // the JIT compiles cue's code for about 10 s (benchmarks/README.md)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class CueStagesBenchmark {
    @Param({Corpus.ARTICLES, Corpus.ONE_MB})
    public String corpus;

    private Corpus input;
    private ClaimExtractor cue;
    /** Per document: its sentences, and the char ranges of the contents of its cue claims. */
    private List<List<CueStages.Range>> sentences;
    private List<List<CueStages.Range>> contents;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        input = Corpus.named(corpus);
        cue = new ExtractorUnderTest("cue").preparedExtractor(input);
        sentences = new ArrayList<>();
        contents = new ArrayList<>();
        int claims = 0;
        for (Document d : input.documents()) {
            sentences.add(CueStages.sentences(d.text()));
            List<CueStages.Range> ranges = new ArrayList<>();
            for (Claim c : cue.extract(d)) {
                ranges.add(new CueStages.Range(d.toCharIndex(c.start()), d.toCharIndex(c.end())));
            }
            contents.add(ranges);
            claims += ranges.size();
        }
        // The stage inputs' sizes, printed so the README can relate stage costs to counts.
        System.out.printf("%s; %d cue claims%n", input, claims);
    }

    /** Throughput counters: MB and documents of the corpus, once per pass over it. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Throughput {
        public double megabytes;
        public long documents;

        @Setup(Level.Iteration)
        public void reset() {
            megabytes = 0;
            documents = 0;
        }
    }

    private void count(Throughput counters) {
        counters.megabytes += input.megabytes();
        counters.documents += input.documents().size();
    }

    @Benchmark
    public void wholeExtractor(Throughput counters, Blackhole sink) throws Exception {
        for (Document d : input.documents()) {
            sink.consume(cue.extract(d));
        }
        count(counters);
    }

    @Benchmark
    public void sentences(Throughput counters, Blackhole sink) {
        for (Document d : input.documents()) {
            sink.consume(CueStages.sentences(d.text()));
        }
        count(counters);
    }

    @Benchmark
    public void cueScan(Throughput counters, Blackhole sink) {
        for (Document d : input.documents()) {
            sink.consume(CueStages.countCues(d.text()));
        }
        count(counters);
    }

    @Benchmark
    public void sentenceCues(Throughput counters, Blackhole sink) {
        List<Document> documents = input.documents();
        for (int k = 0; k < documents.size(); k++) {
            sink.consume(CueStages.countSentenceCues(documents.get(k).text(), sentences.get(k)));
        }
        count(counters);
    }

    @Benchmark
    public void typeAndQuantities(Throughput counters, Blackhole sink) {
        List<Document> documents = input.documents();
        for (int k = 0; k < documents.size(); k++) {
            String text = documents.get(k).text();
            for (CueStages.Range content : contents.get(k)) {
                sink.consume(CueStages.typeAndQuantities(text, content));
            }
        }
        count(counters);
    }
}
