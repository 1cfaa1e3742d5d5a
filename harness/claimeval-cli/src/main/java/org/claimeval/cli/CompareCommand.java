package org.claimeval.cli;

import org.claimeval.pipeline.Evaluation;
import org.claimeval.pipeline.Extraction;
import org.claimeval.pipeline.ExtractorSpec;
import org.claimeval.pipeline.Training;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimeval.extract.ExtractionRunner;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Dataset;
import org.claimeval.pipeline.Evaluation;
import org.claimeval.pipeline.Extraction;
import org.claimeval.pipeline.ExtractorSpec;
import org.claimeval.report.ScoreReport;
import org.claimeval.stats.ApproximateRandomization;
import org.claimeval.stats.Bootstrap;
import org.claimeval.stats.Comparison;
import org.claimeval.stats.UnitCounts;
import org.claimeval.stats.render.ComparisonReport;
import org.claimeval.stats.render.StatsFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Compares two extractors on the same dataset and matching: both F1 scores with bootstrap intervals, ΔF1 with
 * its interval, a paired bootstrap and an approximate randomization p-value, and a one-line verdict.
 *
 * <p>No gold leaks: every source (built-in and SPI {@code NAME}, {@code jar:PATH#NAME}, {@code cmd:COMMAND})
 * is scored by the same protocol as {@code score}: an extractor that learns runs leave-one-document-out, so it is
 * trained on the other documents and never on the one it is scored on; one that does not learn runs once; a
 * predictions file is read as it is.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Is extractor A better than B? Paired bootstrap and approximate randomization on micro F1.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared (whatever the verdict)", "2:usage error or bad input",
                "3:an extractor failed (on some documents or at start)"})
final class CompareCommand implements Callable<Integer>, CheckedBeforeWork.Options {
    @Spec
    CommandSpec spec;
    @Mixin
    DatasetOption dataset;
    @Option(names = "--a", required = true, paramLabel = "SPEC",
            description = "First extractor: NAME, cmd:COMMAND, jar:PATH#NAME or FILE.jsonl.")
    String a;
    @Option(names = "--b", required = true, paramLabel = "SPEC", description = "Second extractor, as --a.")
    String b;
    @Mixin
    MatchOptions match;
    @Option(names = "--resamples", defaultValue = "" + Bootstrap.DEFAULT_RESAMPLES,
            description = "Paired bootstrap resamples (default: ${DEFAULT-VALUE}).")
    int resamples;
    @Option(names = "--trials", defaultValue = "" + ApproximateRandomization.DEFAULT_TRIALS,
            description = "Approximate randomization trials (default: ${DEFAULT-VALUE}).")
    int trials;
    @Option(names = "--seed", defaultValue = "" + Bootstrap.DEFAULT_SEED,
            description = "Random seed of both tests (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Per-document extraction timeout (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;
    @Option(names = "--format", defaultValue = "table", description = "table, markdown or json (default: ${DEFAULT-VALUE}).")
    StatsFormat format;
    @CheckedBeforeWork.WrittenTo
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Path output;

    @Override
    public void check() throws BadInputException {
        if (resamples < 1 || trials < 1) {
            throw ExtractorOptions.usage("--resamples and --trials must be at least 1");
        }
        ExtractorOptions.checkTimeout(timeoutSeconds);
        checkSpec(ExtractorSpec.parse(a, "--a"), "--a");
        checkSpec(ExtractorSpec.parse(b, "--b"), "--b");
    }

    /** A predictions file or jar named in a spec must be a regular file, like --predictions. */
    private static void checkSpec(ExtractorSpec spec, String option) throws BadInputException {
        Path file = spec instanceof ExtractorSpec.PredictionsFile p ? p.file()
                : spec instanceof ExtractorSpec.Jar j ? j.jar() : null;
        if (file == null) {
            return;
        }
        try {
            org.claimeval.io.InputFile.requireRegular(file);
        } catch (java.io.IOException e) {
            throw new BadInputException(new org.claimeval.model.Problem(file.toString(), 0, null, option,
                    e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        }
    }

    @Override
    public Integer call() throws Exception {
        check();
        ExtractorSpec specA = ExtractorSpec.parse(a, "--a");
        ExtractorSpec specB = ExtractorSpec.parse(b, "--b");
        Dataset data = dataset.load();
        var options = new ExtractionRunner.Options(1, java.time.Duration.ofSeconds(timeoutSeconds), false);
        var config = match.config();
        ScoreReport reportA = Evaluation.score(extract(specA, data, options), data, config, options, false);
        ScoreReport reportB = Evaluation.score(extract(specB, data, options), data, config, options, false);

        String nameA = reportA.extractor().name();
        String nameB = reportB.extractor().name();
        boolean sameName = nameA.equals(nameB);
        Comparison comparison = Comparison.of(
                new Comparison.Competitor(sameName ? "a (" + nameA + ")" : nameA, reportA.signature(), reportA.scores().micro()),
                UnitCounts.byParagraph(data, reportA.scores()),
                new Comparison.Competitor(sameName ? "b (" + nameB + ")" : nameB, reportB.signature(), reportB.scores().micro()),
                UnitCounts.byParagraph(data, reportB.scores()),
                new Bootstrap(resamples, seed), new ApproximateRandomization(trials, seed));
        Output.write(ComparisonReport.render(comparison, format), output, spec.commandLine().getOut());
        int exitA = Failures.exitCode(reportA, spec.commandLine().getErr());
        int exitB = Failures.exitCode(reportB, spec.commandLine().getErr());
        return Math.max(exitA, exitB);
    }

    /** One protocol for every source: leave-one-document-out for an extractor that learns, a plain run otherwise. */
    static Extraction extract(ExtractorSpec spec, Dataset data, ExtractionRunner.Options options)
            throws Exception {
        return Evaluation.extract(spec, data, Training.leaveOneOut(), options, false);
    }
}
