package org.claimeval.model;

/** How a quantity bounds the true figure: "61,000" exact, "about" approx, "over", "under", "up to". */
public enum Bound implements JsonEnum {
    EXACT, APPROX, OVER, UNDER, UP_TO;

    @Override
    public String json() {
        return JsonEnum.lower(this);
    }
}
