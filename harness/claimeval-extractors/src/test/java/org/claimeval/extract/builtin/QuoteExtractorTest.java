package org.claimeval.extract.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimeval.spi.ExtractionContext;
import org.claimeval.model.Attribution;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;
import org.claimeval.model.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {
    static final QuoteExtractor QUOTE = new QuoteExtractor();

    @BeforeAll
    static void prepare() {
        QUOTE.prepare(ExtractionContext.of(CueExtractorTest.REGISTRY));
    }

    static List<Claim> extract(String text) {
        return QUOTE.extract(new Document("q", text));
    }

    @Test
    void theOutletToldIsTheChannel() {
        List<Claim> claims = extract("\"The harbour is open,\" Roe told the Daily Courier.");
        assertEquals("jane-roe", claims.get(0).claimant());
        assertEquals(List.of("daily-courier"), claims.get(0).via());
    }

    @Test
    void multiSentenceQuotationIsOneClaim() {
        List<Claim> claims = extract("Roe said: \"The harbour is open. Ships can dock again.\"");
        assertEquals(1, claims.size());
        assertEquals("The harbour is open. Ships can dock again", claims.get(0).text());
        assertEquals("jane-roe", claims.get(0).claimant());
        assertEquals(QuoteKind.DIRECT, claims.get(0).quote());
        assertEquals(Attribution.EXPLICIT, claims.get(0).attribution());
    }

    @Test
    void interruptingSaidJoinsOneQuotation() {
        // One cue between the halves: one claim (guideline rule 5), its span running across the cue.
        List<Claim> claims = extract("\"The talks failed,\" Roe said, \"and nobody knows why.\"");
        assertEquals(1, claims.size());
        assertEquals("The talks failed,\" Roe said, \"and nobody knows why", claims.get(0).text());
    }

    @Test
    void secondCueMakesSecondClaim() {
        List<Claim> claims = extract("\"The talks failed,\" Roe said, adding, \"We expected more from them.\"");
        assertEquals(2, claims.size());
        assertEquals("adding", claims.get(1).cue().text());
        assertEquals("jane-roe", claims.get(1).claimant());
    }

    @Test
    void scareQuotesAndApostrophesAreNotQuotations() {
        assertTrue(extract("Roe called the plan a \"dead end\" and the country's leaders didn't reply.").isEmpty());
    }

    @Test
    void woveInQuotationIsPartialSoNotReported() {
        assertTrue(extract("Roe said that the plan was \"a road to nowhere at best\" in her view.").isEmpty());
    }

    @Test
    void singleCurlyMarks() {
        List<Claim> claims = extract("Roe wrote: ‘Our team will not give up.’");
        assertEquals(List.of("Our team will not give up"), claims.stream().map(Claim::text).toList());
    }

    @Test
    void appealsAndQuestionsAreNotClaimsButSpendTheirCue() {
        // Guideline 4: a directive or a question asserts nothing. The cue "said" is spent on the quotation,
        // so the cue extractor makes no claim of its own out of it either.
        assertTrue(extract("\"We call on both sides to return to the table,\" Roe said.").isEmpty());
        assertTrue(extract("Roe said: \"Who will pay for the new bridge?\"").isEmpty());
        assertTrue(CueExtractorTest.extract("\"Let us rebuild the harbour together,\" Roe said.").isEmpty());
        // An assertion that merely mentions an appeal is still a claim.
        assertEquals(1, extract("\"The council called on residents to stay indoors,\" Roe said.").size());
    }

    @Test
    void linesWithoutQuotationMarksAreSkippedAndLaterLinesStillFound() {
        // Three lines; only the third holds a quotation. Hand-read: one claim, Roe's.
        List<Claim> claims = extract("Harbour reopens\nThe port was closed for a week.\r\n"
                + "Roe said: \"The harbour is open again.\"");
        assertEquals(List.of("The harbour is open again"), claims.stream().map(Claim::text).toList());
        assertEquals("jane-roe", claims.get(0).claimant());
    }
}
