package org.claimeval.model;

/** What a claim is about; see dataset/GUIDELINES.md for the definition of each type. */
public enum ClaimType implements JsonEnum {
    CASUALTIES, TERRITORY, FORCES, COMBAT, INTENT, ASSESSMENT, POLITICAL, OTHER;

    @Override
    public String json() {
        return name();
    }
}
