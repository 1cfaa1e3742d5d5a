package org.claimeval.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenViewTest {
    // "Kyiv, 61,000 men." -> tokens Kyiv [0,4), 61 [6,8), 000 [9,12), men [13,16)
    private final TokenView view = TokenView.of("Kyiv, 61,000 men.");

    @Test
    void tokensAreRunsOfLettersAndDigits() {
        assertEquals(4, view.tokenCount());
        assertEquals(17, view.length());
    }

    @Test
    void edgePunctuationAndSpaceDoNotChangeTheRange() {
        // [0,4) "Kyiv" and [0,6) "Kyiv, " touch the same single token 0
        assertEquals(new TokenRange(0, 1), view.range(0, 4));
        assertEquals(new TokenRange(0, 1), view.range(0, 6));
        // [13,17) "men." touches only token 3
        assertEquals(new TokenRange(3, 4), view.range(13, 17));
    }

    @Test
    void aSpanCuttingAWordTouchesThatWord() {
        // [2,7) "iv, 6" touches Kyiv (0) and 61 (1)
        assertEquals(new TokenRange(0, 2), view.range(2, 7));
    }

    @Test
    void punctuationOnlyAndEmptySpansTouchNothing() {
        assertTrue(view.range(4, 6).isEmpty()); // ", "
        assertTrue(view.range(3, 3).isEmpty());
        assertTrue(view.range(16, 17).isEmpty()); // "."
    }

    @Test
    void astralCharactersCountAsOneCodePoint() {
        // "😀 ab" : 😀 is code point 0 (two UTF-16 chars), space 1, "ab" [2,4)
        TokenView emoji = TokenView.of("😀 ab");
        assertEquals(4, emoji.length());
        assertEquals(1, emoji.tokenCount());
        assertEquals(new TokenRange(0, 1), emoji.range(2, 4));
    }

    @Test
    void iouOfContiguousRanges() {
        // [0,4) and [2,6): intersection 2 tokens, union 6 -> 1/3
        assertEquals(1.0 / 3, new TokenRange(0, 4).iou(new TokenRange(2, 6)));
        assertEquals(0.0, new TokenRange(0, 2).iou(new TokenRange(2, 4)));
        assertEquals(0.0, TokenRange.NONE.iou(TokenRange.NONE));
    }
}
