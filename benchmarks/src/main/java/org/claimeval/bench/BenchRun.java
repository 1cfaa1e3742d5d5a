package org.claimeval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimeval.io.Json;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ExtractorBenchmark} through JMH's Java API for one extractor, with the naive pipeline and the
 * control as the other values of the same parameter, so that every ratio divides two figures of one run.
 * Every benchmark runs in a forked JVM with this JVM's class path (the {@code claimeval} jar, or the test class
 * path); a user's jar is loaded there by path, as {@code --extractor-jar} loads it.
 *
 * <p>Runs in order: corpus throughput at each thread count (with JMH's GC profiler at the first), per-document
 * latency (sample mode, one thread; not for the control) and cold start (single shot, fresh JVMs).
 */
public final class BenchRun {
    public static final String ROLE_SUBJECT = "subject";
    public static final String ROLE_REFERENCE = "reference";
    public static final String ROLE_CONTROL = "control";
    /** Heap of every forked JVM: fixed, so that collection costs compare across runs and extractors. */
    static final String[] FORK_JVM_ARGS = {"-Xms1g", "-Xmx1g"};

    /**
     * @param subjectName the subject's report name ({@link ExtractorUnderTest#nameOf})
     * @param command     how the run was asked for, stored in the result
     */
    public record Request(ExtractorUnderTest subject, String subjectName, Corpus corpus, List<Integer> threads,
                          BenchSettings settings, String command) {
    }

    private BenchRun() {
    }

    /** Runs every benchmark of the request; progress goes to {@code progress}, one line per benchmark. */
    public static BenchResult run(Request request, PrintWriter progress) throws RunnerException, IOException {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> roles = new LinkedHashMap<>();
        names.put(request.subject().spec(), request.subjectName());
        roles.put(request.subject().spec(), ROLE_SUBJECT);
        names.putIfAbsent(ExtractorUnderTest.NAIVE, ExtractorUnderTest.NAIVE);
        roles.putIfAbsent(ExtractorUnderTest.NAIVE, ROLE_REFERENCE);
        boolean control = request.threads().size() > 1;
        if (control) {
            names.putIfAbsent(ExtractorUnderTest.CONTROL, ExtractorUnderTest.CONTROL);
            roles.putIfAbsent(ExtractorUnderTest.CONTROL, ROLE_CONTROL);
        }
        String[] measured = names.keySet().stream().filter(s -> !ExtractorUnderTest.CONTROL.equals(s))
                .toArray(String[]::new);
        // JMH refuses to start while another JMH run holds /tmp/jmh.lock. That lock keeps JMH runs apart but no
        // other load, so on a shared machine it only turns a noisy figure into a failure (a parallel build's
        // bench test, say); the load at the start is stored with the result instead.
        System.setProperty("jmh.ignoreLock", "true");
        BenchResult.Machine machine = BenchResult.Machine.current();
        long started = System.nanoTime();
        ProgressOutput output = new ProgressOutput(progress, names);
        BenchSettings s = request.settings();
        List<RunResult> results = new ArrayList<>();
        try {
            boolean first = true;
            for (int threads : request.threads()) {
                ChainedOptionsBuilder pass = options(request, BenchResult.THROUGHPUT, names.keySet().toArray(String[]::new))
                        .threads(threads)
                        .warmupIterations(s.warmupIterations())
                        .warmupTime(TimeValue.milliseconds(s.warmupMillis()))
                        .measurementIterations(s.measurementIterations())
                        .measurementTime(TimeValue.milliseconds(s.measurementMillis()));
                if (first) {
                    pass.addProfiler(GCProfiler.class);
                    first = false;
                }
                results.addAll(new Runner(pass.build(), output).run());
            }
            results.addAll(new Runner(options(request, BenchResult.LATENCY, measured)
                    .threads(1)
                    .warmupIterations(s.warmupIterations())
                    .warmupTime(TimeValue.milliseconds(s.warmupMillis()))
                    .measurementIterations(s.latencyIterations())
                    .measurementTime(TimeValue.milliseconds(s.measurementMillis()))
                    .build(), output).run());
            results.addAll(new Runner(options(request, BenchResult.COLD, measured)
                    .threads(1)
                    .forks(s.coldForks())
                    .warmupIterations(0)
                    .measurementIterations(1)
                    .build(), output).run());
        } catch (RunnerException e) {
            output.printKept();
            throw e;
        }
        JsonNode jmh = jmhJson(results);
        Corpus corpus = request.corpus();
        return new BenchResult(request.command(), s.toString(), Math.round((System.nanoTime() - started) / 1e9),
                new BenchResult.CorpusInfo(corpus.name(), corpus.documents().size(), corpus.megabytes()),
                machine, BenchResult.derive(jmh, names, roles), jmh);
    }

    private static ChainedOptionsBuilder options(Request request, String method, String[] extractors) {
        return new OptionsBuilder()
                .include(ExtractorBenchmark.class.getName() + "\\." + method + "$")
                .param("corpus", request.corpus().name())
                .param("extractor", extractors)
                .forks(1)
                .jvmArgs(FORK_JVM_ARGS)
                .shouldFailOnError(true)
                .timeout(TimeValue.minutes(10));
    }

    /** JMH's own JSON for the results, exactly what {@code -rf json} writes. */
    static JsonNode jmhJson(Collection<RunResult> results) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            ResultFormatFactory.getInstance(ResultFormatType.JSON, out).writeOut(results);
        }
        return Json.mapper().readTree(bytes.toString(StandardCharsets.UTF_8));
    }
}
