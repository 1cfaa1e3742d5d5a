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

    @Test
    void aWordIsFoundWhateverItsInitialAndLengthTestSays() {
        // "İN" (2 chars) lower-cases to "i" + U+0307 + "n" (3 chars): a key holding U+0307 turns the length test off.
        Map<String, Integer> dotted = Map.of("i\u0307n", 1, "on", 2);
        LowerCaseLookup<Integer> lookup = new LowerCaseLookup<>(dotted, LowerCaseLookup.ROOT);
        assertEquals(1, lookup.get("\u0130N", 0, 2));
        assertEquals(2, lookup.get("ON", 0, 2));
        // A Kelvin sign lower-cases to 'k', one char for one: "\u212Aey" is "key" by its initial's own rule.
        LowerCaseLookup<Integer> keys = new LowerCaseLookup<>(Map.of("key", 3), LowerCaseLookup.ROOT);
        assertEquals(3, keys.get("\u212Aey", 0, 3));
        assertEquals(3, keys.get("KEY", 0, 3));
        assertNull(keys.get("KEYS", 0, 4)); // no key of four letters starts with k
        assertNull(keys.get("toy", 0, 3));
    }

    @Test
    void findsWhatTheMapFindsForTheLowerCasedWord() {
        // Many keys (so the hash filter and the slots are exercised) against words in mixed case, near misses and
        // words outside ASCII: every answer is the map's own for the word lower-cased with Locale.ROOT.
        Map<String, Integer> map = new java.util.HashMap<>();
        String[] stems = {"said", "told", "hold", "will", "in", "order", "key", "caf\u00e9", "stra\u00dfe", "i\u0307n"};
        for (int n = 0; n < 300; n++) {
            for (String stem : stems) {
                map.put(stem + (n == 0 ? "" : Integer.toString(n, 36)), n);
            }
        }
        LowerCaseLookup<Integer> lookup = new LowerCaseLookup<>(map, LowerCaseLookup.ROOT);
        String[] words = {"SAID", "Said", "sai", "saidz", "HOLD1", "hold2s", "\u0130N", "\u0130n7", "IN", "iN9",
                "\u212Aey", "KEY5", "CAF\u00c9", "Caf\u00e9a", "STRASSE", "stra\u017fe", "\u201csaid\u201d",
                "Order", "orders", "WILLz", "x", ""};
        for (String w : words) {
            assertEquals(map.get(w.toLowerCase(java.util.Locale.ROOT)), lookup.get(w, 0, w.length()), w);
            String inText = "\u201c " + w + " \u201d";
            assertEquals(map.get(w.toLowerCase(java.util.Locale.ROOT)), lookup.get(inText, 2, 2 + w.length()), w);
        }
        for (String key : map.keySet()) { // every key is found, as written and with its ASCII letters capital
            assertEquals(map.get(key), lookup.get(key, 0, key.length()), key);
            String capitals = key.chars().map(c -> c >= 'a' && c <= 'z' ? c - 32 : c)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            assertEquals(map.get(key), lookup.get(capitals, 0, capitals.length()), capitals);
        }
    }
}
