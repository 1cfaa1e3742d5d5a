package org.claimeval.bench;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimeval.report.Table;

/**
 * A bench result as text: a plain table for the console, Markdown, or the result file's JSON. Ratios (x naive,
 * 2 threads / 1) divide figures of the same run and are the stable figures; MB/s, documents/s, latency and cold
 * start are absolute and depend on the machine and its load.
 */
public final class BenchReport {
    private BenchReport() {
    }

    public enum Format { TABLE, MARKDOWN, JSON }

    public static String render(BenchResult result, Format format) throws IOException {
        return switch (format) {
            case JSON -> result.toJson();
            case TABLE -> header(result) + "\n" + table(result).toText() + footer();
            case MARKDOWN -> header(result) + "\n" + table(result).toMarkdown() + footer();
        };
    }

    /** One row per extractor; a throughput column pair per thread count. */
    public static Table table(BenchResult result) {
        List<Integer> threads = result.extractors().stream().flatMap(x -> x.throughput().stream())
                .map(BenchResult.ThreadFigures::threads).distinct().sorted().toList();
        List<String> headers = new java.util.ArrayList<>(List.of("extractor"));
        for (int t : threads) {
            String suffix = threads.size() == 1 ? "" : " (" + t + "T)";
            headers.add("MB/s" + suffix);
            headers.add("docs/s" + suffix);
            headers.add("x naive" + suffix);
            if (t != 1) {
                headers.add(t + "T / 1T");
            }
            headers.add("cores" + suffix);
            headers.add("CPU ms/MB" + suffix);
        }
        headers.addAll(List.of("alloc MB/MB", "p50 µs", "p99 µs", "cold ms"));
        Table table = new Table(headers.toArray(String[]::new));
        for (BenchResult.ExtractorFigures x : result.extractors()) {
            List<String> row = new java.util.ArrayList<>(List.of(x.name()));
            for (int t : threads) {
                Optional<BenchResult.ThreadFigures> f = x.threads(t);
                row.add(f.map(v -> FigureFormat.withError(v.mbPerSecond(),
                        v.mbPerSecondError() == null ? Double.NaN : v.mbPerSecondError())).orElse("-"));
                row.add(f.map(v -> FigureFormat.number(v.documentsPerSecond())).orElse("-"));
                row.add(f.map(v -> FigureFormat.number(v.ratioToNaive())).orElse("-"));
                if (t != 1) {
                    row.add(f.map(v -> FigureFormat.number(v.speedUp())).orElse("-"));
                }
                row.add(f.map(v -> FigureFormat.number(v.coresBusy())).orElse("-"));
                row.add(f.map(v -> FigureFormat.number(v.cpuMillisPerMb())).orElse("-"));
            }
            row.add(FigureFormat.number(x.allocationMbPerMb()));
            row.add(FigureFormat.number(x.latencyP50Micros()));
            row.add(FigureFormat.number(x.latencyP99Micros()));
            row.add(FigureFormat.number(x.coldStartMillis()));
            table.row(row.toArray(String[]::new));
        }
        return table;
    }

    private static String header(BenchResult result) {
        BenchResult.CorpusInfo c = result.corpus();
        BenchResult.Machine m = result.machine();
        return String.format(Locale.ROOT, "claimeval bench: %s on %s (%d documents, %s MB); %s; %d s%n"
                        + "machine: %d cores, %s, %s; load average %s at the start%n",
                result.subject().name(), c.spec(), c.documents(), FigureFormat.number(c.megabytes()),
                result.settings(), result.wallSeconds(), m.cores(), m.jvm(), m.os(),
                FigureFormat.number(m.loadAverage()));
    }

    private static String footer() {
        return "\nRatios (x naive, NT / 1T) come from this one run and are the stable figures; MB/s, docs/s,"
                + " latency and cold start are absolute and depend on the machine and its load.\n"
                + "MB = 10^6 bytes of UTF-8 input; cores = CPU seconds per second the benchmark threads got;"
                + " CPU ms/MB = their CPU time per MB (equal at 1T and 2T: the extractor itself scales);"
                + " alloc = MB allocated per MB of input (JMH GC profiler);"
                + " latency per document (JMH sample mode, 1 thread); cold = opening a fresh instance and prepare"
                + " in a new JVM (median).\n";
    }
}
