package org.claimeval.extract.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A word of a text is found as the map would find it lower-cased, each caller keeping its own lower-casing. */
class LowerCaseLookupTest {
    private static final Map<String, Integer> WORDS = Map.of("said", 1, "told", 2, "café", 3);

    @Test
    void findsAsciiWordsInAnyCaseAndNothingElse() {
        LowerCaseLookup<Integer> lookup = new LowerCaseLookup<>(WORDS, LowerCaseLookup.ROOT);
        String text = "He SAID, she Told them: nothing.";
        assertEquals(1, lookup.get(text, 3, 7)); // "SAID"
        assertEquals(2, lookup.get(text, 13, 17)); // "Told"
        assertNull(lookup.get(text, 0, 2)); // "He"
        assertNull(lookup.get(text, 3, 6)); // "SAI": a prefix of a key is not the key
        assertNull(lookup.get(text, 24, 31)); // "nothing"
    }

    @Test
    void wordsOutsideAsciiAreLowerCasedByTheCallersRule() {
        String cafe = "CAFÉ";
        assertEquals(3, new LowerCaseLookup<>(WORDS, LowerCaseLookup.ROOT).get(cafe, 0, 4));
        // Dotted capital I: Character.toLowerCase gives "i", String.toLowerCase(Locale.ROOT) gives "i" + U+0307.
        String dotted = "SA\u0130D";
        LowerCaseLookup.Lowering eachChar = (text, start, end) -> {
            StringBuilder b = new StringBuilder();
            for (int i = start; i < end; i++) {
                b.append(Character.toLowerCase(text.charAt(i)));
            }
            return b.toString();
        };
        assertEquals(1, new LowerCaseLookup<>(WORDS, eachChar).get(dotted, 0, 4));
        assertNull(new LowerCaseLookup<>(WORDS, LowerCaseLookup.ROOT).get(dotted, 0, 4));
    }
}
