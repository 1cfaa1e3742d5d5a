package org.claimeval.score;

import org.claimeval.model.Attribution;
import org.claimeval.model.Claim;
import org.claimeval.model.JsonEnum;

/**
 * Which claims are scored. {@link #ATTRIBUTED} keeps gold claims whose attribution is explicit or implicit; a
 * prediction is dropped only when its own attribution says {@code author}, and otherwise always counts (an
 * extractor that does not say is judged on everything it returns).
 */
public enum Subset implements JsonEnum {
    ALL, ATTRIBUTED;

    @Override
    public String json() {
        return JsonEnum.lower(this);
    }

    public boolean keepsGold(Claim gold) {
        return this == ALL || gold.attribution() != Attribution.AUTHOR;
    }

    public boolean keepsPrediction(Claim predicted) {
        return this == ALL || predicted.attribution() != Attribution.AUTHOR;
    }
}
