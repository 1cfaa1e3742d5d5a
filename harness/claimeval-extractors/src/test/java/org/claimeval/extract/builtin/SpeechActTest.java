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
        assertTrue(directive("residents  must leave the town")); // after two spaces
        assertTrue(directive("Must everyone leave the town")); // opening the clause
        assertFalse(directive("residents-must leave the town")); // no space before it
    }

    @Test
    void noObligationOrOneThatConcludesOrComesLater() {
        assertFalse(directive("the pumps must have failed overnight"));
        assertFalse(directive("the mustard crop failed"));
        assertFalse(directive("the bridge held, and residents must leave")); // after the first clause
        assertFalse(directive("the café reopened on Monday"));
        assertFalse(directive("mustering troops crossed the river"));
    }

    /**
     * The pre-test passes over chars outside ASCII, which is exact only if none of them lower-cases to a char of a
     * modal ("must", "should", "ought to", "mustn't", "shouldn't", "have") or to a space.
     */
    @Test
    void noCharOutsideAsciiLowerCasesToACharOfAModal() {
        String modalChars = "mustholdgnave' ";
        for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
            String lower = Character.toString(cp).toLowerCase(java.util.Locale.ROOT);
            for (int k = 0; k < lower.length(); k++) {
                assertTrue(modalChars.indexOf(lower.charAt(k)) < 0, "U+" + Integer.toHexString(cp));
            }
        }
    }

    @Test
    void directiveOpenersInAnyCaseAndNotElsewhere() {
        assertTrue(directive("Please stay indoors"));
        assertTrue(directive("LET US rebuild"));
        assertTrue(directive("We call on everyone to leave"));
        assertFalse(directive("Pleased residents returned")); // "please" needs a space after it
        assertFalse(directive("Weapons were delivered")); // "we" opens no opener here
        assertTrue(directive("Ask me in a month")); // an imperative opening, told by the tagger
        assertFalse(directive("ask me in a month")); // an imperative is capitalised
    }

    /** The words whose tagging {@code imperative} skips: the tagger reads none as a verb before any object. */
    @Test
    void theTaggerReadsNoWordItSkipsAsAnImperativeVerb() {
        java.util.List<String> objects = java.util.List.of("me", "us", "them", "him", "her", "it", "our", "your",
                "the", "this", "that", "all", "everyone", "nobody");
        java.util.List<String> read = new java.util.ArrayList<>();
        for (String word : SpeechAct.NEVER_IMPERATIVE) {
            for (String object : objects) {
                if (SpeechAct.taggedImperative(word, object)) {
                    read.add(word + " " + object);
                }
            }
        }
        assertTrue(read.isEmpty(), "read as imperatives: " + read);
        assertTrue(SpeechAct.taggedImperative("Ask", "me")); // the test can fail: a verb is read as one
    }
}
