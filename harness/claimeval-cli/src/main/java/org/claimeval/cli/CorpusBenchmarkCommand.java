package org.claimeval.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimeval.convert.brat.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How fast claimeval handles a corpus the size of the public attribution corpora: a generated brat corpus
 * ({@link SyntheticCorpus}) is imported, then a predictions file for it is scored, both through the same
 * command lines a user runs, in this JVM. Each step runs once to warm up, then {@code --runs} times; the medians
 * of CPU and wall-clock time are reported.
 */
@Command(name = "corpus-benchmark", mixinStandardHelpOptions = true,
        description = {"Time 'import brat' and 'score --predictions' (the harness's own time: loading and validating "
                + "the dataset, reading the predictions, scoring, the report) on a generated corpus.",
                "Default: 1,000 documents with 25 claims each; targets: import <= 5 s, scoring <= 3 s."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "2:usage error", "3:a step failed"})
final class CorpusBenchmarkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--documents", defaultValue = "1000", description = "Documents to generate (default: ${DEFAULT-VALUE}).")
    int documents;
    @Option(names = "--claims-per-document", defaultValue = "25", description = "Claims in each (default: ${DEFAULT-VALUE}).")
    int claimsPerDocument;
    @Option(names = "--runs", defaultValue = "3", description = "Measured runs after one warm-up (default: ${DEFAULT-VALUE}).")
    int runs;
    @Option(names = "--readme", paramLabel = "FILE",
            description = "Also write the table between <!-- corpus-benchmark:start --> and <!-- corpus-benchmark:end --> in FILE.")
    Path readme;

    @Override
    public Integer call() throws Exception {
        if (documents < 1 || claimsPerDocument < 1 || runs < 1) {
            throw ExtractorOptions.usage("--documents, --claims-per-document and --runs must be at least 1");
        }
        if (readme != null) {
            new ReadmeBlock(readme, "corpus-benchmark").check();
        }
        Path work = Files.createTempDirectory("claimeval-corpus-benchmark");
        try {
            SyntheticCorpus.write(work, documents, claimsPerDocument, 20261130L);
            long[][] importMillis = new long[2][runs + 1];
            long[][] scoreMillis = new long[2][runs + 1];
            for (int r = 0; r <= runs; r++) {
                Path dataset = work.resolve("dataset-" + r);
                timed(importMillis, r, "import", "brat", work.resolve("brat").toString(), "-o", dataset.toString(),
                        "--name", "synthetic");
                timed(scoreMillis, r, "score", "--dataset", dataset.toString(), "--predictions",
                        work.resolve("predictions.jsonl").toString(), "--format", "json", "--no-timing", "-o",
                        work.resolve("report-" + r + ".json").toString());
            }
            String table = table(importMillis, scoreMillis);
            spec.commandLine().getOut().print(table);
            spec.commandLine().getOut().flush();
            if (readme != null) {
                new ReadmeBlock(readme, "corpus-benchmark").replace(table);
            }
            return ExitCode.OK;
        } finally {
            try (var walk = Files.walk(work)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Runs one command line in this JVM; records its CPU time (all of the JVM's threads, so garbage collection and
     * compilation count) in {@code millis[0][run]} and its wall-clock time in {@code millis[1][run]}. A failure is
     * exit 3.
     */
    private static void timed(long[][] millis, int run, String... args) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        StringWriter err = new StringWriter();
        long cpu = os.getProcessCpuTime();
        long begin = System.nanoTime();
        int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        millis[1][run] = (System.nanoTime() - begin) / 1_000_000;
        millis[0][run] = (os.getProcessCpuTime() - cpu) / 1_000_000;
        if (code != ExitCode.OK) {
            throw new IllegalStateException("claimeval " + String.join(" ", args) + " exited " + code + ": " + err);
        }
    }

    private String table(long[][] importMillis, long[][] scoreMillis) {
        String corpus = String.format(Locale.ROOT, "%,d documents, %,d claims", documents, documents * claimsPerDocument);
        return "| step (" + corpus + ") | CPU time, median | wall clock, median | target |\n| --- | ---: | ---: | ---: |\n"
                + row("`import brat`", importMillis, 5000) + row("`score --predictions` (harness's own time)", scoreMillis, 3000)
                + "\n" + String.format(Locale.ROOT, "Median of %d runs after one warm-up, in one JVM, %d cores, Java %s, "
                + "system load average %.1f at the end. CPU time counts every thread of the JVM (garbage collection and "
                + "compilation too) and is what the targets are judged on: the wall clock also counts waiting for a "
                + "shared machine. Generated by `java -jar harness/target/claimeval.jar corpus-benchmark --readme "
                + "README.md`.%n", runs, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String row(String step, long[][] millis, long target) {
        long cpu = median(millis[0]);
        long wall = median(millis[1]);
        return String.format(Locale.ROOT, "| %s | %.2f s | %.2f s | %s %.0f s |%n", step, cpu / 1000.0, wall / 1000.0,
                cpu <= target ? "met, <=" : "missed, >", target / 1000.0);
    }

    /** The median of the measured runs (the warm-up, run 0, left out). */
    private static long median(long[] runs) {
        long[] measured = Arrays.copyOfRange(runs, 1, runs.length);
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }
}
