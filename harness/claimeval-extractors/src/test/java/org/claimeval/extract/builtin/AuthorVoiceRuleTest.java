package org.claimeval.extract.builtin;

import static org.claimeval.extract.builtin.CueExtractorTest.extract;
import static org.claimeval.extract.builtin.CueExtractorTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimeval.model.Attribution;
import org.claimeval.model.Claim;
import org.claimeval.model.Claimant;
import org.claimeval.model.ClaimType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The author-voice claims of {@code cue} ({@link AuthorVoiceRule}), one test per family, on sentences written for
 * the test with the registry of {@link CueExtractorTest}.
 */
class AuthorVoiceRuleTest {
    @BeforeAll
    static void prepare() {
        CueExtractorTest.prepare();
    }

    private static void assertAuthor(Claim c) {
        assertEquals(Claimant.AUTHOR_ID, c.claimant());
        assertEquals(Attribution.AUTHOR, c.attribution());
        assertNull(c.cue());
        assertNull(c.claimantMention());
    }

    @Test
    void aSourceGivingNoStatementIsAnAuthorClaimOfTypeOther() {
        for (String text : List.of("The Interior Ministry did not comment on the report.",
                "It gave no figures for the flooded farms.",
                "The claim could not be independently verified.",
                "The Daily Courier has made no comment on the dispute.",
                "Jane Roe declined to say how many ferries had sunk.",
                "She declined to answer questions.")) {
            Claim c = only(text);
            assertAuthor(c);
            assertEquals(ClaimType.OTHER, c.type(), text);
            assertEquals(text.substring(0, text.length() - 1), c.text(), "the whole sentence but its period");
        }
    }

    @Test
    void aDatedOrCountedFactIsAnAuthorClaimWithTheLexiconsTypeAndQuantities() {
        Claim c = only("Floodwater destroyed 40 houses in Eastport on 3 May.");
        assertAuthor(c);
        assertEquals("Floodwater destroyed 40 houses in Eastport on 3 May", c.text());
        assertEquals(1, c.quantities().size(), () -> "40 houses (the date is no quantity): " + c.quantities());
        assertEquals(40.0, c.quantities().get(0).value());
        // A month name is a date too; "May" only capitalised, so the modal "may" never counts.
        assertAuthor(only("The coastal road to Eastport was closed in March after the storm."));
        assertAuthor(only("Ferry tickets to Eastport sold out on Tuesday."));
    }

    @Test
    void smallNumbersInWordsAreFiguresButSpansOfTimeAreNot() {
        assertAuthor(only("The Interior Ministry has opened two shelters in Eastport."));
        assertTrue(extract("Two weeks after the storm, the coastal road is a river of mud.").isEmpty());
    }

    @Test
    void aFirstClauseBeforeASourcesClauseIsTheAuthors() {
        // Two verbs, two claims (H6): the author's clause before ", but" / ", and", the source's after it.
        List<Claim> claims = extract("The Interior Ministry did not comment on the report, but on Monday Jane Roe"
                + " said the dam had held.");
        assertEquals(2, claims.size(), () -> "claims: " + claims);
        assertAuthor(claims.get(0));
        assertEquals("The Interior Ministry did not comment on the report", claims.get(0).text());
        assertEquals(ClaimType.OTHER, claims.get(0).type());
        assertEquals("jane-roe", claims.get(1).claimant());
        List<Claim> fact = extract("The storm hit Eastport on 3 May, and the Daily Courier says 40 houses were lost.");
        assertEquals("The storm hit Eastport on 3 May", fact.get(0).text());
        assertAuthor(fact.get(0));
        // A clause of evaluation before the source's is no claim of the author's.
        assertEquals(1, extract("The storm was a disaster, and the Daily Courier says 40 houses were lost.").size());
    }

    @Test
    void spanRulesApply() {
        // A leading connective and the dash of a list item are no part of the content (guideline 7).
        assertEquals("the storm destroyed 40 houses in March", only("However, the storm destroyed 40 houses in March.")
                .text());
        assertEquals("Northland holds about 900 hectares of the delta", only("- Northland holds about 900 hectares of"
                + " the delta.").text());
    }

    @Test
    void hedgesForecastsFramingAndNoticesAreNotClaims() {
        for (String text : List.of(
                "The flood could reach Eastport by 3 May.", // a modal: a forecast or a hedge
                "We will update this page at 18:00.", // the outlet speaking of itself (H48)
                "This comes after the storm of 2 May.", // relates words or events to an occasion (H14)
                "The comments were in response to the storm of 2 May.",
                "The flood appears to have peaked on 3 May.", // evaluation
                "Sources: Daily Courier; bulletins of 2 May.", // a label, not a statement
                "The Daily Courier | 3 May 2025 | Edited for length.", // a line of fields
                "How many houses were lost in May?", // a question
                "Floodwater destroyed houses in Eastport overnight.")) { // no figure or date: not checkable enough
            assertTrue(extract(text).isEmpty(), text);
        }
    }

    @Test
    void headlinesAndQuotationsAreLeftToTheAttributionRules() {
        assertTrue(extract("Floodwater destroys 40 houses in Eastport").isEmpty(), "a headline");
        Claim quoted = only("\"We lost 40 houses on 3 May,\" Jane Roe said.");
        assertEquals("jane-roe", quoted.claimant());
    }

    @Test
    void aSentenceWithACueClaimHasNoAuthorClaim() {
        Claim c = only("The Interior Ministry said 40 houses were lost on 3 May.");
        assertEquals("northland-interior-ministry", c.claimant());
    }

    @Test
    void aFactBetweenTwoClaimsOfOneSourceContinuesItsStretch() {
        // Guideline 2: an uncued sentence between two claims of one source is that source's, implicit.
        List<Claim> claims = extract("Jane Roe said the dam had held. The water fell by 2 metres on Monday."
                + " Roe said the road would reopen.");
        assertEquals(3, claims.size(), () -> "claims: " + claims);
        Claim middle = claims.get(1);
        assertEquals("The water fell by 2 metres on Monday", middle.text());
        assertEquals("jane-roe", middle.claimant());
        assertEquals(Attribution.IMPLICIT, middle.attribution());
        assertNull(middle.cue());
        // After one source and before nothing, the same fact is the author's.
        assertAuthor(extract("Jane Roe said the dam had held. The water fell by 2 metres on Monday.").get(1));
    }

    @Test
    void aPlainSentenceAfterAReportInItsParagraphIsTheReportsDetail() {
        // Guideline 2: operational detail after "according to X" continues X's report (implicit), figure or not.
        List<Claim> claims = extract("A fire broke out at the depot, according to the Interior Ministry."
                + " Nobody was injured.");
        assertEquals(2, claims.size(), () -> "claims: " + claims);
        assertEquals("Nobody was injured", claims.get(1).text());
        assertEquals("northland-interior-ministry", claims.get(1).claimant());
        assertEquals(Attribution.IMPLICIT, claims.get(1).attribution());
        // After "said", or in the next paragraph, the sentence is judged on its own: no figure, no claim.
        assertEquals(1, extract("Jane Roe said a fire broke out at the depot. Nobody was injured.").size());
        assertEquals(1, extract("A fire broke out at the depot, according to the Interior Ministry.\n\nNobody was"
                + " injured.").size());
    }
}
