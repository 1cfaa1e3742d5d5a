package org.claimeval.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.claimeval.bench.BenchReport;
import org.claimeval.bench.BenchResult;
import org.claimeval.bench.BenchRun;
import org.claimeval.bench.BenchSettings;
import org.claimeval.bench.Corpus;
import org.claimeval.bench.ExtractorUnderTest;
import org.claimeval.extract.ExtractorFailure;
import org.claimeval.model.BadInputException;
import org.claimeval.pipeline.ExtractorSpec;
import org.openjdk.jmh.runner.RunnerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure an extractor's speed with JMH, beside the naive OpenNLP pipeline measured in the "
                + "same run: MB/s, documents/s, ratio to naive, speed-up with more threads, allocation per MB, "
                + "per-document latency p50/p99 and cold start.",
                "Each benchmark runs in a forked JVM. The default settings take about 6 minutes for a built-in "
                        + "extractor on the bundled articles; --quick takes about 20 seconds (figures are rough)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured", "2:usage error or bad input (a predictions file, a bad corpus or extractor)",
                "3:the extractor or a benchmark failed"})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ExtractorChoice extractor;

    @Option(names = "--corpus", paramLabel = "PATH",
            description = "A dataset folder, or a folder of .txt files (UTF-8; a BOM and CRLF are accepted). "
                    + "Default: the bundled articles.")
    Path corpus;

    @Option(names = "--megabytes", paramLabel = "N",
            description = "Repeat whole documents, each pass in a seeded shuffled order, until the corpus holds N MB.")
    Double megabytes;

    @Option(names = "--threads", paramLabel = "N[,N...]", split = ",", defaultValue = "1,2",
            description = "Thread counts to measure throughput with (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--quick", description = "A few seconds per benchmark instead of stable medians (CI smoke use).")
    boolean quick;

    @Option(names = "--format", defaultValue = "table", description = "table, markdown or json (default: ${DEFAULT-VALUE}).")
    String format;

    @CheckedBeforeWork.WrittenTo
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the result here (JSON when the name ends in .json) instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        ExtractorSpec extractorSpec = extractorSpec();
        ExtractorUnderTest subject = ExtractorUnderTest.of(extractorSpec);
        BenchReport.Format reportFormat = reportFormat();
        List<Integer> threadCounts = threadCounts();
        String corpusSpec = (corpus == null ? Corpus.ARTICLES : corpus.toString())
                + (megabytes == null ? "" : "@" + megabytes);
        Corpus input = Corpus.load(corpusSpec);
        String subjectName;
        try {
            subjectName = ExtractorUnderTest.nameOf(extractorSpec, input.dataset());
        } catch (BadInputException | ExtractorFailure e) {
            throw e;
        } catch (Exception e) {
            throw new ExtractorFailure("cannot open the extractor: " + e.getMessage(), e);
        }
        BenchSettings settings = quick ? BenchSettings.quick() : BenchSettings.standard();
        PrintWriter progress = spec.commandLine().getErr();
        progress.println("bench: " + subjectName + " against the naive pipeline on " + input + "; " + settings);
        BenchResult result;
        try {
            result = BenchRun.run(new BenchRun.Request(subject, subjectName, input, threadCounts, settings,
                    commandLine()), progress);
        } catch (RunnerException e) {
            throw new ExtractorFailure("a benchmark failed (its output is above): " + e.getMessage(), e);
        }
        Output.write(BenchReport.render(result, reportFormat), output, spec.commandLine().getOut());
        return ExitCode.OK;
    }

    /** The extractor the options name, as {@code score} reads them; a predictions file has nothing to run. */
    private ExtractorSpec extractorSpec() throws BadInputException {
        ExtractorSpec chosen = extractor.spec();
        if (chosen instanceof ExtractorSpec.PredictionsFile) {
            throw ExtractorOptions.usage("bench measures an extractor while it runs; a predictions file has "
                    + "nothing to run: use --extractor, --extractor-jar or --extractor-cmd");
        }
        if (chosen instanceof ExtractorSpec.Named named && (named.name().equals(ExtractorUnderTest.NAIVE)
                || named.name().equals(ExtractorUnderTest.CONTROL))) {
            throw ExtractorOptions.usage("\"" + named.name() + "\" is measured in every run already; name an extractor");
        }
        return chosen;
    }

    private BenchReport.Format reportFormat() throws BadInputException {
        String chosen = output != null && output.toString().endsWith(".json")
                && spec.commandLine().getParseResult().matchedOption("--format") == null ? "json" : format;
        try {
            return BenchReport.Format.valueOf(chosen.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ExtractorOptions.usage("--format must be table, markdown or json, got \"" + format + "\"");
        }
    }

    private List<Integer> threadCounts() throws BadInputException {
        TreeSet<Integer> counts = new TreeSet<>();
        for (Integer t : threads) {
            if (t == null || t < 1 || t > 64) {
                throw ExtractorOptions.usage("--threads takes thread counts from 1 to 64, got " + t);
            }
            counts.add(t);
        }
        return new ArrayList<>(counts);
    }

    /** The command as typed, an argument with spaces in single quotes, so it can be pasted back. */
    private String commandLine() {
        StringBuilder sb = new StringBuilder("claimeval");
        for (String arg : spec.commandLine().getParseResult().originalArgs()) {
            sb.append(' ').append(arg.matches("[\\w@%+=:,./-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return sb.toString();
    }
}
