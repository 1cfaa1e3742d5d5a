package org.claimeval.model;

import java.util.Objects;

/**
 * A source text. Offsets everywhere in claimeval are code points; Java strings index UTF-16 chars. This
 * class is the one place that converts between the two, so an emoji before a claim cannot shift it.
 */
public final class Document {
    private final String id;
    private final String text;
    /** charIndex[cp] = UTF-16 index of code point cp (length + 1 entries); null when the text has no surrogates. */
    private final int[] charIndex;
    private final int codePointLength;

    public Document(String id, String text) {
        this.id = Objects.requireNonNull(id, "id");
        this.text = Objects.requireNonNull(text, "text");
        this.codePointLength = text.codePointCount(0, text.length());
        if (codePointLength == text.length()) {
            this.charIndex = null;
        } else {
            int[] index = new int[codePointLength + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                index[cp++] = i;
            }
            index[codePointLength] = text.length();
            this.charIndex = index;
        }
    }

    public String id() {
        return id;
    }

    public String text() {
        return text;
    }

    /** Length in code points. */
    public int length() {
        return codePointLength;
    }

    /** UTF-16 index of a code-point offset (0..length inclusive). */
    public int toCharIndex(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > codePointLength) {
            throw new IndexOutOfBoundsException("code point offset " + codePointOffset + " outside 0.." + codePointLength);
        }
        return charIndex == null ? codePointOffset : charIndex[codePointOffset];
    }

    /** Code-point offset of a UTF-16 index (0..text.length() inclusive). */
    public int toCodePointOffset(int charIdx) {
        if (charIdx < 0 || charIdx > text.length()) {
            throw new IndexOutOfBoundsException("char index " + charIdx + " outside 0.." + text.length());
        }
        if (charIndex == null) {
            return charIdx;
        }
        int found = java.util.Arrays.binarySearch(charIndex, charIdx);
        // An index inside a surrogate pair belongs to the code point that pair encodes.
        return found >= 0 ? found : -found - 2;
    }

    /** The text between two code-point offsets, end-exclusive. */
    public String slice(int start, int end) {
        if (start > end) {
            throw new IndexOutOfBoundsException("start " + start + " after end " + end);
        }
        return text.substring(toCharIndex(start), toCharIndex(end));
    }

    /** A span between two code-point offsets, carrying the text found there. */
    public Span span(int start, int end) {
        return new Span(start, end, slice(start, end));
    }

    /** A span from UTF-16 indices, as Java's string and regex APIs give them. */
    public Span spanOfChars(int charStart, int charEnd) {
        return new Span(toCodePointOffset(charStart), toCodePointOffset(charEnd), text.substring(charStart, charEnd));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Document d && d.id.equals(id) && d.text.equals(text);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return "Document[" + id + ", " + codePointLength + " code points]";
    }
}
