package org.claimeval.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimeval.model.Attribution;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimType;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.QuoteKind;
import org.claimeval.score.Counts;
import org.claimeval.score.ScoreConfig;
import org.claimeval.score.Scorer;
import org.claimeval.score.Scores;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    /** n units, each with the given counts. */
    static UnitCounts uniform(int n, Counts each) {
        List<String> labels = new ArrayList<>();
        List<Counts> counts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add("u" + i);
            counts.add(each);
        }
        return new UnitCounts(labels, counts);
    }

    /** Units that differ, so resamples differ: unit i has i % 4 TPs, one FP every third unit, one FN every other. */
    static UnitCounts mixed(int n) {
        List<String> labels = new ArrayList<>();
        List<Counts> counts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add("u" + i);
            counts.add(new Counts(i % 4, i % 3 == 0 ? 1 : 0, i % 2));
        }
        return new UnitCounts(labels, counts);
    }

    @Test
    void percentileInterpolatesBetweenOrderStatistics() {
        double[] sorted = {0, 1, 2, 3, 4};
        // h = (5 - 1) * 0.25 = 1 -> sorted[1]; h = 4 * 0.1 = 0.4 -> 0 + 0.4 * (1 - 0); h = 4 * 0.975 = 3.9 -> 3.9
        assertEquals(1.0, Bootstrap.percentile(sorted, 0.25), 1e-12);
        assertEquals(0.4, Bootstrap.percentile(sorted, 0.1), 1e-12);
        assertEquals(3.9, Bootstrap.percentile(sorted, 0.975), 1e-12);
    }

    @Test
    void intervalsContainTheEstimate() {
        Intervals i = new Bootstrap(1000, 12345L).intervals(mixed(40));
        for (Interval interval : List.of(i.precision(), i.recall(), i.f1())) {
            assertTrue(interval.low() <= interval.estimate() && interval.estimate() <= interval.high(), interval.toString());
            assertTrue(interval.low() < interval.high(), "units differ, so the interval has width: " + interval);
        }
        // The estimate is the plain micro score of all units.
        assertEquals(mixed(40).total().f1(), i.f1().estimate());
        assertEquals(0.95, i.level());
        assertEquals("paragraph", i.unit());
    }

    @Test
    void aSystemRightEverywhereHasAPointInterval() {
        // Every resample sums TPs only, so P = R = F1 = 1 in every resample.
        Intervals i = new Bootstrap(200, 1L).intervals(uniform(10, new Counts(2, 0, 0)));
        assertEquals(new Interval(1.0, 1.0, 1.0), i.f1());
    }

    @Test
    void theSameSeedGivesTheSameIntervalsAndAnotherSeedOthers() {
        UnitCounts units = mixed(40);
        assertEquals(new Bootstrap(500, 7L).intervals(units), new Bootstrap(500, 7L).intervals(units));
        assertNotEquals(new Bootstrap(500, 7L).intervals(units).f1(), new Bootstrap(500, 8L).intervals(units).f1());
    }

    @Test
    void identicalSystemsGivePOneAndAZeroDifference() {
        Bootstrap.Paired paired = new Bootstrap(500, 3L).paired(mixed(30), mixed(30));
        assertEquals(1.0, paired.pValue());
        assertEquals(new Interval(0.0, 0.0, 0.0), paired.deltaF1());
    }

    @Test
    void pairedIntervalsEqualTheSingleSystemIntervalsOfTheSameSeed() {
        UnitCounts a = mixed(30);
        Bootstrap.Paired paired = new Bootstrap(500, 3L).paired(a, uniform(30, new Counts(1, 1, 1)));
        assertEquals(new Bootstrap(500, 3L).intervals(a), paired.a());
    }

    @Test
    void aStrictlyBetterSystemGivesASmallP() {
        // a finds both claims of every unit, b one of two. Every unit is alike, so every resample has the
        // observed ΔF1 = 1 - 2*20/(2*20 + 20) = 1/3 exactly: |d* - d| = 0 < 1/3 never counts, p = 1/(500 + 1).
        Bootstrap.Paired paired = new Bootstrap(500, 3L).paired(uniform(20, new Counts(2, 0, 0)),
                uniform(20, new Counts(1, 0, 1)));
        assertEquals(1.0 / 3, paired.deltaF1().estimate(), 1e-12);
        assertEquals(1.0 / 501, paired.pValue(), 1e-12);
    }

    @Test
    void unitCountsSplitAScoreByParagraphAndAddUpToTheMicroCounts() {
        // Paragraph 1 "Alpha said one thing." (0..21; newlines at 21 and 22), paragraph 2 "Beta said two things." (23..44).
        Document doc = new Document("d", "Alpha said one thing.\n\nBeta said two things.");
        Claim goldOne = gold("g1", doc, 0, 21);
        Claim goldTwo = gold("g2", doc, 23, 44);
        Dataset dataset = new Dataset("t", "1", List.of(doc), ClaimantRegistry.empty(),
                java.util.Map.of("d", List.of(goldOne, goldTwo)), "hash");
        // One exact hit in paragraph 1, a spurious prediction in paragraph 2 (its first word), g2 missed.
        Scores scores = new Scorer(ScoreConfig.defaults()).score(dataset, java.util.Map.of("d", List.of(
                Claim.span("p1", "d", 0, 21, doc.slice(0, 21)), Claim.span("p2", "d", 23, 27, doc.slice(23, 27)))));
        UnitCounts units = UnitCounts.byParagraph(dataset, scores);
        assertEquals(2, units.size());
        assertEquals("d#1", units.label(0));
        assertEquals(new Counts(1, 0, 0), units.counts(0));
        assertEquals(new Counts(0, 1, 1), units.counts(1));
        assertEquals(scores.micro(), units.total());
    }

    private static Claim gold(String id, Document doc, int start, int end) {
        return new Claim(id, doc.id(), start, end, doc.slice(start, end), "author", null, null, List.of(),
                Attribution.AUTHOR, QuoteKind.NONE, ClaimType.OTHER, List.of(), null, null);
    }
}
