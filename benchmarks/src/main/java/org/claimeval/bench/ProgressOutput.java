package org.claimeval.bench;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.format.OutputFormat;

/**
 * JMH's output condensed to one line per benchmark on standard error ({@code bench: throughput cue 1 thread:
 * 6.52 MB/s (14 s)}). Everything else JMH or a forked JVM prints is kept, the last lines only, and shown when a
 * benchmark fails, so an extractor's own error message is not lost.
 */
final class ProgressOutput implements OutputFormat {
    private static final int KEPT_LINES = 60;

    private final PrintWriter err;
    private final Map<String, String> labels;
    private final Deque<String> kept = new ArrayDeque<>();
    private final StringBuilder partial = new StringBuilder();
    private long started;

    /** @param labels the report name of each {@code extractor} parameter value */
    ProgressOutput(PrintWriter err, Map<String, String> labels) {
        this.err = err;
        this.labels = labels;
    }

    @Override
    public void startBenchmark(BenchmarkParams params) {
        started = System.nanoTime();
        kept.clear();
    }

    @Override
    public void endBenchmark(BenchmarkResult result) {
        if (result == null) {
            return;
        }
        BenchmarkParams params = result.getParams();
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        String spec = params.getParam("extractor");
        Result<?> primary = result.getPrimaryResult();
        Result<?> megabytes = result.getSecondaryResults().get("megabytes");
        String figure = megabytes != null ? format(megabytes.getScore()) + " MB/s"
                : format(primary.getScore()) + " " + primary.getScoreUnit();
        err.printf(Locale.ROOT, "bench: %-10s %-12s %d thread%s: %s (%.0f s)%n", method,
                labels.getOrDefault(spec, spec), params.getThreads(), params.getThreads() == 1 ? "" : "s", figure,
                (System.nanoTime() - started) / 1e9);
        err.flush();
    }

    /** What JMH and the forked JVMs printed last: shown when a benchmark fails. */
    void printKept() {
        flushPartial();
        kept.forEach(line -> err.println("  | " + line));
        err.flush();
    }

    static String format(double v) {
        return FigureFormat.number(v);
    }

    private void keep(String line) {
        if (kept.size() == KEPT_LINES) {
            kept.removeFirst();
        }
        kept.addLast(line);
    }

    private void flushPartial() {
        if (partial.length() > 0) {
            keep(partial.toString());
            partial.setLength(0);
        }
    }

    @Override
    public void print(String s) {
        for (char c : s.toCharArray()) {
            write(c);
        }
    }

    @Override
    public void println(String s) {
        print(s);
        write('\n');
    }

    @Override
    public void verbosePrintln(String s) {
        println(s);
    }

    @Override
    public void write(int b) {
        if (b == '\n') {
            flushPartial();
        } else if (b != '\r') {
            partial.append((char) b);
        }
    }

    @Override
    public void write(byte[] b) {
        for (byte x : b) {
            write(x & 0xFF);
        }
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
    }

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration,
                                IterationResult data) {
    }

    @Override
    public void startRun() {
    }

    @Override
    public void endRun(Collection<RunResult> result) {
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
