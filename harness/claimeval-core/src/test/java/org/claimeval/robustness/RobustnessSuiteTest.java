package org.claimeval.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.claimeval.model.Claim;
import org.claimeval.model.Dataset;
import org.claimeval.score.Counts;
import org.claimeval.score.ScoreConfig;
import org.claimeval.score.Scorer;
import org.claimeval.score.Scores;
import org.claimeval.stats.UnitCounts;
import org.claimeval.stats.UnitMetric;
import org.junit.jupiter.api.Test;

/** The suite on the hand-built document of {@link PerturbationsTest}, with an extractor that memorised names. */
class RobustnessSuiteTest {
    static final Dataset DATASET = new Dataset("t", "1", List.of(PerturbationsTest.DOC), PerturbationsTest.REGISTRY,
            Map.of("d1", PerturbationsTest.GOLD), "0123456789");
    static final Map<String, String> ORIGINAL_CLAIMANT = Map.of("d1-01", "petrov", "d1-02", "berg");

    /** Finds every gold span of whatever text it is given, but names the claimant it saw in the original. */
    static Scores memoriser(Dataset d) {
        Map<String, List<Claim>> predictions = new HashMap<>();
        d.gold().forEach((doc, claims) -> predictions.put(doc, claims.stream()
                .map(c -> c.toBuilder().id(null).claimant(ORIGINAL_CLAIMANT.get(c.id())).build()).toList()));
        return new Scorer(ScoreConfig.defaults()).score(d, predictions);
    }

    @Test
    void renamingClaimantsCostsAMemoriserEveryClaimAndChangingCueVerbsNothing() throws Exception {
        UnitMetric headline = UnitMetric.of("attributes.claimAndClaimant.f1", DATASET).orElseThrow();
        RobustnessSuite.Metric metric = new RobustnessSuite.Metric() {
            @Override
            public String name() {
                return "claim_claimant.f1";
            }

            @Override
            public UnitCounts byParagraph(Dataset dataset, Scores scores) {
                return headline.units(dataset, scores);
            }

            @Override
            public ToDoubleFunction<Counts> statistic() {
                return Counts::f1;
            }
        };
        RobustnessResult result = new RobustnessSuite(
                List.of(new ClaimantNames(), new CueVerbs()), 7, 200).run(DATASET, RobustnessSuiteTest::memoriser, metric);
        // Original: both claims found with the right claimant: TP 2, FP 0, FN 0, F1 1.
        assertEquals(1.0, result.original().estimate(), 1e-12);
        // claimant-names gives both claims another claimant: the spans still match, the claimants do not, so
        // claim + claimant counts are TP 0, FP 2, FN 2: F1 0, a drop of 0 - 1 = -1.
        RobustnessResult.Family names = result.families().get(0);
        assertEquals(0.0, names.score().estimate(), 1e-12);
        assertEquals(-1.0, names.drop().estimate(), 1e-12);
        // cue-verbs leaves who claims what alone: F1 1, no drop, and p = 1 (identical in every resample).
        RobustnessResult.Family cues = result.families().get(1);
        assertEquals(1.0, cues.score().estimate(), 1e-12);
        assertEquals(0.0, cues.drop().estimate(), 1e-12);
        assertEquals(1.0, cues.pValue(), 1e-12);
    }
}
