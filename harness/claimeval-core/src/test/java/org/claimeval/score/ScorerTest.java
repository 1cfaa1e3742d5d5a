package org.claimeval.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimeval.model.Attribution;
import org.claimeval.model.Bound;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimType;
import org.claimeval.model.Quantity;
import org.junit.jupiter.api.Test;

/** Hand-computed scoring cases. Tokens of TEXT: Alpha0 beta1 gamma2 delta3 epsilon4 Zeta5 eta6 theta7 iota8 kappa9. */
class ScorerTest {
    static final String TEXT = "Alpha beta gamma delta epsilon. Zeta eta theta iota kappa.";
    static final String RU = "russian-defence-ministry";
    static final String UA = "ukrainian-general-staff";

    private static Fixture oneDoc() {
        return new Fixture().doc("d1", TEXT);
    }

    @Test
    void exactNeedsSameOffsetsWhileOverlapIgnoresEdgePunctuation() {
        Fixture f = oneDoc();
        f.gold("d1", "Alpha beta gamma delta epsilon");
        f.predict("d1", "Alpha beta gamma delta epsilon."); // one code point longer, same 5 tokens
        // exact: offsets differ -> tp 0, fp 1, fn 1
        assertEquals(new Counts(0, 1, 1), f.score(MatchConfig.exact()).micro());
        // overlap: token IoU 5/5 = 1 >= 0.5 -> tp 1
        assertEquals(new Counts(1, 0, 0), f.score(MatchConfig.overlap(0.5)).micro());
    }

    @Test
    void overlapThresholdIsInclusive() {
        Fixture f = oneDoc();
        f.gold("d1", "Alpha beta gamma delta");  // tokens 0..3
        f.predict("d1", "gamma delta");         // tokens 2..3: IoU = 2/4 = 0.5
        assertEquals(new Counts(1, 0, 0), f.score(MatchConfig.overlap(0.5)).micro());
        assertEquals(new Counts(0, 1, 1), f.score(MatchConfig.overlap(0.6)).micro());
        assertEquals(0.5, f.score(MatchConfig.overlap(0.5)).documents().get(0).matches().get(0).similarity());
    }

    @Test
    void partialNeedsOneSharedToken() {
        Fixture f = oneDoc();
        f.gold("d1", "Alpha beta gamma delta"); // tokens 0..3
        f.predict("d1", "delta epsilon");      // tokens 3..4: IoU 1/5 = 0.2, one token shared
        assertEquals(new Counts(0, 1, 1), f.score(MatchConfig.overlap(0.5)).micro());
        assertEquals(new Counts(1, 0, 0), f.score(MatchConfig.partial()).micro());
        // "epsilon. Zeta" shares nothing with tokens 0..3 -> no match even in partial mode
        Fixture g = oneDoc();
        g.gold("d1", "Alpha beta gamma delta");
        g.predict("d1", "epsilon. Zeta");
        assertEquals(new Counts(0, 1, 1), g.score(MatchConfig.partial()).micro());
    }

    @Test
    void onePredictionOverTwoGoldClaimsCountsOnce() {
        Fixture f = oneDoc();
        f.gold("d1", "Alpha beta");
        f.gold("d1", "gamma delta");
        f.predict("d1", "Alpha beta gamma delta"); // IoU 2/4 with each gold claim
        // one-to-one: 1 TP; the other gold claim is missed -> tp 1, fp 0, fn 1
        Scores s = f.score(MatchConfig.partial());
        assertEquals(new Counts(1, 0, 1), s.micro());
        assertEquals(0.5, s.micro().recall());
    }

    @Test
    void twoPredictionsOnOneGoldClaimGiveOneTpAndOneFp() {
        Fixture f = oneDoc();
        f.gold("d1", "Alpha beta gamma delta");
        f.predict("d1", "Alpha beta");  // IoU 2/4
        f.predict("d1", "gamma delta"); // IoU 2/4
        assertEquals(new Counts(1, 1, 0), f.score(MatchConfig.overlap(0.5)).micro());
    }

    @Test
    void duplicatePredictionsNeverPushRecallAboveOne() {
        Fixture f = oneDoc();
        f.gold("d1", "Zeta eta theta");
        for (int i = 0; i < 3; i++) {
            f.predict("d1", "Zeta eta theta");
        }
        // 3 identical predictions, 1 gold: tp 1, fp 2 -> R = 1/1, P = 1/3
        Scores s = f.score(MatchConfig.exact());
        assertEquals(new Counts(1, 2, 0), s.micro());
        assertEquals(1.0, s.micro().recall());
        assertEquals(1.0 / 3, s.micro().precision());
    }

    @Test
    void precisionDiffersFromRecallInTheRightDirection() {
        Fixture f = oneDoc();
        f.gold("d1", "Alpha beta");
        f.gold("d1", "Zeta eta");
        f.predict("d1", "Alpha beta");
        f.predict("d1", "gamma delta");
        f.predict("d1", "epsilon");
        f.predict("d1", "iota kappa");
        // tp 1 (Alpha beta), fp 3, fn 1 (Zeta eta): P = 1/4, R = 1/2
        Scores s = f.score(MatchConfig.exact());
        assertEquals(new Counts(1, 3, 1), s.micro());
        assertEquals(0.25, s.micro().precision());
        assertEquals(0.5, s.micro().recall());
    }

    @Test
    void greedyTrapIsAvoided() {
        Fixture f = oneDoc();
        Claim g1 = f.gold("d1", "Alpha beta gamma");             // tokens 0..2
        Claim g2 = f.gold("d1", "gamma delta epsilon");          // tokens 2..4
        Claim p1 = f.predict("d1", "Alpha beta gamma");          // IoU with g1 = 1, with g2 = 1/5
        Claim p2 = f.predict("d1", "Alpha");                     // IoU with g1 = 1/3, with g2 = 0
        // Greedy by similarity takes p1-g1 first and leaves p2 with nothing: 1 match. Optimal: p2-g1, p1-g2.
        Scores s = f.score(MatchConfig.partial());
        assertEquals(new Counts(2, 0, 0), s.micro());
        List<Match> matches = s.documents().get(0).matches();
        assertEquals(List.of(new Match(g1, p2, 1.0 / 3), new Match(g2, p1, 1.0 / 5)), matches);
    }

    @Test
    void equalCardinalityTiesGoToHigherSimilarity() {
        Fixture f = oneDoc();
        Claim g1 = f.gold("d1", "Alpha beta");  // tokens 0..1
        Claim g2 = f.gold("d1", "beta gamma");  // tokens 1..2
        Claim p1 = f.predict("d1", "Alpha beta");
        Claim p2 = f.predict("d1", "beta gamma");
        // Both assignments have 2 pairs; straight: 1 + 1 = 2, crossed: 1/3 + 1/3. Straight wins.
        List<Match> matches = f.score(MatchConfig.partial()).documents().get(0).matches();
        assertEquals(List.of(new Match(g1, p1, 1.0), new Match(g2, p2, 1.0)), matches);
    }

    @Test
    void reversedInputOrderGivesTheSameScores() {
        Fixture f = oneDoc();
        f.gold("d1", "Alpha beta gamma");
        f.gold("d1", "gamma delta epsilon");
        f.gold("d1", "Zeta eta");
        f.predict("d1", "Alpha beta gamma");
        f.predict("d1", "Alpha");
        f.predict("d1", "eta theta");
        f.predict("d1", "Alpha");
        ScoreConfig config = new ScoreConfig(MatchConfig.partial(), Subset.ALL);
        Scores forward = new Scorer(config).score(f.dataset(), f.predictions());
        Map<String, List<Claim>> reversed = new LinkedHashMap<>();
        f.predictions().forEach((doc, claims) -> {
            List<Claim> r = new ArrayList<>(claims);
            Collections.reverse(r);
            reversed.put(doc, r);
        });
        Map<String, List<Claim>> reversedGold = new LinkedHashMap<>();
        f.dataset().gold().forEach((doc, claims) -> {
            List<Claim> r = new ArrayList<>(claims);
            Collections.reverse(r);
            reversedGold.put(doc, r);
        });
        var d = f.dataset();
        var reversedDataset = new org.claimeval.model.Dataset(d.name(), d.version(), d.documents(), d.claimants(),
                reversedGold, d.goldHash());
        assertEquals(forward, new Scorer(config).score(reversedDataset, reversed));
        // 3 gold, 4 predictions: g1<-Alpha, g2<-Alpha beta gamma, Zeta eta<-eta theta; one Alpha left over
        assertEquals(new Counts(3, 1, 0), forward.micro());
    }

    @Test
    void goldAgainstItselfIsPerfectEverywhere() {
        Fixture f = new Fixture().doc("d1", TEXT).doc("d2", "Kyiv said 300 soldiers died. ISW agreed.");
        f.gold("d1", "Alpha beta", RU, ClaimType.CASUALTIES, Attribution.EXPLICIT,
                new Quantity(null, 300, "soldiers", Bound.EXACT));
        f.gold("d1", "beta gamma", UA, ClaimType.TERRITORY, Attribution.IMPLICIT);
        f.gold("d2", "300 soldiers died", "zelensky", ClaimType.CASUALTIES, Attribution.EXPLICIT,
                new Quantity(null, 300, "Soldiers", Bound.APPROX));
        f.gold("d2", "ISW agreed", "author", ClaimType.ASSESSMENT, Attribution.AUTHOR);
        for (MatchConfig match : List.of(MatchConfig.exact(), MatchConfig.overlap(1.0), MatchConfig.partial())) {
            for (Subset subset : Subset.values()) {
                Scores s = new Scorer(new ScoreConfig(match, subset)).score(f.dataset(), f.goldAsPredictions());
                assertEquals(1.0, s.micro().f1());
                assertEquals(1.0, s.micro().precision());
                assertEquals(1.0, s.micro().recall());
                assertEquals(new Macro(1.0, 1.0, 1.0, 2), s.macro());
                AttributeScores a = s.attributes();
                assertEquals(1.0, a.claimant().accuracy());
                assertEquals(1.0, a.side().accuracy());
                assertEquals(1.0, a.type().accuracy());
                assertEquals(1.0, a.quantities().f1());
                assertEquals(1.0, a.strict().f1());
                s.documents().forEach(d -> assertEquals(1.0, d.counts().f1()));
            }
        }
    }

    @Test
    void macroAndMicroDifferOnUnequalDocuments() {
        Fixture f = new Fixture().doc("a", TEXT).doc("b", TEXT);
        f.gold("a", "Alpha beta");
        f.predict("a", "Alpha beta");
        f.gold("b", "Alpha beta");
        f.gold("b", "gamma delta");
        f.gold("b", "Zeta eta");
        Scores s = f.score(MatchConfig.exact());
        // micro: tp 1, fp 0, fn 3 -> P 1/1, R 1/4, F1 2/(2+3) = 0.4
        assertEquals(new Counts(1, 0, 3), s.micro());
        assertEquals(1.0, s.micro().precision());
        assertEquals(0.25, s.micro().recall());
        assertEquals(0.4, s.micro().f1(), 1e-15);
        // macro: doc a (1, 1, 1), doc b (0, 0, 0) -> 0.5 each
        assertEquals(new Macro(0.5, 0.5, 0.5, 2), s.macro());
    }

    @Test
    void emptyCasesFollowTheConvention() {
        // no predictions: tp 0, fp 0, fn 1 -> all 0
        Fixture noPredictions = oneDoc();
        noPredictions.gold("d1", "Alpha beta");
        Scores s1 = noPredictions.score(MatchConfig.exact());
        assertEquals(new Counts(0, 0, 1), s1.micro());
        assertEquals(new Macro(0.0, 0.0, 0.0, 1), s1.macro());
        // no gold: tp 0, fp 1, fn 0 -> P 0/1 = 0, R 1 (no gold to miss), F1 0/(0+1+0) = 0
        Fixture noGold = oneDoc();
        noGold.predict("d1", "Alpha beta");
        Scores s2 = noGold.score(MatchConfig.exact());
        assertEquals(new Counts(0, 1, 0), s2.micro());
        assertEquals(0.0, s2.micro().f1());
        assertEquals(new Macro(0.0, 1.0, 0.0, 1), s2.macro());
        // neither: all 1, and the attribute accuracies are vacuously 1 with 0 matched pairs
        Scores s3 = oneDoc().score(MatchConfig.exact());
        assertEquals(Counts.ZERO, s3.micro());
        assertEquals(new Macro(1.0, 1.0, 1.0, 1), s3.macro());
        assertEquals(AttributeScores.ZERO, s3.attributes());
        // no documents at all
        Scores s4 = new Fixture().score(MatchConfig.exact());
        assertEquals(Counts.ZERO, s4.micro());
        assertEquals(new Macro(1.0, 1.0, 1.0, 0), s4.macro());
    }

    @Test
    void codePointOffsetsAfterAstralCharactersStillMatch() {
        // "🚀🚀 Kyiv said forty. 😀 Moscow denied it." in code points: 🚀 0, 🚀 1, space 2,
        // "Kyiv said forty." [3,19), space 19, 😀 20, space 21, "Moscow denied it." [22,39).
        // In UTF-16 the second sentence starts at 25 (three surrogate pairs before it).
        String text = "🚀🚀 Kyiv said forty. 😀 Moscow denied it.";
        Fixture f = new Fixture().doc("e", text);
        Claim gold = f.gold("e", "Moscow denied it.");
        assertEquals(22, gold.start());
        assertEquals(39, gold.end());
        f.predictAt("e", 22, 39);
        assertEquals(new Counts(1, 0, 0), f.score(MatchConfig.exact()).micro());
        // A scorer that took the UTF-16 start (25) for a code-point offset would cut "cow denied it." [25,39)
        Fixture drifted = new Fixture().doc("e", text);
        drifted.gold("e", "Moscow denied it.");
        drifted.predictAt("e", 25, 39);
        assertEquals(new Counts(0, 1, 1), drifted.score(MatchConfig.exact()).micro());
    }

    @Test
    void tokenlessSpansMatchOnlyIdenticalOffsets() {
        Fixture f = oneDoc();
        f.gold("d1", ". ");          // [30,32) touches no token
        f.predictAt("d1", 30, 32);   // same offsets -> match
        f.predictAt("d1", 30, 31);   // "." also tokenless, different offsets -> spurious
        assertEquals(new Counts(1, 1, 0), f.score(MatchConfig.partial()).micro());
    }

    @Test
    void attributedSubsetFiltersGoldByAttributionAndPredictionsOnlyWhenTheySayAuthor() {
        Fixture f = oneDoc();
        f.gold("d1", "Alpha beta", RU, ClaimType.CASUALTIES, Attribution.EXPLICIT);
        f.gold("d1", "gamma delta", "author", ClaimType.COMBAT, Attribution.AUTHOR);
        f.predict("d1", "Alpha beta", null, null, Attribution.AUTHOR); // dropped by its own attribution
        f.predict("d1", "gamma delta");                               // says nothing: always counts
        Scores all = new Scorer(new ScoreConfig(MatchConfig.exact(), Subset.ALL)).score(f.dataset(), f.predictions());
        // all: both gold kept, both predictions kept, exact pairs -> tp 2
        assertEquals(new Counts(2, 0, 0), all.micro());
        Scores attributed = new Scorer(new ScoreConfig(MatchConfig.exact(), Subset.ATTRIBUTED))
                .score(f.dataset(), f.predictions());
        // attributed: gold {Alpha beta}; predictions {gamma delta} -> tp 0, fp 1, fn 1
        assertEquals(new Counts(0, 1, 1), attributed.micro());
    }

    @Test
    void breakdownsPutFalsePositivesUnderTheirOwnValueAndAddUpToMicro() {
        Fixture f = oneDoc();
        f.gold("d1", "Alpha beta", RU, ClaimType.CASUALTIES, Attribution.EXPLICIT);
        f.gold("d1", "gamma delta", UA, ClaimType.TERRITORY, Attribution.IMPLICIT);
        f.predict("d1", "Alpha beta", UA, ClaimType.TERRITORY, null);   // TP, counted under gold's values
        f.predict("d1", "Zeta eta", "MoD", ClaimType.COMBAT, Attribution.EXPLICIT); // FP under its own values
        f.predict("d1", "iota kappa");                                  // FP saying nothing -> (none)
        Scores s = f.score(MatchConfig.exact());
        assertEquals(new Counts(1, 2, 1), s.micro());
        assertEquals(Map.of("CASUALTIES", new Counts(1, 0, 0), "TERRITORY", new Counts(0, 0, 1),
                "COMBAT", new Counts(0, 1, 0), "(none)", new Counts(0, 1, 0)), s.byType().rows());
        assertEquals(Map.of("explicit", new Counts(1, 1, 0), "implicit", new Counts(0, 0, 1),
                "(none)", new Counts(0, 1, 0)), s.byAttribution().rows());
        // sides: TP under gold RU; FN under gold UA; "MoD" resolves to the RU ministry; bare FP -> (none)
        assertEquals(Map.of("RU", new Counts(1, 1, 0), "UA", new Counts(0, 0, 1),
                "(none)", new Counts(0, 1, 0)), s.bySide().rows());
        for (Breakdown b : List.of(s.byType(), s.byAttribution(), s.bySide())) {
            assertEquals(s.micro(), b.total(), b.dimension());
        }
    }

    @Test
    void attributesOfMatchedPairs() {
        Fixture f = oneDoc();
        f.gold("d1", "Alpha beta", RU, ClaimType.CASUALTIES, Attribution.EXPLICIT,
                new Quantity(null, 300, "soldiers", Bound.EXACT), new Quantity(null, 5, "tanks", Bound.OVER));
        f.gold("d1", "gamma delta", UA, ClaimType.TERRITORY, Attribution.EXPLICIT);
        f.gold("d1", "Zeta eta", "zelensky", ClaimType.INTENT, Attribution.EXPLICIT);
        // pair 1: claimant by alias (right), type right, quantities: 300 Soldiers exact right, 5 tanks exact wrong
        f.predict("d1", "Alpha beta", "the Ministry", ClaimType.CASUALTIES, null,
                new Quantity(null, 300, "Soldiers", Bound.EXACT), new Quantity(null, 5, "tanks", Bound.EXACT));
        // pair 2: claimant Zelensky: wrong claimant, right side (UA); type wrong
        f.predict("d1", "gamma delta", "Zelensky", ClaimType.COMBAT, null);
        // pair 3: no claimant, no type given
        f.predict("d1", "Zeta eta");
        AttributeScores a = f.score(MatchConfig.exact()).attributes();
        // claimant: right 1 (pair 1), given 2, matched 3; side: right 2 (pairs 1, 2)
        assertEquals(new Accuracy(1, 2, 3), a.claimant());
        assertEquals(new Accuracy(2, 2, 3), a.side());
        // type: right 1 (pair 1), given 2
        assertEquals(new Accuracy(1, 2, 3), a.type());
        // quantities: gold {300 soldiers exact, 5 tanks over}, predicted {300 soldiers exact, 5 tanks exact}
        assertEquals(new Counts(1, 1, 1), a.quantities());
        // strict: only pair 1 has the right claimant -> tp 1, fp 2, fn 2
        assertEquals(new Counts(1, 2, 2), a.strict());
    }

    @Test
    void strictScoreSolvesTheAssignmentAgainRatherThanFiltering() {
        Fixture f = oneDoc();
        f.gold("d1", "Alpha beta gamma delta", RU, ClaimType.CASUALTIES, Attribution.EXPLICIT);
        f.predict("d1", "Alpha beta gamma delta", UA, null, null); // IoU 1, wrong claimant: wins the span match
        f.predict("d1", "Alpha beta gamma", "MoD", null, null);    // IoU 3/4, right claimant
        Scores s = f.score(MatchConfig.overlap(0.5));
        assertEquals(new Counts(1, 1, 0), s.micro());
        assertEquals(new Accuracy(0, 1, 1), s.attributes().claimant());
        // Filtering the span match would give strict tp 0; solving again pairs gold with the MoD prediction.
        assertEquals(new Counts(1, 1, 0), s.attributes().strict());
    }

    @Test
    void documentsAreSortedByIdAndCountsAddUp() {
        Fixture f = new Fixture().doc("z", TEXT).doc("a", TEXT);
        f.gold("z", "Alpha beta");
        f.predict("a", "Alpha beta");
        Scores s = f.score(MatchConfig.exact());
        assertEquals(List.of("a", "z"), s.documents().stream().map(DocumentScore::doc).toList());
        assertEquals(new Counts(0, 1, 0), s.documents().get(0).counts());
        assertEquals(new Counts(0, 0, 1), s.documents().get(1).counts());
        assertEquals(new Counts(0, 1, 1), s.micro());
    }

    @Test
    void threadsDoNotChangeTheResult() {
        Fixture f = new Fixture();
        for (int d = 0; d < 6; d++) {
            f.doc("doc" + d, TEXT);
            f.gold("doc" + d, "Alpha beta gamma");
            f.gold("doc" + d, "Zeta eta");
            f.predict("doc" + d, d % 2 == 0 ? "beta gamma" : "Alpha");
        }
        ScoreConfig config = new ScoreConfig(MatchConfig.partial(), Subset.ALL);
        assertEquals(new Scorer(config, 1).score(f.dataset(), f.predictions()),
                new Scorer(config, 4).score(f.dataset(), f.predictions()));
    }

    @Test
    void predictionsOutsideTheDatasetAreRejected() {
        Fixture f = oneDoc();
        Map<String, List<Claim>> unknown = Map.of("nope", List.of(Claim.span("p", "nope", 0, 1, "A")));
        assertThrows(IllegalArgumentException.class,
                () -> new Scorer(ScoreConfig.defaults()).score(f.dataset(), unknown));
        Map<String, List<Claim>> outOfRange = Map.of("d1", List.of(Claim.span("p", "d1", 0, 999, "A")));
        assertThrows(IllegalArgumentException.class,
                () -> new Scorer(ScoreConfig.defaults()).score(f.dataset(), outOfRange));
    }
}
