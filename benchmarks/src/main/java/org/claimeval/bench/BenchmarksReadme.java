package org.claimeval.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimeval.report.Table;

/**
 * Writes {@code benchmarks/README.md} from {@code benchmarks/README.template.md} and the committed result files,
 * so that no figure in it is typed by hand. The template is Markdown with directive lines:
 * <ul>
 *   <li>{@code @@bench FILE}: a {@code claimeval bench} result as a table, with its corpus, settings and command;</li>
 *   <li>{@code @@targets FILE...}: the issue's targets, each met or missed, computed from those bench results;</li>
 *   <li>{@code @@suite FILE}: the tables of a plain JMH result of the other benchmarks ({@link ResultsTable});</li>
 *   <li>{@code @@machine FILE}: the machine a bench result was measured on.</li>
 * </ul>
 * Files are relative to the benchmarks folder.
 * {@code java -cp benchmarks/target/benchmarks.jar org.claimeval.bench.BenchmarksReadme benchmarks} writes it;
 * with {@code --check} it only fails (exit 1) when the README differs from what it would write.
 */
public final class BenchmarksReadme {
    static final double CUE_RATIO_TARGET = 30;
    static final double SPEED_UP_TARGET = 1.8;
    static final double PROTOCOL_TARGET_MB_PER_SECOND = 50;

    private final Path folder;

    BenchmarksReadme(Path folder) {
        this.folder = folder;
    }

    public static void main(String[] args) throws IOException {
        boolean check = args.length == 2 && args[0].equals("--check");
        if (args.length != 1 && !check) {
            System.err.println("usage: BenchmarksReadme [--check] <benchmarks folder>");
            System.exit(2);
        }
        Path folder = Path.of(args[args.length - 1]);
        String readme = new BenchmarksReadme(folder).render(Files.readString(folder.resolve("README.template.md")));
        Path target = folder.resolve("README.md");
        if (check) {
            if (!Files.exists(target) || !Files.readString(target).equals(readme)) {
                System.err.println(target + " is out of date: regenerate it with "
                        + "java -cp benchmarks/target/benchmarks.jar org.claimeval.bench.BenchmarksReadme benchmarks");
                System.exit(1);
            }
            return;
        }
        Files.writeString(target, readme);
    }

    String render(String template) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String line : template.split("\n", -1)) {
            if (!line.startsWith("@@")) {
                out.append(line).append('\n');
                continue;
            }
            String[] words = line.substring(2).trim().split("\\s+");
            List<Path> files = new ArrayList<>();
            for (int i = 1; i < words.length; i++) {
                files.add(folder.resolve(words[i]));
            }
            switch (words[0]) {
                case "bench" -> bench(out, words[1], BenchResult.read(files.get(0)));
                case "targets" -> targets(out, read(files));
                case "suite" -> out.append(suite(files.get(0)));
                case "machine" -> machine(out, BenchResult.read(files.get(0)));
                default -> throw new IllegalArgumentException("unknown directive: " + line);
            }
        }
        // split(-1) gave one empty string after the final newline, and the loop added a newline for it.
        return out.substring(0, out.length() - 1);
    }

    private static List<BenchResult> read(List<Path> files) throws IOException {
        List<BenchResult> results = new ArrayList<>();
        for (Path f : files) {
            results.add(BenchResult.read(f));
        }
        return results;
    }

    private static void bench(StringBuilder out, String file, BenchResult r) {
        out.append(String.format(Locale.ROOT,
                "`%s`: **%s** on `%s` (%d documents, %s MB); %s; %d s wall; load average %s at the start.%n%n",
                file, r.subject().name(), r.corpus().spec(), r.corpus().documents(),
                FigureFormat.number(r.corpus().megabytes()), r.settings(), r.wallSeconds(),
                FigureFormat.number(r.machine().loadAverage())));
        out.append(BenchReport.table(r).toMarkdown());
        out.append("\nCommand: `").append(r.command()).append("`\n");
    }

    private static void machine(StringBuilder out, BenchResult r) {
        out.append(String.format(Locale.ROOT, "- %d cores (`availableProcessors`), %s, %s%n",
                r.machine().cores(), r.machine().jvm(), r.machine().os()));
    }

    private static String suite(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            new ResultsTable(ResultsTable.read(file), print).print();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void targets(StringBuilder out, List<BenchResult> results) {
        Table table = new Table("target", "measured (ratios from one run each)", "verdict");
        find(results, "cue").ifPresent(r -> r.subject().threads(1).ifPresent(t -> table.row(
                "cue ≥ " + FigureFormat.number(CUE_RATIO_TARGET) + "x naive, 1 thread",
                FigureFormat.number(t.ratioToNaive()) + "x (by CPU time per MB: " + cpuRatio(r, t) + ")",
                verdict(t.ratioToNaive() >= CUE_RATIO_TARGET))));
        for (String name : List.of("quote", "cue", "learned")) {
            find(results, name).ifPresent(r -> r.subject().threads(2).ifPresent(t -> table.row(
                    name + ": 2 threads ≥ " + FigureFormat.number(SPEED_UP_TARGET) + "x 1 thread",
                    FigureFormat.number(t.speedUp()) + "x (control in the same run: "
                            + r.extractor(BenchRun.ROLE_CONTROL).flatMap(c -> c.threads(2))
                            .map(c -> FigureFormat.number(c.speedUp()) + "x").orElse("-")
                            + "; CPU ms/MB at 1 and 2 threads: " + cpuAt(r, 1) + " and " + cpuAt(r, 2) + ")",
                    verdict(t.speedUp() >= SPEED_UP_TARGET))));
        }
        for (String name : List.of("noop-java", "noop-python")) {
            find(results, name).ifPresent(r -> r.subject().threads(1).ifPresent(t -> table.row(
                    name + " process extractor" + (name.equals("noop-java") ? " ≥ "
                            + FigureFormat.number(PROTOCOL_TARGET_MB_PER_SECOND) + " MB/s, 1 thread" : ", 1 thread"),
                    FigureFormat.number(t.mbPerSecond()) + " MB/s: the protocol costs "
                            + FigureFormat.number(1e6 / t.documentsPerSecond()) + " µs per document, "
                            + FigureFormat.number(1e3 / t.mbPerSecond()) + " ms per MB",
                    name.equals("noop-java") ? verdict(t.mbPerSecond() >= PROTOCOL_TARGET_MB_PER_SECOND) : "(no target)")));
        }
        out.append(table.toMarkdown());
    }

    /** Naive's CPU time per MB over the subject's, same run and thread count: the ratio without the load. */
    private static String cpuRatio(BenchResult r, BenchResult.ThreadFigures subject) {
        return r.extractor(BenchRun.ROLE_REFERENCE).flatMap(n -> n.threads(subject.threads()))
                .filter(n -> n.cpuMillisPerMb() != null && subject.cpuMillisPerMb() != null)
                .map(n -> FigureFormat.number(n.cpuMillisPerMb() / subject.cpuMillisPerMb()) + "x").orElse("-");
    }

    private static String cpuAt(BenchResult r, int threads) {
        return r.subject().threads(threads).map(t -> FigureFormat.number(t.cpuMillisPerMb())).orElse("-");
    }

    private static Optional<BenchResult> find(List<BenchResult> results, String subject) {
        return results.stream().filter(r -> r.subject().name().equals(subject)).findFirst();
    }

    private static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }
}
