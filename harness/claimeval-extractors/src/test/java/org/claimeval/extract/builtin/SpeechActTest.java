package org.claimeval.extract.builtin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An obligation in a content's first clause makes it a directive, in any case and next to any char. */
class SpeechActTest {
    private static boolean directive(String content) {
        return SpeechAct.isDirective(content, new TextRange(0, content.length()));
    }

    @Test
    void anObligationInTheFirstClauseInAnyCase() {
        assertTrue(directive("residents must leave the town"));
        assertTrue(directive("Residents MUST leave the town"));
        assertTrue(directive("everyone Should stay indoors"));
        assertTrue(directive("the army ought to withdraw"));
        assertTrue(directive("we shouldn't wait"));
        assertTrue(directive("the café owners must close")); // a char outside ASCII before the modal
    }

    @Test
    void noObligationOrOneThatConcludesOrComesLater() {
        assertFalse(directive("the pumps must have failed overnight"));
        assertFalse(directive("the mustard crop failed"));
        assertFalse(directive("the bridge held, and residents must leave")); // after the first clause
        assertFalse(directive("the café reopened on Monday"));
        assertFalse(directive("mustering troops crossed the river"));
    }
}
