package org.claimeval.extract.builtin;

import java.util.List;
import java.util.Locale;

/**
 * A word of a text, {@code text[start, end)}, compared with lower-case words as its
 * {@code String.toLowerCase(Locale.ROOT)} would be, without building that string. A word of ASCII chars is
 * lower-cased char by char in place, which is exactly what the string's lower-casing does to ASCII; a word with
 * any other char is lower-cased as a string (rare), since that can change its length ('İ' becomes "i" + U+0307)
 * or turn a char into ASCII (the Kelvin sign becomes 'k').
 */
record TextWord(String text, int start, int end) {

    /** The letters ending just before index {@code i}, spaces before {@code i} skipped; empty when there are none. */
    static TextWord before(String text, int i) {
        int e = i;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return new TextWord(text, s, e);
    }

    /**
     * The word after spaces from {@code i} (letters, and hyphens inside), or null at punctuation, at {@code end}
     * or when the word is glued to {@code i} ("2nd").
     */
    static TextWord after(String text, int i, int end) {
        int s = i;
        while (s < end && text.charAt(s) == ' ') {
            s++;
        }
        if (s == i && s < end && Character.isLetter(text.charAt(s))) {
            return null;
        }
        int e = s;
        while (e < end && (Character.isLetter(text.charAt(e)) || (e > s && text.charAt(e) == '-'))) {
            e++;
        }
        return e > s ? new TextWord(text, s, e) : null;
    }

    int length() {
        return end - start;
    }

    /** Whether the word lower-cased is {@code word} (lower-case ASCII). */
    boolean is(String word) {
        if (!isAscii()) {
            return lower().equals(word);
        }
        if (length() != word.length()) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (lowerAscii(text.charAt(i)) != word.charAt(i - start)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word lower-cased ends with {@code suffix} (lower-case ASCII). */
    boolean endsWith(String suffix) {
        if (!isAscii()) {
            return lower().endsWith(suffix);
        }
        int from = end - suffix.length();
        if (from < start) {
            return false;
        }
        for (int i = from; i < end; i++) {
            if (lowerAscii(text.charAt(i)) != suffix.charAt(i - from)) {
                return false;
            }
        }
        return true;
    }

    /** The value of the word lower-cased in {@code words} (lower-casing as {@link LowerCaseLookup#ROOT}), or null. */
    <V> V valueIn(LowerCaseLookup<V> words) {
        return words.get(text, start, end);
    }

    /**
     * The word as a unit has always been cut from the text: the last {@code lower().length()} chars up to its end.
     * That is the word itself unless lower-casing lengthens it ('İ'); then the cut starts a char early, kept so the
     * units stay as they were.
     */
    TextWord asWritten() {
        return isAscii() ? this : new TextWord(text, end - lower().length(), end);
    }

    /** The words joined by single spaces: the text itself from the first to the last when they stand so in it. */
    static String joined(String text, List<TextWord> words) {
        if (words.isEmpty()) {
            return "";
        }
        boolean asInText = true;
        for (int k = 1; k < words.size() && asInText; k++) {
            int gap = words.get(k - 1).end();
            asInText = words.get(k).start() == gap + 1 && text.charAt(gap) == ' ';
        }
        if (asInText) {
            return text.substring(words.get(0).start(), words.get(words.size() - 1).end());
        }
        StringBuilder joined = new StringBuilder();
        for (TextWord w : words) {
            joined.append(joined.isEmpty() ? "" : " ").append(text, w.start(), w.end());
        }
        return joined.toString();
    }

    private String lower() {
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private boolean isAscii() {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
