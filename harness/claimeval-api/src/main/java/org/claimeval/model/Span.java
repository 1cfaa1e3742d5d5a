package org.claimeval.model;

import java.util.Objects;

/**
 * A stretch of a document: code-point offsets {@code [start, end)} into the UTF-8-decoded text, and the text
 * found there. Files and reports speak code points; {@link Document} converts to Java's UTF-16 indices.
 */
public record Span(int start, int end, String text) {
    public Span {
        Objects.requireNonNull(text, "text");
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }
}
