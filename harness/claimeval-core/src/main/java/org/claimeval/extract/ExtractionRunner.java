package org.claimeval.extract;

import org.claimeval.spi.ExtractionContext;
import org.claimeval.spi.ClaimExtractor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;
import org.claimeval.model.Span;
import org.claimeval.score.Matcher;
import org.claimeval.score.Rejection;

/**
 * Runs one extractor over documents, safely: {@link ClaimExtractor#prepare} once, on a worker thread bounded by
 * the timeout (its failure or hang stops the run with an {@link ExtractorFailure}), then each document on a
 * worker thread bounded by the timeout. Workers are {@link ExtractorThreads} (an extractor from a jar is contained by {@link ExtractorSandbox}), and any
 * {@link Throwable} an extractor throws, {@link Error}s included, is a failure, never a crash. A document
 * whose extraction throws, returns null or takes longer than the timeout becomes a {@link DocumentFailure}; the
 * other documents are still done. A claim that cannot be used as returned (null, another document, a span out
 * of range or reversed, text that disagrees with the document, a field a predictions line could not carry, a
 * repeated id) is not a failure of the document: it becomes a {@link Rejection} ({@code invalid}), a false
 * positive, and the document still scores.
 * A timed-out extraction is interrupted and abandoned (Java cannot kill a thread; workers are daemons, so a
 * hung one never keeps the JVM alive).
 *
 * <p>Claims must name their document; they get the text found at their offsets when they have none, and ids
 * {@code <doc>#p<n>} numbered in (start, end) order when they have none.
 * The result does not depend on the thread count.
 */
public final class ExtractionRunner {

    /**
     * @param threads  documents extracted at once (at least 1); a {@link SequentialExtractor} always gets 1
     * @param timeout  per document
     * @param failFast stop at the first failed document; the rest are reported as not run
     */
    public record Options(int threads, Duration timeout, boolean failFast) {
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, got " + threads);
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, got " + timeout);
            }
        }

        public static Options defaults() {
            return new Options(1, DEFAULT_TIMEOUT, false);
        }

        public Options withThreads(int n) {
            return new Options(n, timeout, failFast);
        }

        public Options withTimeout(Duration t) {
            return new Options(threads, t, failFast);
        }

        public Options withFailFast(boolean f) {
            return new Options(threads, timeout, f);
        }
    }

    /** An extraction that cannot be used at all. */
    private static final class InvalidOutput extends Exception {
        InvalidOutput(String message) {
            super(message);
        }
    }

    /** The outcome of one document: claims and rejections, or a failure reason. */
    private record Outcome(RejectingExtractor.Extracted extracted, String failure) {
    }

    /**
     * The order claims are numbered in: by offsets, then by content, so that the ids of claims on one span do
     * not depend on the order the extractor listed them in.
     */
    static final Comparator<Claim> BY_OFFSETS = Matcher.SPAN_ORDER;

    private final Options options;

    public ExtractionRunner(Options options) {
        this.options = options;
    }

    public ExtractionResult run(ClaimExtractor extractor, ExtractionContext context, List<Document> documents)
            throws ExtractorFailure {
        long begin = System.nanoTime();
        Outcome[] outcomes = new Outcome[documents.size()];
        int drivers = extractor instanceof SequentialExtractor ? 1 : Math.min(options.threads(), Math.max(1, documents.size()));
        ExecutorService driverPool = Executors.newFixedThreadPool(drivers, ExtractorThreads.named("claimeval-driver"));
        ExecutorService workerPool = Executors.newCachedThreadPool(ExtractorThreads.named("claimeval-extract"));
        long prepareNanos;
        try {
            prepare(extractor, context, workerPool);
            prepareNanos = System.nanoTime() - begin;
            AtomicInteger next = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            List<Future<?>> running = new ArrayList<>();
            for (int d = 0; d < drivers; d++) {
                running.add(driverPool.submit(() -> {
                    int i;
                    while (!stop.get() && (i = next.getAndIncrement()) < documents.size()) {
                        outcomes[i] = extractOne(extractor, documents.get(i), workerPool, context.annotates().types());
                        if (outcomes[i].failure() != null && options.failFast()) {
                            stop.set(true);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractorFailure("interrupted while running extractor " + extractor.name(), e);
        } catch (ExecutionException e) {
            throw new ExtractorFailure("internal error while running extractor " + extractor.name() + ": "
                    + describe(e.getCause()), e.getCause());
        } finally {
            driverPool.shutdownNow();
            workerPool.shutdownNow();
        }

        Map<String, List<Claim>> claims = new LinkedHashMap<>();
        Map<String, List<Rejection>> rejected = new LinkedHashMap<>();
        TreeMap<String, DocumentFailure> failures = new TreeMap<>();
        List<String> notRun = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            String doc = documents.get(i).id();
            if (outcomes[i] == null) {
                notRun.add(doc);
            } else if (outcomes[i].failure() != null) {
                failures.put(doc, new DocumentFailure(doc, outcomes[i].failure()));
            } else {
                claims.put(doc, outcomes[i].extracted().claims());
                rejected.put(doc, outcomes[i].extracted().rejected());
            }
        }
        return new ExtractionResult(extractor.name(), extractor.version(), claims, rejected, failures, notRun,
                prepareNanos, System.nanoTime() - begin);
    }

    /**
     * {@link ClaimExtractor#prepare} on an extractor thread, bounded by the per-document timeout: a prepare
     * that never returns, blocks in a class initialiser or throws an {@link Error} fails the run (exit 3).
     */
    private void prepare(ClaimExtractor extractor, ExtractionContext context, ExecutorService workers)
            throws ExtractorFailure, InterruptedException {
        Future<?> prepared = workers.submit(() -> {
            extractor.prepare(context);
            return null;
        });
        try {
            prepared.get(options.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            prepared.cancel(true);
            throw new ExtractorFailure("extractor " + extractor.name() + " did not finish preparing within "
                    + seconds(options.timeout()) + " (--timeout); it was abandoned");
        } catch (ExecutionException e) {
            throw new ExtractorFailure("extractor " + extractor.name() + " failed to prepare: " + describe(e.getCause()),
                    e.getCause());
        }
    }

    private Outcome extractOne(ClaimExtractor extractor, Document document, ExecutorService workers, List<String> typeLabels)
            throws InterruptedException {
        Future<RejectingExtractor.Extracted> future = workers.submit(() -> extractor instanceof RejectingExtractor r
                ? r.extractAll(document) : plain(extractor.extract(document)));
        Duration timeout = extractor instanceof SelfTimedExtractor self
                ? options.timeout().plus(self.backstopGrace()) : options.timeout();
        try {
            RejectingExtractor.Extracted raw = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return new Outcome(checked(document, raw, typeLabels), null);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Outcome(null, "timed out after " + seconds(timeout) + " (the extraction was abandoned)");
        } catch (ExecutionException e) {
            return new Outcome(null, describe(e.getCause()));
        } catch (InvalidOutput e) {
            return new Outcome(null, e.getMessage());
        }
    }

    /** An SPI extractor's list as an extraction; null (refused by {@link #checked}) stays null. */
    private static RejectingExtractor.Extracted plain(List<Claim> claims) {
        return claims == null ? null : new RejectingExtractor.Extracted(claims, List.of());
    }

    /**
     * The claims with doc, text and ids filled in and sorted, the unusable ones rejected; or why none can be used.
     *
     * @param typeLabels the dataset's type labels, which a claim's type must be one of (none: any)
     */
    static RejectingExtractor.Extracted checked(Document document, RejectingExtractor.Extracted raw,
                                                List<String> typeLabels) throws InvalidOutput {
        if (raw == null) {
            throw new InvalidOutput("returned null instead of a list of claims");
        }
        return checked(document, raw.claims(), raw.rejected(), typeLabels);
    }

    static RejectingExtractor.Extracted checked(Document document, List<Claim> raw) throws InvalidOutput {
        if (raw == null) {
            throw new InvalidOutput("returned null instead of a list of claims");
        }
        return checked(document, raw, List.of(), List.of());
    }

    private static RejectingExtractor.Extracted checked(Document document, List<Claim> raw, List<Rejection> already,
                                                        List<String> typeLabels) {
        List<Rejection> rejected = new ArrayList<>(already);
        SpanTexts texts = new SpanTexts(new Aligner(document));
        List<Claim> filled = new ArrayList<>(raw.size());
        List<Integer> positions = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Claim c = raw.get(i);
            String problem = problemOf(document, c);
            if (problem == null) {
                problem = asPredictionLine(c, texts, typeLabels);
            }
            if (problem != null) {
                rejected.add(new Rejection(document.id(), Rejection.Reason.INVALID, c == null ? null : c.text(), 0,
                        i + 1, problem));
                continue;
            }
            filled.add(c.toBuilder().span(c.start(), c.end(), document.slice(c.start(), c.end()))
                    .claimantMention(filledSpan(document, c.claimantMention())).cue(filledSpan(document, c.cue())).build());
            positions.add(i + 1);
        }
        // Sorted canonically: claims on the same span get the same ids whatever order the extractor gave them in.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < filled.size(); i++) {
            order.add(i);
        }
        order.sort((x, y) -> BY_OFFSETS.compare(filled.get(x), filled.get(y)));
        List<Claim> sorted = new ArrayList<>(filled.size());
        Set<String> ids = new HashSet<>();
        for (int k = 0; k < order.size(); k++) {
            Claim c = filled.get(order.get(k));
            if (c.id() == null) {
                c = c.withId(claimId(document.id(), k));
            }
            if (!ids.add(c.id())) {
                rejected.add(new Rejection(document.id(), Rejection.Reason.INVALID, c.text(), 0,
                        positions.get(order.get(k)), "repeats the id \"" + c.id() + "\" of another claim"));
                continue;
            }
            sorted.add(c);
        }
        return new RejectingExtractor.Extracted(sorted, rejected);
    }

    /** Why a returned claim cannot be placed in the document, or null when it can. */
    private static String problemOf(Document document, Claim c) {
        if (c == null) {
            return "the claim is null";
        }
        if (!document.id().equals(c.doc())) {
            return "names document \"" + c.doc() + "\"";
        }
        String content = spanProblem(document, "span", c.start(), c.end(), c.text());
        if (content != null) {
            return content;
        }
        if (c.claimantMention() != null) {
            Span m = c.claimantMention();
            String mention = spanProblem(document, "claimantMention", m.start(), m.end(), m.text());
            if (mention != null) {
                return mention;
            }
        }
        if (c.cue() != null) {
            return spanProblem(document, "cue", c.cue().start(), c.cue().end(), c.cue().text());
        }
        return null;
    }

    private static String spanProblem(Document document, String what, int start, int end, String text) {
        if (start < 0 || end < start || end > document.length()) {
            return what + " [" + start + "," + end + ") is " + (end < start && start >= 0 ? "reversed" : "outside the document")
                    + " (0.." + document.length() + " code points)";
        }
        String found = document.slice(start, end);
        if (text != null && !text.isEmpty() && !text.equals(found)) {
            return what + " has text " + PredictionLineParser.quoteForMessage(text) + " but the document at [" + start
                    + "," + end + ") reads " + PredictionLineParser.quoteForMessage(found) + " (offsets are code points)";
        }
        return null;
    }

    /** A span with the document's text filled in; spans were checked by {@link #problemOf}. */
    private static Span filledSpan(Document document, Span span) {
        return span == null ? null : new Span(span.start(), span.end(), document.slice(span.start(), span.end()));
    }

    /**
     * The claim written as a predictions line and read back by the predictions parser: an in-process extractor's
     * claims pass exactly the checks a predictions file does (finite, non-negative score; quantities; the
     * dataset's type labels), so {@code extract}'s output always reads back and re-scores. Null when it passes.
     */
    private static String asPredictionLine(Claim claim, SpanTexts texts, List<String> typeLabels) {
        List<org.claimeval.model.Problem> problems = new ArrayList<>();
        PredictionLineParser.parse(PredictionsWriter.toJson(claim, false), texts,
                new PredictionLineParser.Location("claim", 0, ""), typeLabels, problems);
        if (problems.isEmpty()) {
            return null;
        }
        org.claimeval.model.Problem p = problems.get(0);
        return (p.field() == null ? "" : p.field() + ": ") + p.message();
    }

    /** The id of the claim at {@code index} (0-based) of a document's claims sorted by offsets. */
    static String claimId(String doc, int index) {
        return doc + "#p" + (index + 1);
    }

    /** "IllegalStateException: no model (at Foo.extract(Foo.java:12))": enough to find the fault. */
    static String describe(Throwable e) {
        if (e instanceof ExtractorFailure) {
            return e.getMessage();
        }
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            sb.append(": ").append(e.getMessage());
        }
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0) {
            sb.append(" (at ").append(trace[0]).append(')');
        }
        return sb.toString();
    }

    /** "60 s", or "1500 ms" when not whole seconds: how failure reasons state a timeout. */
    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

}
