package org.claimeval.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimeval.model.Attribution;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimType;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases of issue 12: claimant mention, cue and full-relation scores; ties broken by attributes,
 * never by input order; rejected predictions counted as false positives.
 *
 * <p>TEXT, code points: "The ministry" [0,12), "said" [13,17), "that" [18,22), "61,000 troops died" [23,41),
 * "." 41, " " 42, "Kyiv" [43,47), "denied" [48,54), "it" [55,57), "." 57.
 */
class ProtocolScoringTest {
    static final String TEXT = "The ministry said that 61,000 troops died. Kyiv denied it.";
    static final String RU = "russian-defence-ministry";
    static final String UA = "ukrainian-general-staff";
    static final Document DOC = new Document("d1", TEXT);

    private static Claim claim(String id, int start, int end, String claimant, Span mention, Span cue, ClaimType type) {
        return Claim.builder().id(id).doc("d1").span(start, end, DOC.slice(start, end)).claimant(claimant)
                .claimantMention(mention).cue(cue).type(type).attribution(Attribution.EXPLICIT).build();
    }

    private static Span span(int start, int end) {
        return DOC.span(start, end);
    }

    private static Scores score(List<Claim> gold, List<Claim> predicted, List<Rejection> rejected) {
        Map<String, List<Claim>> goldMap = new LinkedHashMap<>();
        goldMap.put("d1", gold);
        Dataset dataset = new Dataset("test", "0.0.1", List.of(DOC), Fixture.REGISTRY, goldMap, "0123456789abcdef");
        return new Scorer(ScoreConfig.defaults()).score(dataset, Map.of("d1", predicted), Map.of("d1", rejected));
    }

    @Test
    void mentionCueAndFullRelation() {
        // Gold g1: "61,000 troops died" by RU, mention "The ministry" [0,12), cue "said" [13,17).
        // Gold g2: "it" [55,57) by UA, mention "Kyiv" [43,47), cue "denied" [48,54).
        List<Claim> gold = List.of(
                claim("g1", 23, 41, RU, span(0, 12), span(13, 17), ClaimType.CASUALTIES),
                claim("g2", 55, 57, UA, span(43, 47), span(48, 54), ClaimType.OTHER));
        // p1 matches g1 exactly: claimant RU, mention "ministry" [4,12) (overlaps, not exact), cue "said" exact.
        // p2 matches g2 exactly: claimant UA, no mention (missing), cue "Kyiv" [43,47) (wrong: no overlap with 48..54).
        List<Claim> predicted = List.of(
                claim("p1", 23, 41, RU, span(4, 12), span(13, 17), ClaimType.CASUALTIES),
                claim("p2", 55, 57, UA, null, span(43, 47), ClaimType.OTHER));
        AttributeScores a = score(gold, predicted, List.of()).attributes();

        // Mention, exact: p1 disagrees (FP 1, FN 1); p2 gives none where gold has one (FN 1) -> TP 0, FP 1, FN 2.
        assertEquals(new Counts(0, 1, 2), a.mention().exact());
        // Mention, overlap: p1 overlaps (TP 1); p2 missing (FN 1) -> TP 1, FP 0, FN 1; F1 = 2/(2+0+1) = 2/3.
        assertEquals(new Counts(1, 0, 1), a.mention().overlap());
        assertEquals(2.0 / 3, a.mention().overlap().f1(), 1e-12);
        // Coverage: 2 gold mentions among matched pairs, 1 prediction gave one -> 1/2.
        assertEquals(0.5, a.mention().coverage().coverage());
        // Cue, exact and overlap alike: p1 right (TP 1), p2 wrong (FP 1, FN 1) -> P 1/2, R 1/2, F1 1/2.
        assertEquals(new Counts(1, 1, 1), a.cue().exact());
        assertEquals(new Counts(1, 1, 1), a.cue().overlap());
        // Full relation: content, claimant and cue must all match. p1-g1 does (TP 1); p2's cue misses g2's, so
        // p2 is an FP and g2 an FN -> TP 1, FP 1, FN 1; F1 = 2/(2+1+1) = 0.5. Claim + claimant is 2 TP.
        assertEquals(new Counts(1, 1, 1), a.relation());
        assertEquals(0.5, a.relation().f1());
        assertEquals(new Counts(2, 0, 0), a.strict());
    }

    @Test
    void anAuthorClaimWithoutCueAgreesWhenThePredictionGivesNoneEither() {
        // Gold: an author claim over "61,000 troops died", no mention, no cue. The prediction gives neither.
        List<Claim> gold = List.of(claim("g1", 23, 41, "author", null, null, ClaimType.CASUALTIES));
        List<Claim> predicted = List.of(claim("p1", 23, 41, "author", null, null, ClaimType.CASUALTIES));
        AttributeScores a = score(gold, predicted, List.of()).attributes();
        // Nothing to judge on either span: all zero counts, F1 1.0 by convention; the relation holds: TP 1.
        assertEquals(Counts.ZERO, a.mention().exact());
        assertEquals(Counts.ZERO, a.cue().overlap());
        assertEquals(new Counts(1, 0, 0), a.relation());
    }

    @Test
    void tiesPreferTheClaimantThenTheTypeWhateverTheOrder() {
        // One gold claim by UA, CASUALTIES; two predictions on its exact span: q1 by RU with the right type,
        // q2 by UA with the wrong type. Same pairs (1), same similarity (1.0): the claimant decides -> q2, although
        // the canonical order ("russian..." before "ukrainian...") puts q1 first.
        Claim g = claim("g1", 23, 41, UA, null, null, ClaimType.CASUALTIES);
        Claim q1 = claim(null, 23, 41, RU, null, null, ClaimType.CASUALTIES);
        Claim q2 = claim(null, 23, 41, UA, null, null, ClaimType.OTHER);
        for (List<Claim> order : List.of(List.of(q1, q2), List.of(q2, q1))) {
            AttributeScores a = score(List.of(g), order, List.of()).attributes();
            // Claimant right on the one matched pair (1/1), type wrong (0/1), in either order.
            assertEquals(new Accuracy(1, 1, 1), a.claimant(), order::toString);
            assertEquals(new Accuracy(0, 1, 1), a.type(), order::toString);
        }
    }

    @Test
    void goldWithTwoClaimsOnOneSpanScoresOneAgainstItselfInEitherOrder() {
        // "61,000 troops died" claimed by RU and, separately, by UA: same span, different claimants and cues.
        Claim ru = claim("g1", 23, 41, RU, span(0, 12), span(13, 17), ClaimType.CASUALTIES);
        Claim ua = claim("g2", 23, 41, UA, span(43, 47), span(48, 54), ClaimType.CASUALTIES);
        for (List<Claim> gold : List.of(List.of(ru, ua), List.of(ua, ru))) {
            List<Claim> reversed = new ArrayList<>(gold);
            Collections.reverse(reversed);
            Scores s = score(gold, reversed, List.of());
            assertEquals(new Counts(2, 0, 0), s.micro());
            assertEquals(new Accuracy(2, 2, 2), s.attributes().claimant());
            assertEquals(new Counts(2, 0, 0), s.attributes().strict());
            assertEquals(new Counts(2, 0, 0), s.attributes().mention().exact());
            assertEquals(new Counts(2, 0, 0), s.attributes().cue().exact());
            assertEquals(new Counts(2, 0, 0), s.attributes().relation());
        }
    }

    @Test
    void aRejectedPredictionIsAFalsePositiveEverywhere() {
        Claim g = claim("g1", 23, 41, RU, null, null, ClaimType.CASUALTIES);
        Claim p = claim(null, 23, 41, RU, null, null, ClaimType.CASUALTIES);
        Rejection invented = new Rejection("d1", Rejection.Reason.UNALIGNED, "Moscow took the moon", 2, 0, "not found");
        Scores s = score(List.of(g), List.of(p), List.of(invented));
        // TP 1 (p), FP 1 (the rejected one), FN 0 -> P 1/2, R 1, F1 2/(2+1+0) = 2/3.
        assertEquals(new Counts(1, 1, 0), s.micro());
        assertEquals(2.0 / 3, s.micro().f1(), 1e-12);
        assertEquals(new Counts(1, 1, 0), s.attributes().strict());
        assertEquals(new Counts(1, 1, 0), s.attributes().relation());
        // It has no attributes: it lands in the (none) row of every breakdown, so the rows still add up.
        assertEquals(new Counts(0, 1, 0), s.byType().rows().get(Dimension.NONE));
        assertEquals(s.micro(), s.byType().total());
        assertEquals(List.of(invented), s.documents().get(0).rejected());
    }
}
