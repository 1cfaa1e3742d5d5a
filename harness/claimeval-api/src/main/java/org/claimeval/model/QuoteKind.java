package org.claimeval.model;

/** Whether the content is quoted: all of it ({@code direct}), some of it ({@code partial}) or none. */
public enum QuoteKind implements JsonEnum {
    DIRECT, PARTIAL, NONE;

    @Override
    public String json() {
        return JsonEnum.lower(this);
    }
}
