package org.claimeval.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.claimeval.model.Document;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void nonBlankLinesAreParagraphsAndOwnTheBlankLinesAfterThem() {
        // "Title\n" = 0..5 (newline at 5), "\n" at 6, "First para." at 7..17 (newline 18),
        // "   " at 19..21 (newline 22), "Second para." from 23.
        Paragraphs p = Paragraphs.of(new Document("d", "Title\n\nFirst para.\n   \nSecond para."));
        assertEquals(3, p.size());
        assertEquals(0, p.indexOf(0));
        assertEquals(0, p.indexOf(6));
        assertEquals(1, p.indexOf(7));
        assertEquals(1, p.indexOf(20));
        assertEquals(2, p.indexOf(23));
        assertEquals(2, p.indexOf(34));
    }

    @Test
    void offsetsAreCodePoints() {
        // The emoji is one code point (two chars): "😀a\n" = code points 0, 1, 2; "b" is code point 3.
        Paragraphs p = Paragraphs.of(new Document("d", "😀a\nb"));
        assertEquals(2, p.size());
        assertEquals(0, p.indexOf(2));
        assertEquals(1, p.indexOf(3));
    }

    @Test
    void leadingBlankLinesBelongToTheFirstParagraphAndAnEmptyTextIsOneUnit() {
        Paragraphs p = Paragraphs.of(new Document("d", "\n\nText"));
        assertEquals(1, p.size());
        assertEquals(0, p.indexOf(0));
        assertEquals(1, Paragraphs.of(new Document("e", "")).size());
    }
}
