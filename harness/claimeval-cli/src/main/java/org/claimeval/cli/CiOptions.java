package org.claimeval.cli;

import org.claimeval.model.BadInputException;
import org.claimeval.report.ScoreReport;
import org.claimeval.stats.Bootstrap;
import org.claimeval.stats.UnitCounts;
import picocli.CommandLine.Option;

/** {@code --ci}, {@code --resamples}, {@code --seed}: bootstrap confidence intervals on a score report. */
public final class CiOptions implements CheckedBeforeWork.Options {
    @Option(names = "--ci", description = "Add 95%% bootstrap confidence intervals for micro P, R and F1 "
            + "(paragraphs resampled as clusters).")
    boolean ci;

    @Option(names = "--resamples", defaultValue = "" + Bootstrap.DEFAULT_RESAMPLES,
            description = "Bootstrap resamples for --ci (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--seed", defaultValue = "" + Bootstrap.DEFAULT_SEED,
            description = "Random seed for --ci; the same seed gives the same intervals (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public void check() throws BadInputException {
        if (resamples < 1) {
            throw ExtractorOptions.usage("--resamples must be at least 1, got " + resamples);
        }
    }

    /** The report with intervals when {@code --ci} was given, else unchanged. */
    ScoreReport apply(ScoreReport report) throws BadInputException {
        if (!ci) {
            return report;
        }
        check();
        var intervals = new Bootstrap(resamples, seed).intervals(UnitCounts.byParagraph(report.dataset(), report.scores()));
        return report.withIntervals(intervals);
    }
}
