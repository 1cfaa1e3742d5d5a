package org.claimeval.model;

/** How the text ties a claim to its source. */
public enum Attribution implements JsonEnum {
    /** Source or cue in the same sentence (or headline), or in the next sentence when it refers back. */
    EXPLICIT,
    /** No cue in the sentence, but it continues a stretch the text gives to one source. */
    IMPLICIT,
    /** The article's own voice. */
    AUTHOR;

    @Override
    public String json() {
        return JsonEnum.lower(this);
    }

    /** Explicit and implicit claims form the "attributed" subset. */
    public boolean isAttributed() {
        return this != AUTHOR;
    }
}
