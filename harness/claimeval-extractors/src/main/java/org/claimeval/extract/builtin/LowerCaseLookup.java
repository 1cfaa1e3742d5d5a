package org.claimeval.extract.builtin;

import java.util.Locale;
import java.util.Map;

/**
 * A map from lower-case words, asked with a word of a text ({@code text[start, end)}) in any case, without
 * building a string for it: the lexicons look up every word of every sentence, and almost none is a key. A word
 * of ASCII letters is lower-cased and hashed while it is read; any other word is lower-cased by the caller's own
 * {@link Lowering} and looked up in the map, so each caller keeps exactly the lower-casing it always had (they
 * differ only outside ASCII: {@code String.toLowerCase} turns 'İ' into two chars, {@code Character.toLowerCase}
 * into one).
 *
 * @param <V> the values
 */
final class LowerCaseLookup<V> {
    /** How a word with a character outside ASCII is lower-cased. */
    @FunctionalInterface
    interface Lowering {
        String lower(String text, int start, int end);
    }

    /** {@code String.toLowerCase(Locale.ROOT)} of the word. */
    static final Lowering ROOT = (text, start, end) -> text.substring(start, end).toLowerCase(Locale.ROOT);

    private final Map<String, V> map;
    private final Lowering lowering;
    /** Open addressing over the ASCII keys by their {@link String#hashCode}, spread; a power of two long. */
    private final String[] keys;
    private final int[] hashes;
    private final Object[] values;
    /**
     * Bit {@code n} of {@code lengthsByInitial[c - 'a']} is set when a key starts with {@code c} and has {@code n}
     * chars: a word that starts with an ASCII letter and fails this test is no key, and most words fail it, so
     * they are never hashed. Exact because lower-casing keeps an ASCII initial and changes a word's length only
     * by turning 'İ' into "i" + U+0307, which no key holds (else the test is off: {@code lengthsByInitial} null).
     */
    private final int[] lengthsByInitial;
    private static final int MAX_FILTERED_LENGTH = 31;
    /**
     * One bit per {@link #filterBit} of an ASCII key's hash, about eight bits per key: a word whose bit is clear
     * is no key (its hash is no key's hash). Most words are no key, and this small array stays in the cache where
     * the slot arrays, read at random, would not.
     */
    private final long[] hashFilter;
    private final int filterShift;

    LowerCaseLookup(Map<String, V> map, Lowering lowering) {
        this.map = map;
        this.lowering = lowering;
        int size = Integer.highestOneBit(Math.max(4, map.size() * 3)) << 1;
        int filterBits = Math.max(64, Integer.highestOneBit(Math.max(1, map.size() * 8)) << 1);
        hashFilter = new long[filterBits / 64];
        filterShift = Integer.numberOfLeadingZeros(filterBits) + 1;
        keys = new String[size];
        hashes = new int[size];
        values = new Object[size];
        for (Map.Entry<String, V> e : map.entrySet()) {
            if (isAscii(e.getKey())) {
                int hash = spread(e.getKey().hashCode());
                int bit = filterBit(hash);
                hashFilter[bit >>> 6] |= 1L << bit;
                int slot = hash & (size - 1);
                while (keys[slot] != null) {
                    slot = (slot + 1) & (size - 1);
                }
                keys[slot] = e.getKey();
                hashes[slot] = hash;
                values[slot] = e.getValue();
            }
        }
        lengthsByInitial = lengthsByInitial(map.keySet());
    }

    /**
     * The words of several word sets, each with the bits of every set that holds it: one look-up tells all the
     * sets a word of the text is in. Lower-cased as {@link #ROOT}.
     *
     * @param setsByBit each set under its bit (a bit may name the union of several sets)
     */
    static LowerCaseLookup<Integer> wordSets(Map<Integer, java.util.Collection<String>> setsByBit) {
        Map<String, Integer> bits = new java.util.HashMap<>();
        setsByBit.forEach((bit, words) -> words.forEach(w -> bits.merge(w, bit, (a, b) -> a | b)));
        return new LowerCaseLookup<>(bits, ROOT);
    }

    private static int[] lengthsByInitial(java.util.Set<String> keys) {
        int[] lengths = new int[26];
        for (String key : keys) {
            if (key.indexOf('\u0307') >= 0) {
                return null;
            }
            char initial = key.isEmpty() ? 0 : key.charAt(0);
            if (initial >= 'a' && initial <= 'z' && key.length() <= MAX_FILTERED_LENGTH) {
                lengths[initial - 'a'] |= 1 << key.length();
            }
        }
        return lengths;
    }

    /** False when no key can be the word {@code text[start, end)} lower-cased, by its initial and length alone. */
    private boolean mayBeKey(String text, int start, int end) {
        int length = end - start;
        if (lengthsByInitial == null || length == 0 || length > MAX_FILTERED_LENGTH) {
            return true;
        }
        char initial = lower(text.charAt(start));
        return initial < 'a' || initial > 'z' || (lengthsByInitial[initial - 'a'] & (1 << length)) != 0;
    }

    /** The value of the word {@code text[start, end)} lower-cased, or null. */
    @SuppressWarnings("unchecked")
    V get(String text, int start, int end) {
        if (!mayBeKey(text, start, end)) {
            return null;
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return map.get(lowering.lower(text, start, end));
            }
            hash = 31 * hash + lower(c);
        }
        hash = spread(hash);
        int bit = filterBit(hash);
        if ((hashFilter[bit >>> 6] & (1L << bit)) == 0) {
            return null;
        }
        int mask = keys.length - 1;
        for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && sameWord(keys[slot], text, start, end)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    private static boolean sameWord(String key, String text, int start, int end) {
        if (key.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (key.charAt(i - start) != lower(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The filter's bit for a hash: its top bits after a multiplicative mix, independent of the slot's low bits. */
    private int filterBit(int hash) {
        return (hash * 0x9E3779B9) >>> filterShift;
    }

    /** The high bits folded into the low ones that pick the slot, as {@code HashMap} does. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** An ASCII char lower-cased, as both {@code String} and {@code Character} lower-case it. */
    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
