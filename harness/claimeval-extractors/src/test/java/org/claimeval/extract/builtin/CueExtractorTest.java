package org.claimeval.extract.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimeval.spi.ExtractionContext;
import org.claimeval.model.Attribution;
import org.claimeval.model.Bound;
import org.claimeval.model.Claim;
import org.claimeval.model.Claimant;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.ClaimType;
import org.claimeval.model.Document;
import org.claimeval.model.QuoteKind;
import org.claimeval.model.Side;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cue rules on invented news sentences, with a small registry built here (no article names). */
class CueExtractorTest {
    static final ClaimantRegistry REGISTRY = new ClaimantRegistry(List.of(
            new Claimant("northland-interior-ministry", "Northland Interior Ministry",
                    List.of("Interior Ministry", "the ministry"), "government", Side.OTHER),
            new Claimant("northland-government", "Northland", List.of("Northville"), "government", Side.OTHER),
            new Claimant("jane-roe", "Jane Roe", List.of("Roe"), "person", Side.OTHER),
            new Claimant("daily-courier", "Daily Courier", List.of(), "media", Side.OTHER)));
    static final CueExtractor CUE = new CueExtractor();

    @BeforeAll
    static void prepare() {
        CUE.prepare(ExtractionContext.of(REGISTRY));
    }

    static List<Claim> extract(String text) {
        return CUE.extract(new Document("t", text));
    }

    /** The claims of sources, leaving out the author's own (guideline 3: no source's claim is one of them). */
    static List<Claim> attributed(String text) {
        return extract(text).stream().filter(c -> c.attribution() != Attribution.AUTHOR).toList();
    }

    static Claim only(String text) {
        List<Claim> claims = extract(text);
        assertEquals(1, claims.size(), () -> "claims: " + claims);
        return claims.get(0);
    }

    @Test
    void saidThatGivesTheComplementAndTheSubject() {
        Claim c = only("On Monday, the Northland Interior Ministry said that 40 officers were injured.");
        assertEquals("40 officers were injured", c.text());
        assertEquals("northland-interior-ministry", c.claimant());
        assertEquals("the Northland Interior Ministry", c.claimantMention().text());
        assertEquals("said", c.cue().text());
        assertEquals(Attribution.EXPLICIT, c.attribution());
        assertEquals(QuoteKind.NONE, c.quote());
        assertEquals(ClaimType.CASUALTIES, c.type());
        assertEquals(40.0, c.quantities().get(0).value());
        assertEquals(Bound.EXACT, c.quantities().get(0).bound());
    }

    @Test
    void trailingCueGivesTheClauseBefore() {
        Claim c = only("However, the dam was destroyed overnight, Jane Roe said on Friday.");
        // No connective, no final punctuation, no source or cue in the span.
        assertEquals("the dam was destroyed overnight", c.text());
        assertEquals("jane-roe", c.claimant());
    }

    @Test
    void accordingToFrontedTrailingAndInterrupting() {
        assertEquals("the bridge was closed",
                only("According to the Daily Courier, the bridge was closed.").text());
        Claim trailing = only("The bridge was closed, according to the Daily Courier.");
        assertEquals("The bridge was closed", trailing.text());
        assertEquals("daily-courier", trailing.claimant());
        assertEquals("according to", trailing.cue().text());
        // The cue interrupts the content: the span runs across it.
        assertEquals("most of them, according to Roe, are still in reserve",
                only("Also, most of them, according to Roe, are still in reserve.").text());
    }

    @Test
    void pronounResolvesToTheMostRecentPerson() {
        List<Claim> claims = extract("Jane Roe said that the port reopened. She added that 300 ships were waiting.");
        assertEquals(2, claims.size());
        assertEquals("She", claims.get(1).claimantMention().text());
        assertEquals("jane-roe", claims.get(1).claimant());
    }

    @Test
    void unresolvedSourceKeepsTheMentionText() {
        Claim c = only("Local fishermen reported that the water turned red.");
        assertEquals("Local fishermen", c.claimant());
    }

    @Test
    void twoCuesMakeTwoClaims() {
        List<Claim> claims = extract("Roe highlighted the shortage of fuel, noting that prices doubled.");
        assertEquals(List.of("the shortage of fuel", "prices doubled"), claims.stream().map(Claim::text).toList());
        assertEquals("jane-roe", claims.get(1).claimant());
    }

    @Test
    void nestedSourceBecomesVia() {
        Claim c = only("Rebel units have claimed control of the airport, Northland officials said.");
        assertEquals("control of the airport", c.text());
        assertEquals("Rebel units", c.claimant());
        // "Northland officials" stands for the government (guideline 9): the channel is its registry id.
        assertEquals(List.of("northland-government"), c.via());
    }

    @Test
    void negatedAndPassiveCuesAreNotClaims() {
        // No claim of the ministry: that a source did not confirm is the author's claim (guideline 3, OTHER).
        for (String text : List.of("The ministry did not confirm the figures.",
                "The figures have not been independently confirmed.")) {
            Claim c = only(text);
            assertEquals(Attribution.AUTHOR, c.attribution(), text);
            assertNull(c.cue(), text);
        }
    }

    @Test
    void nounUsesOfAmbiguousFormsAreNotCues() {
        // "reports" is a noun here (followed by "from"); "state-owned" is a compound.
        assertTrue(extract("Reports from the region were scarce.").isEmpty());
        assertTrue(extract("A state-owned bank opened a branch.").isEmpty());
    }

    @Test
    void wordBeforeAnAmbiguousFormSettlesItWithoutTagging() {
        // A possessive or a preposition before "claims"/"reports" makes it a noun; a pronoun or "to" a verb.
        assertTrue(extract("Their claims were dismissed by the court.").isEmpty());
        assertTrue(extract("The court ruled on reports of flooding.").isEmpty());
        Claim c = only("She claims that the bridge was closed for repairs.");
        assertEquals("the bridge was closed for repairs", c.text());
        assertEquals("claims", c.cue().text());
    }

    @Test
    void headlineForms() {
        Claim says = only("Flood waters reach the capital, Roe says\n\nBody text without cues.");
        assertEquals("Flood waters reach the capital", says.text());
        assertEquals("jane-roe", says.claimant());
        Claim dash = only("Grain exports fall by a third – Daily Courier\n");
        assertEquals("Grain exports fall by a third", dash.text());
        assertEquals("daily-courier", dash.claimant());
    }

    @Test
    void quotationWithSpeakerAfter() {
        Claim c = only("“We will rebuild every school,” Roe told reporters.");
        assertEquals("We will rebuild every school", c.text());
        assertEquals(QuoteKind.DIRECT, c.quote());
        assertEquals("told", c.cue().text());
        assertEquals("jane-roe", c.claimant());
    }

    @Test
    void passiveThisWasReportedByRefersBack() {
        List<Claim> claims = extract("The border crossing was shut. This was reported by the Daily Courier.");
        assertEquals(1, claims.size());
        assertEquals("The border crossing was shut", claims.get(0).text());
        assertEquals("daily-courier", claims.get(0).claimant());
    }

    @Test
    void reportedSpeechWithoutCueIsNothing() {
        // No source's claim; a checkable figure in the author's voice is the author's (guideline 3, AuthorVoiceRule).
        assertTrue(attributed("The river rose by two metres overnight.").isEmpty());
        assertNull(null);
    }
}
