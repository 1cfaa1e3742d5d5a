package org.claimeval.extract.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationFinderTest {

    private static List<String> quoted(String text) {
        return QuotationFinder.find(text, new TextRange(0, text.length())).stream()
                .map(q -> text.substring(q.open() + 1, q.close())).toList();
    }

    @Test
    void straightAndCurlyDoubleMarks() {
        assertEquals(List.of("We are ready.", "It is over."),
                quoted("\"We are ready.\" Then “It is over.”"));
    }

    @Test
    void singleMarksButNotApostrophes() {
        // The apostrophes of "country's" and "don't" sit between letters: only the quotation is found.
        assertEquals(List.of("We don't retreat"),
                quoted("The country's leader said ‘We don't retreat’ yesterday."));
        assertEquals(List.of(), quoted("The allies' plan and the ministers' talks went on."));
    }

    @Test
    void nestedSingleQuoteBelongsToTheOuterQuotation() {
        assertEquals(List.of("They called it 'a trap' again"),
                quoted("He said \"They called it 'a trap' again\" on Monday."));
    }

    @Test
    void wordsCountsScareQuotes() {
        String text = "He called it a \"peace trap\" today.";
        Quotation q = QuotationFinder.find(text, new TextRange(0, text.length())).get(0);
        assertEquals(2, QuotationFinder.wordsUpTo(text, q, 10));
    }

    @Test
    void wordsAreCountedOnlyPastTheLimit() {
        // Quoted: "one two-three four's five" is four words (a hyphen and an apostrophe stay inside a word).
        String text = "He said \"one two-three four's five\" today.";
        Quotation q = QuotationFinder.find(text, new TextRange(0, text.length())).get(0);
        assertEquals(4, QuotationFinder.wordsUpTo(text, q, 4)); // at the limit: the count itself
        assertEquals(4, QuotationFinder.wordsUpTo(text, q, 100));
        assertEquals(3, QuotationFinder.wordsUpTo(text, q, 2)); // past it: limit + 1, so "> 2" holds as it does for 4
    }

    @Test
    void nextMarkPassesOverApostrophesInsideWords() {
        // Hand-indexed: the apostrophes of "country's" (11) and "don't" (25) are skipped; the opening mark is at 35.
        String text = "The country's leaders don't agree: “We will wait.”";
        assertEquals(35, QuotationFinder.nextMark(text, 0));
        assertEquals(-1, QuotationFinder.nextMark("Roe's plan isn't new.", 0));
    }
}
