package org.claimeval.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimeval.leaderboard.Entry;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Dataset;
import org.claimeval.report.ReportMetrics;
import org.claimeval.stats.ApproximateRandomization;
import org.claimeval.stats.Bootstrap;
import org.claimeval.stats.Comparison;
import org.claimeval.stats.Interval;
import org.claimeval.stats.UnitCounts;
import org.claimeval.stats.UnitMetric;

/**
 * The numbers the README quotes in prose, computed exactly as the commands it names compute them (same
 * classes, same defaults), so the text never disagrees with what the tool prints: the {@code compare} example
 * (cue against sentence, on the headline and on span F1) and the {@code score --ci} example (cue's intervals).
 * Each block is regenerated only when the README has its markers and both extractors are on the board.
 */
final class ReadmeExamples {
    private ReadmeExamples() {
    }

    static void write(Path readme, Dataset data, List<Entry> entries, int resamples, int trials, long seed)
            throws BadInputException, IOException {
        Optional<Entry> cue = find(entries, "cue");
        Optional<Entry> sentence = find(entries, "sentence");
        if (cue.isEmpty() || sentence.isEmpty()) {
            return;
        }
        if (has(readme, LeaderboardCommand.COMPARE_BLOCK)) {
            new ReadmeBlock(readme, LeaderboardCommand.COMPARE_BLOCK).replace(
                    compare(data, cue.get(), sentence.get(), resamples, trials, seed));
        }
        if (has(readme, LeaderboardCommand.CI_BLOCK)) {
            new ReadmeBlock(readme, LeaderboardCommand.CI_BLOCK).replace(ci(data, cue.get(), resamples, seed));
        }
    }

    /** What {@code compare --a cue --b sentence} finds on the headline, and with {@code --metric micro.f1}. */
    private static String compare(Dataset data, Entry a, Entry b, int resamples, int trials, long seed) {
        Comparison headline = comparison(data, a, b, ReportMetrics.HEADLINE, "attributes.claimAndClaimant.f1",
                resamples, trials, seed);
        Comparison span = comparison(data, a, b, ReportMetrics.SPAN_F1, "micro.f1", resamples, trials, seed);
        return String.format(Locale.ROOT, "On the bundled dataset, `claimeval compare --a cue --b sentence` gives "
                        + "Δ claim_claimant.f1 %s, p = %s: %s. With `--metric micro.f1` (span F1 alone) the same pair "
                        + "gives Δ %s, p = %s: %s.\n",
                delta(headline), p(headline), headline.significant() ? "significant" : "not significant",
                delta(span), p(span), span.significant() ? "significant" : "not significant");
    }

    /** What {@code score --extractor cue --ci} prints for span F1, and the headline's interval. */
    private static String ci(Dataset data, Entry cue, int resamples, long seed) {
        Bootstrap bootstrap = new Bootstrap(resamples, seed);
        Interval span = bootstrap.intervals(UnitCounts.byParagraph(data, cue.overlap().scores())).f1();
        UnitMetric headline = UnitMetric.of("attributes.claimAndClaimant.f1", data).orElseThrow();
        Interval strict = bootstrap.interval(headline.units(data, cue.overlap().scores()), headline.statistic());
        return String.format(Locale.ROOT, "`claimeval score --extractor cue --ci` prints span F1 as `F1 %.3f [%.3f, "
                        + "%.3f]`; the same bootstrap gives cue's claim_claimant.f1 %.3f [%.3f, %.3f] (the leaderboard's "
                        + "interval).\n", span.estimate(), span.low(), span.high(), strict.estimate(), strict.low(),
                strict.high());
    }

    private static Comparison comparison(Dataset data, Entry a, Entry b, String name, String path, int resamples,
                                         int trials, long seed) {
        UnitMetric metric = UnitMetric.of(path, data).orElseThrow();
        return Comparison.againstFirst(name, metric.statistic(), List.of(
                        new Comparison.Entrant("cue", a.overlap().signature(), metric.units(data, a.overlap().scores())),
                        new Comparison.Entrant("sentence", b.overlap().signature(), metric.units(data, b.overlap().scores()))),
                new Bootstrap(resamples, seed), new ApproximateRandomization(trials, seed)).get(0);
    }

    private static String delta(Comparison c) {
        return String.format(Locale.ROOT, "%+.3f [%+.3f, %+.3f]", c.delta(), c.bootstrap().deltaF1().low(),
                c.bootstrap().deltaF1().high());
    }

    private static String p(Comparison c) {
        return String.format(Locale.ROOT, "%.4f", c.holmPValue());
    }

    private static Optional<Entry> find(List<Entry> entries, String name) {
        return entries.stream().filter(e -> e.overlap().extractor().name().equals(name)).findFirst();
    }

    private static boolean has(Path readme, String block) throws IOException {
        return Files.readString(readme, StandardCharsets.UTF_8).contains("<!-- " + block + ":start -->");
    }
}
