package org.claimeval.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimeval.dataset.AnnotationSet;
import org.claimeval.model.Annotates;
import org.claimeval.model.BadInputException;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimType;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.Span;
import org.junit.jupiter.api.Test;

class MultiAgreementTest {
    private static final String TEXT = "Ann said rain.";
    // tokens: "Ann" [0,3), "said" [4,8), "rain" [9,13), "." [13,14)
    private static final Annotates PROFILE = new Annotates(Annotates.ClaimantKind.MENTION, List.of("X", "Y"), false,
            false, false, true, false);
    private static final Dataset SEEDS = new Dataset("t", "1.0.0", List.of(new Document("d", TEXT)),
            ClaimantRegistry.empty(), Map.of(), "00", PROFILE);

    private static AnnotationSet set(String name, Claim... claims) {
        return new AnnotationSet(name, Map.of("d", List.of(claims)), null, null, Path.of(name));
    }

    private static Claim rain(String id, Span source, Span cue, String type) {
        return Claim.span(id, "d", 9, 13, "rain").toBuilder().claimantMention(source)
                .claimant(source == null ? null : source.text()).cue(cue).type(ClaimType.of(type)).build();
    }

    @Test
    void tokenAlphaByHand() throws Exception {
        // Set a: Ann = SOURCE, said = CUE, rain = CONTENT, . = O. Set b: only rain = CONTENT.
        // Units (a, b): (S,O) (CUE,O) (C,C) (O,O); n = 8 values: n_S = 1, n_CUE = 1, n_C = 2, n_O = 4.
        // Off-diagonal coincidences: units 1 and 2 each add 1 in both directions, 4 in all.
        // alpha = 1 - (n - 1) * 4 / (n^2 - sum n_c^2) = 1 - 7 * 4 / (64 - 22) = 1 - 28/42 = 1/3.
        AnnotationSet a = set("a", rain("a1", new Span(0, 3, "Ann"), new Span(4, 8, "said"), "X"));
        AnnotationSet b = set("b", rain("b1", null, null, "X"));
        MultiAgreement m = MultiAgreement.measure(List.of(a, b), SEEDS);
        assertEquals(1.0 / 3.0, m.tokens().alpha(), 1e-9);
        assertEquals(4, m.tokens().units());
        // One matched claim, same type: a single value throughout, alpha defined as 1.
        assertEquals(1.0, m.type().alpha());
        assertEquals(1, m.pairs().size());
        assertEquals(null, m.attribution());
    }

    @Test
    void threeSetsGiveThreePairs() throws Exception {
        AnnotationSet a = set("a", rain("a1", null, null, "X"));
        AnnotationSet b = set("b", rain("b1", null, null, "Y"));
        AnnotationSet c = set("c", rain("c1", null, null, "X"));
        MultiAgreement m = MultiAgreement.measure(List.of(a, b, c), SEEDS);
        assertEquals(List.of("a", "b", "c"), m.names());
        assertEquals(3, m.pairs().size());
        // Type on one unit (X, Y, X): n = 3, n_X = 2, n_Y = 1; off-diagonal coincidences: each of the 2 X-Y
        // ordered pairs within the unit in both directions, weighted 1 / (m_u - 1) = 1/2: 4 * 1/2 = 2.
        // alpha = 1 - (3 - 1) * 2 / (9 - 5) = 1 - 4/4 = 0.
        assertEquals(0.0, m.type().alpha(), 1e-9);
    }

    @Test
    void anEmptySetIsBadInput() {
        AnnotationSet a = set("a", rain("a1", null, null, "X"));
        AnnotationSet empty = new AnnotationSet("empty", Map.of(), null, null, Path.of("emptydir"));
        BadInputException e = assertThrows(BadInputException.class, () -> MultiAgreement.measure(List.of(a, empty), SEEDS));
        assertTrue(e.getMessage().contains("emptydir: has no claims (no gold files)"), e.getMessage());
        assertThrows(BadInputException.class, () -> MultiAgreement.measure(List.of(a), SEEDS));
    }
}
