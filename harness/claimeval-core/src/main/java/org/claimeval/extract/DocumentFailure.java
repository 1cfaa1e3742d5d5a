package org.claimeval.extract;

/**
 * A document the extractor failed on; the other documents are still extracted and scored.
 *
 * @param doc    document id
 * @param reason what went wrong, for the report: "timed out after 60 s", "NullPointerException: ..."
 */
public record DocumentFailure(String doc, String reason) {
}
