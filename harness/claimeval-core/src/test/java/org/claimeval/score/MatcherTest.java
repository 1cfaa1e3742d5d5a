package org.claimeval.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.claimeval.model.Claim;
import org.junit.jupiter.api.Test;

class MatcherTest {
    @Test
    void identicalSpansOnBothSidesPairUpOneToOne() {
        // 2 gold and 3 predictions, all "ab cd" at [0,5): at most min(2, 3) = 2 pairs, 1 prediction left over
        TokenView tokens = TokenView.of("ab cd");
        List<Claim> gold = List.of(Claim.span("g1", "d", 0, 5, "ab cd"), Claim.span("g2", "d", 0, 5, "ab cd"));
        List<Claim> predicted = List.of(Claim.span("p1", "d", 0, 5, "ab cd"), Claim.span("p2", "d", 0, 5, "ab cd"),
                Claim.span("p3", "d", 0, 5, "ab cd"));
        Alignment a = new Matcher(MatchConfig.exact()).align(tokens, gold, predicted);
        assertEquals(new Counts(2, 1, 0), a.counts());
        // span order breaks the tie by id: g1-p1, g2-p2, p3 spurious
        assertEquals("p1", a.matches().get(0).predicted().id());
        assertEquals("p2", a.matches().get(1).predicted().id());
        assertEquals("p3", a.spurious().get(0).id());
    }

    @Test
    void compatibilityIsAppliedBeforeSolving() {
        // gold [0,5) "ab cd"; p1 = same span (IoU 1), p2 = "ab" (IoU 1/2). Requiring id p2 leaves only p2.
        TokenView tokens = TokenView.of("ab cd");
        List<Claim> gold = List.of(Claim.span("g", "d", 0, 5, "ab cd"));
        List<Claim> predicted = List.of(Claim.span("p1", "d", 0, 5, "ab cd"), Claim.span("p2", "d", 0, 2, "ab"));
        Matcher matcher = new Matcher(MatchConfig.overlap(0.5));
        assertEquals("p1", matcher.align(tokens, gold, predicted).matches().get(0).predicted().id());
        Alignment onlyP2 = matcher.align(tokens, gold, predicted, (g, p) -> p.id().equals("p2"));
        assertEquals(new Match(gold.get(0), predicted.get(1), 0.5), onlyP2.matches().get(0));
    }

    @Test
    void manyDocumentSizedComponentsAreEachSolved() {
        // 50,000 sentences "w w w." with gold on each and a prediction on every sentence's last two words:
        // IoU 2/3 >= 0.5 everywhere, so 50,000 one-pair components, all matched. Also a chain that nests gold
        // claims inside each other (gold-gold overlap must not merge unrelated pairs).
        int n = 50_000;
        StringBuilder text = new StringBuilder();
        List<Claim> gold = new ArrayList<>();
        List<Claim> predicted = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int start = text.length();
            text.append("w w w. ");
            gold.add(Claim.span("g" + i, "d", start, start + 6, "w w w."));
            predicted.add(Claim.span("p" + i, "d", start + 2, start + 5, "w w"));
        }
        gold.add(Claim.span("outer", "d", 0, text.length(), text.toString())); // overlaps all, IoU tiny
        Alignment a = new Matcher(MatchConfig.overlap(0.5)).align(TokenView.of(text.toString()), gold, predicted);
        assertEquals(new Counts(n, 0, 1), a.counts());
        assertEquals("outer", a.missed().get(0).id());
    }
}
