package org.claimeval.model;

/** The side of the conflict a claimant speaks for. */
public enum Side implements JsonEnum {
    RU, UA, WEST, OTHER;

    @Override
    public String json() {
        return name();
    }
}
