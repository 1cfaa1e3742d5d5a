package org.claimeval.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextRewriteTest {

    @Test
    void anInsertionLiesAfterASpanEndingThereAndBeforeASpanStartingThere() {
        // "ab|cd" with "XY" inserted at 2: "abXYcd". A span [0,2) "ab" keeps its end at 2; a span [2,4) "cd"
        // now starts at 2 + 2 = 4 and ends at 6.
        Rewritten r = Edit.apply("abcd", List.of(Edit.insert(2, "XY")));
        assertEquals("abXYcd", r.text());
        assertEquals(0, r.start(0));
        assertEquals(2, r.end(2));
        assertEquals(4, r.start(2));
        assertEquals(6, r.end(4));
    }

    @Test
    void aSpanEdgeInsideAReplacementMovesToTheReplacementsEdge() {
        // "one two three": "two" [4,7) becomes "2" [4,5). A span [5,13) starting inside "two" starts at 4; a span
        // [0,6) ending inside it ends at 5; "three" [8,13) moves by 1 - 3 = -2 to [6,11).
        Rewritten r = Edit.apply("one two three", List.of(new Edit(4, 7, "2")));
        assertEquals("one 2 three", r.text());
        assertEquals(4, r.start(5));
        assertEquals(5, r.end(6));
        assertEquals(6, r.start(8));
        assertEquals(11, r.end(13));
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        // The emoji is one code point and two chars: "x" at code point 1 moves to 1 + 2 ("🔴\n") = 3.
        Rewritten r = Edit.apply("\uD83D\uDD34x", List.of(Edit.insert(1, "\uD83D\uDD34\n")));
        assertEquals(3, r.start(1));
        assertEquals(4, r.end(2));
    }

    @Test
    void reorderedPiecesMapEachOffsetToItsNewPlace() {
        // "A\nB\nC\n" with the last two lines swapped: "A\nC\nB\n"; "B" [2,3) is now at [4,5), "C" [4,5) at [2,3).
        Rewritten r = new TextRewrite("A\nB\nC\n").copy(0, 2).copy(4, 6).copy(2, 4).finish();
        assertEquals("A\nC\nB\n", r.text());
        assertEquals(4, r.start(2));
        assertEquals(5, r.end(3));
        assertEquals(2, r.start(4));
        assertEquals(3, r.end(5));
    }

    @Test
    void everyCodePointIsEmittedExactlyOnce() {
        assertThrows(IllegalStateException.class, () -> new TextRewrite("abc").copy(0, 2).finish());
        assertThrows(IllegalStateException.class, () -> new TextRewrite("abc").copy(0, 2).copy(1, 3));
        assertThrows(IllegalArgumentException.class,
                () -> Edit.apply("abc", List.of(new Edit(0, 2, "x"), new Edit(1, 3, "y"))));
    }
}
