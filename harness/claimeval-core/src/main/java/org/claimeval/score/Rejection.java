package org.claimeval.score;

import java.util.Objects;
import org.claimeval.model.JsonEnum;

/**
 * A prediction that cannot be placed in its document: a text the aligner cannot find, a span out of range or
 * reversed, a field of the wrong kind. It is never dropped: it counts as one false positive of its document
 * and is listed in every report, so no setting can raise a score by losing a prediction.
 *
 * @param doc     the document the prediction named
 * @param reason  {@link Reason#UNALIGNED} or {@link Reason#INVALID}
 * @param text    the prediction's text as given (null when it gave none)
 * @param line    line of the predictions file (1-based); 0 when it did not come from a file
 * @param index   position among the claims the extractor returned for the document (1-based); 0 for a file
 * @param message what is wrong, naming the field
 */
public record Rejection(String doc, Reason reason, String text, int line, int index, String message) {

    /** Why a prediction could not be placed. */
    public enum Reason implements JsonEnum {
        /** Its text (content, claimant mention or cue) was not found in the document, not even approximately. */
        UNALIGNED,
        /** Out-of-range or reversed offsets, text disagreeing with its offsets, a field of the wrong kind. */
        INVALID;

        @Override
        public String json() {
            return JsonEnum.lower(this);
        }
    }

    public Rejection {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /** "line 12" or "claim 3", how reports point at the prediction. */
    public String where() {
        return line > 0 ? "line " + line : index > 0 ? "claim " + index : "-";
    }
}
