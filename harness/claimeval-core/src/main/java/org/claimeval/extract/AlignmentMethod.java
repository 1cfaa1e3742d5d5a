package org.claimeval.extract;

import org.claimeval.model.JsonEnum;

/** How a predicted claim got its offsets; reports count claims by method. */
public enum AlignmentMethod implements JsonEnum {
    /** The prediction gave {@code start} and {@code end}. */
    OFFSETS("offsets"),
    /** Its {@code text} occurs verbatim in the document (the first occurrence is taken). */
    EXACT("exact"),
    /** Its {@code text} occurs once runs of whitespace are collapsed on both sides. */
    WHITESPACE("whitespace"),
    /** The document window sharing the most word tokens with its {@code text}. */
    TOKEN_OVERLAP("token-overlap");

    private final String json;

    AlignmentMethod(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }
}
