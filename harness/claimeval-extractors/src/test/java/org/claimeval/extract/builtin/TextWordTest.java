package org.claimeval.extract.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A word compared in place answers as its lower-cased string would, in and outside ASCII. */
class TextWordTest {
    private static final String[] WORDS = {"per", "PER", "Per", "pe", "perx", "cent", "\u0130n", "in", "IN", "\u212Am",
        "km", "KM", "\u017fome", "some", "SOME", "drones", "DRONED", "armour\u00e9d", "X-MADE", "x-made", "\u0130ed",
        "\u03a3\u03a3", "s", ""};
    private static final String[] LOWER_ASCII = {"per", "cent", "in", "km", "some", "ed", "s", "-made", "drones", ""};
    private static final Map<String, Integer> LIST = Map.of("in", 1, "km", 2, "some", 3, "drones", 4, "i\u0307n", 5,
            "armour\u00e9d", 6);

    @Test
    void comparesAsTheLowerCasedStringWould() {
        LowerCaseLookup<Integer> lookup = new LowerCaseLookup<>(LIST, LowerCaseLookup.ROOT);
        for (String w : WORDS) {
            String text = "\u201c " + w + " \u201d"; // curly quotes: a text stored in UTF-16
            TextWord word = new TextWord(text, 2, 2 + w.length());
            String lower = w.toLowerCase(Locale.ROOT);
            for (String target : LOWER_ASCII) {
                assertEquals(lower.equals(target), word.is(target), w + " is " + target);
                assertEquals(lower.endsWith(target), word.endsWith(target), w + " ends with " + target);
            }
            assertEquals(LIST.get(lower), word.valueIn(lookup), w + " in the list");
        }
    }

    @Test
    void theKelvinSignIsAKAndTheDottedCapitalIIsNotAnI() {
        assertEquals(true, new TextWord("\u212Am", 0, 2).is("km")); // Kelvin sign lower-cases to 'k'
        assertEquals(false, new TextWord("\u0130n", 0, 2).is("in")); // "i" + U+0307 + "n"
        assertEquals(false, new TextWord("\u017fome", 0, 4).is("some")); // long s stays itself
    }

    @Test
    void wordsBeforeAndAfterAnIndex() {
        String text = "up to  40 square-metre plots, 2nd";
        assertEquals("to", substring(TextWord.before(text, 7))); // spaces skipped
        assertEquals("", substring(TextWord.before(text, 0)));
        assertEquals("square-metre", substring(TextWord.after(text, 9, text.length())));
        assertNull(TextWord.after(text, 28, text.length())); // the comma
        assertNull(TextWord.after(text, 31, text.length())); // "nd" glued to the 2
        assertNull(TextWord.after(text, 5, 6)); // only spaces before the end
    }

    @Test
    void joinedLikeStringJoinWhetherOrNotTheWordsStandSoInTheText() {
        String text = "armoured  combat vehicles";
        TextWord armoured = new TextWord(text, 0, 8);
        TextWord combat = new TextWord(text, 10, 16);
        TextWord vehicles = new TextWord(text, 17, 25);
        assertEquals("combat vehicles", TextWord.joined(text, List.of(combat, vehicles)));
        assertEquals("armoured combat vehicles", TextWord.joined(text, List.of(armoured, combat, vehicles)));
        assertEquals("armoured vehicles", TextWord.joined(text, List.of(armoured, vehicles)));
        assertEquals("", TextWord.joined(text, List.of()));
    }

    @Test
    void aUnitWordLengthenedByLowerCasingIsCutAsBefore() {
        // "İzmir" lower-cases to six chars: the cut has always taken the six chars up to its end, the space too.
        String text = "40 \u0130zmir";
        TextWord word = TextWord.after(text, 2, text.length());
        assertEquals(" \u0130zmir", substring(word.asWritten()));
        assertEquals("\u0130zmir", substring(word));
    }

    private static String substring(TextWord w) {
        return w.text().substring(w.start(), w.end());
    }
}
