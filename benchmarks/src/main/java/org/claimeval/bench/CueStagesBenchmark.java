package org.claimeval.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.claimeval.spi.ClaimExtractor;
import org.claimeval.spi.ExtractionContext;
import org.claimeval.extract.builtin.CueStages;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimantRegistry;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * What each stage of the {@code cue} extractor costs, one thread, each over the whole corpus so that the stage
 * throughputs compare directly with {@link #wholeExtractor}. The cue scan is the extractor's own code (through
 * {@link CueStages}); the other stages live in package-private {@code extract.builtin} classes, so each is
 * measured through its public equivalent, on the same inputs:
 * <ul>
 *   <li>{@link #sentenceDetection}: what {@code SentenceSplitter} does: non-blank lines, then
 *       {@code SentenceDetectorME.sentPosDetect} inside each line, same model;</li>
 *   <li>{@link #cueScan}: the extractor's own lexicon scan ({@link CueStages#countCues}); {@link #cueScanRegex}
 *       is a regex alternation of the same first words, the approach it replaces, for comparison;</li>
 *   <li>{@link #tokenizeCueWindows} and {@link #tagCueWindows}: what {@code AttributionRules.isVerb} does for
 *       every noun-ambiguous cue form ("reports", "claims"): tokenize the window from 60 chars before to 40
 *       after it, then tag those tokens;</li>
 *   <li>{@link #spanAndClaimantBuilding}: what {@code ClaimFactory} and {@code ClaimantResolver} do for each
 *       claim the extractor reports: char-to-code-point spans of content, mention and cue, the claimant
 *       resolved through the registry, and the {@link Claim} record (type and quantity finding excluded).</li>
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@State(Scope.Benchmark)
public class CueStagesBenchmark {
    /** The window around an ambiguous cue that {@code AttributionRules.isVerb} tags. */
    static final int WINDOW_BEFORE = 60;
    static final int WINDOW_AFTER = 40;

    @Param({Corpus.ARTICLES, Corpus.ONE_MB})
    public String corpus;

    private Corpus input;
    private ClaimExtractor cue;
    private ClaimantRegistry registry;
    private Pattern cueRegex;
    /** Per document: the char ranges of its non-blank lines. */
    private List<int[]> lineRanges;
    /** The window texts around every ambiguous cue form of the corpus, and their tokens. */
    private List<String> windows;
    private List<String[]> windowTokens;
    /** The claims the cue extractor reports on the corpus, with their document. */
    private List<Document> claimDocuments;
    private List<Claim> claims;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        input = Corpus.named(corpus);
        Dataset dataset = Corpus.bundledDataset();
        registry = dataset.claimants();
        cue = new ExtractorUnderTest("cue").preparedExtractor(input);
        cueRegex = Pattern.compile("\\b(?:" + String.join("|", CueStages.firstWords()) + ")\\b",
                Pattern.CASE_INSENSITIVE);

        lineRanges = new ArrayList<>();
        windows = new ArrayList<>();
        claimDocuments = new ArrayList<>();
        claims = new ArrayList<>();
        TokenizerME tokenizer = new TokenizerME(EnglishModelFiles.Shared.TOKEN_MODEL);
        windowTokens = new ArrayList<>();
        for (Document d : input.documents()) {
            String text = d.text();
            lineRanges.add(nonBlankLines(text));
            for (CueStages.CueHit h : CueStages.cues(text)) {
                if (h.nounAmbiguous()) {
                    String window = text.substring(Math.max(0, h.start() - WINDOW_BEFORE),
                            Math.min(text.length(), h.end() + WINDOW_AFTER));
                    windows.add(window);
                    windowTokens.add(tokenizer.tokenize(window));
                }
            }
            for (Claim c : cue.extract(d)) {
                claimDocuments.add(d);
                claims.add(c);
            }
        }
        // The stage inputs' sizes, printed so the README can relate stage costs to counts.
        System.out.printf("%s; %d noun-ambiguous cue windows; %d cue claims%n", input, windows.size(), claims.size());
    }

    /** Flattened [start, end) pairs of the non-blank lines, whitespace-trimmed. */
    private static int[] nonBlankLines(String text) {
        List<Integer> bounds = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                int s = lineStart;
                int e = i;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (s < e) {
                    bounds.add(s);
                    bounds.add(e);
                }
                lineStart = i + 1;
            }
        }
        return bounds.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Per-thread tools (the {@code *ME} classes are not thread-safe) and throughput counters. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Throughput {
        public double megabytes;
        public long documents;
        SentenceDetectorME sentences;
        TokenizerME tokenizer;
        POSTaggerME tagger;

        @Setup(Level.Trial)
        public void tools() {
            sentences = new SentenceDetectorME(EnglishModelFiles.Shared.SENTENCE_MODEL);
            tokenizer = new TokenizerME(EnglishModelFiles.Shared.TOKEN_MODEL);
            tagger = new POSTaggerME(EnglishModelFiles.Shared.POS_MODEL);
        }

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
    public void sentenceDetection(Throughput counters, Blackhole sink) {
        List<Document> documents = input.documents();
        for (int k = 0; k < documents.size(); k++) {
            String text = documents.get(k).text();
            int[] lines = lineRanges.get(k);
            for (int i = 0; i < lines.length; i += 2) {
                Span[] spans = counters.sentences.sentPosDetect(text.subSequence(lines[i], lines[i + 1]));
                sink.consume(spans);
            }
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
    public void cueScanRegex(Throughput counters, Blackhole sink) {
        for (Document d : input.documents()) {
            Matcher m = cueRegex.matcher(d.text());
            int found = 0;
            while (m.find()) {
                found += m.end() - m.start();
            }
            sink.consume(found);
        }
        count(counters);
    }

    @Benchmark
    public void tokenizeCueWindows(Throughput counters, Blackhole sink) {
        for (String window : windows) {
            sink.consume(counters.tokenizer.tokenizePos(window));
        }
        count(counters);
    }

    @Benchmark
    public void tagCueWindows(Throughput counters, Blackhole sink) {
        for (String[] tokens : windowTokens) {
            sink.consume(counters.tagger.tag(tokens));
        }
        count(counters);
    }

    @Benchmark
    public void spanAndClaimantBuilding(Throughput counters, Blackhole sink) {
        for (int k = 0; k < claims.size(); k++) {
            Document d = claimDocuments.get(k);
            Claim c = claims.get(k);
            // The extractor finds char indices; rebuilding from them measures the conversion it performs.
            var content = d.spanOfChars(d.toCharIndex(c.start()), d.toCharIndex(c.end()));
            var mention = c.claimantMention() == null ? null : d.spanOfChars(
                    d.toCharIndex(c.claimantMention().start()), d.toCharIndex(c.claimantMention().end()));
            var cueSpan = c.cue() == null ? null
                    : d.spanOfChars(d.toCharIndex(c.cue().start()), d.toCharIndex(c.cue().end()));
            String claimant = mention == null ? c.claimant() : registry.resolve(mention.text())
                    .map(found -> found.id()).orElse(mention.text());
            sink.consume(new Claim(null, d.id(), content.start(), content.end(), content.text(), claimant, mention,
                    cueSpan, c.via(), c.attribution(), c.quote(), c.type(), c.quantities(), null, null));
        }
        count(counters);
    }
}
