package org.claimeval.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimeval.model.Document;
import org.junit.jupiter.api.Test;

class AlignerTest {
    // Two emoji (astral plane: two UTF-16 chars, one code point each) precede everything we look for.
    private static final String TEXT = "\uD83D\uDE00\uD83D\uDE00 Kyiv said the\n  bridge was destroyed. Moscow denied it.";
    private final Document doc = new Document("d", TEXT);
    private final Aligner aligner = new Aligner(doc);

    @Test
    void exactMatchGivesCodePointOffsetsAfterEmoji() {
        Aligner.Alignment a = aligner.align("Moscow denied it.").orElseThrow();
        // Code points: 2 emoji + " " = 3, "Kyiv said the" = 13 -> 16, "\n  " = 3 -> 19,
        // "bridge was destroyed." = 21 -> 40, " " -> 41: "Moscow" starts at 41; the claim is 17 long -> 58.
        assertEquals(41, a.start());
        assertEquals(58, a.end());
        assertEquals(AlignmentMethod.EXACT, a.method());
        assertEquals("Moscow denied it.", doc.slice(a.start(), a.end()));
    }

    @Test
    void whitespaceNormalisedMatchSpansTheOriginalLineBreak() {
        Aligner.Alignment a = aligner.align("said the bridge  was destroyed.").orElseThrow();
        // "said" starts after 2 emoji, a space and "Kyiv " = 3 + 5 = 8; ends at 40 as counted above.
        assertEquals(AlignmentMethod.WHITESPACE, a.method());
        assertEquals(8, a.start());
        assertEquals(40, a.end());
        assertEquals("said the\n  bridge was destroyed.", doc.slice(a.start(), a.end()));
    }

    @Test
    void tokenOverlapFindsAParaphraseAndTrimsForeignEdgeWords() {
        // Asked: the, bridge, was, totally, destroyed (5 tokens). Document tokens: kyiv said the bridge was
        // destroyed moscow denied it. 5-token windows share 3, 4, 4, 3, 2 tokens; the first with 4 is
        // "said the bridge was destroyed"; "said" is not asked for and is trimmed. Overlap 4/5 = 0.8.
        Aligner.Alignment a = aligner.align("the Bridge was totally destroyed").orElseThrow();
        assertEquals(AlignmentMethod.TOKEN_OVERLAP, a.method());
        assertEquals("the\n  bridge was destroyed", doc.slice(a.start(), a.end()));
        assertEquals(0.8, a.overlap(), 1e-12);
    }

    @Test
    void nothingCloseEnoughGivesNoAlignment() {
        assertTrue(aligner.align("completely unrelated words here").isEmpty());
        assertTrue(aligner.align("   ").isEmpty());
    }

    @Test
    void textOfOnlyNoBreakSpacesFindsNothing() {
        // Found by PredictionsFuzzTest: String.isBlank() does not count U+00A0, the whitespace folding does, and
        // the folded text was empty.
        assertTrue(aligner.align("\u00A0\u00A0").isEmpty());
    }
}
