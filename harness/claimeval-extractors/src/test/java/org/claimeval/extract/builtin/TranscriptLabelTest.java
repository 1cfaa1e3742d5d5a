package org.claimeval.extract.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A transcript's speaker label, found whatever its first two code points are: the pre-test before the pattern
 * passes every paragraph whose label could have two capitals.
 */
class TranscriptLabelTest {
    private static boolean labelled(String paragraph) {
        return TranscriptTurnRule.opensWithLabel(paragraph, new TextRange(0, paragraph.length()));
    }

    @Test
    void labelsOfTwoCapitalsAtLeastWhateverTheirSecondChar() {
        assertEquals(true, labelled("PAVEL KORIN, former major: We held the bridge."));
        assertEquals(true, labelled("O'NEILL: The pumps failed at dawn.")); // an apostrophe second
        assertEquals(true, labelled("A. KOVAL (translated): The shelling stopped.")); // a full stop second
        assertEquals(true, labelled("A KOVAL: The shelling stopped.")); // a space second
        assertEquals(true, labelled("ÉLODIE MARCHAND: Nothing reached the port.")); // capitals outside ASCII
        assertEquals(true, labelled("\uD835\uDC00\uD835\uDC01: The bridge held.")); // capitals outside the BMP
    }

    @Test
    void noLabelWithOneCapitalOrNone() {
        assertEquals(false, labelled("The army said: the bridge held."));
        assertEquals(false, labelled("A: the bridge held.")); // one capital
        assertEquals(false, labelled("Mr KOVAL: the bridge held.")); // the name ends after "M"
        assertEquals(false, labelled("éLODIE: the bridge held."));
        assertEquals(false, labelled("K"));
    }
}
