package org.claimeval.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimBuilderTest {

    @Test
    void buildsTheSameClaimAsTheCanonicalConstructor() {
        Span mention = new Span(0, 12, "The ministry");
        Span cue = new Span(13, 17, "said");
        Quantity figure = new Quantity(new Span(23, 40, "61,000 servicemen"), 61000, "servicemen", Bound.EXACT);
        Claim positional = new Claim("c1", "e01", 23, 50, "61,000 servicemen were lost", "mod", mention, cue,
                List.of("tass"), Attribution.EXPLICIT, QuoteKind.NONE, ClaimType.CASUALTIES, List.of(figure),
                "losses", 0.9);
        Claim built = Claim.builder().id("c1").doc("e01").span(23, 50, "61,000 servicemen were lost").claimant("mod")
                .claimantMention(mention).cue(cue).via(List.of("tass")).attribution(Attribution.EXPLICIT)
                .quote(QuoteKind.NONE).type(ClaimType.CASUALTIES).quantity(figure).cluster("losses").score(0.9).build();
        assertEquals(positional, built);
        assertEquals(positional, positional.toBuilder().build());
    }

    @Test
    void onlyTheDocumentIsRequired() {
        Claim bare = Claim.builder().doc("e01").span(3, 9).build();
        assertEquals(3, bare.start());
        assertEquals(9, bare.end());
        assertNull(bare.text(), "the harness fills the text in");
        assertNull(bare.id(), "the harness numbers the claim");
        assertEquals(List.of(), bare.via());
        assertEquals(List.of(), bare.quantities());

        NullPointerException e = assertThrows(NullPointerException.class, () -> Claim.builder().span(3, 9).build());
        assertTrue(e.getMessage().startsWith("doc"), e.getMessage());
    }

    @Test
    void aBuilderChangesOnlyWhatItIsTold() {
        Claim claim = Claim.span("c1", "e01", 3, 9, "shells");
        Claim scored = claim.toBuilder().score(0.5).build();
        assertEquals(0.5, scored.score());
        assertEquals(claim, scored.toBuilder().score(null).build());
        assertEquals("c2", claim.withId("c2").id());
        assertEquals(claim.content(), claim.withId("c2").content());
    }
}
