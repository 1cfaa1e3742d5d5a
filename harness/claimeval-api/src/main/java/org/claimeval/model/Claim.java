package org.claimeval.model;

import java.util.List;
import java.util.Objects;

/**
 * One claim, gold or predicted: the content span plus who asserts it and what it is about. Offsets are code
 * points of the UTF-8-decoded document, end-exclusive. Gold claims fill every field the gold format
 * requires; predictions may leave the optional attributes null.
 *
 * @param id              unique within its set ("000-01" in the gold); predictions get a generated id
 * @param doc             document id
 * @param claimant        registry id, {@code author}, or (predictions only) free text to be resolved; may be null
 * @param claimantMention where the text names the claimant; null when it does not
 * @param cue             the reporting cue; null for author and implicit claims
 * @param via             channels the claim reached the article through, innermost last
 * @param attribution     null when a prediction does not say
 * @param quote           null when a prediction does not say
 * @param type            null when a prediction does not say
 * @param cluster         key shared by claims about the same figure or fact; null when none
 * @param score           the extractor's confidence, predictions only; null when not given
 */
public record Claim(
        String id,
        String doc,
        int start,
        int end,
        String text,
        String claimant,
        Span claimantMention,
        Span cue,
        List<String> via,
        Attribution attribution,
        QuoteKind quote,
        ClaimType type,
        List<Quantity> quantities,
        String cluster,
        Double score) {

    public Claim {
        Objects.requireNonNull(doc, "doc");
        via = via == null ? List.of() : List.copyOf(via);
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
    }

    /** A bare prediction: a content span and nothing else. */
    public static Claim span(String id, String doc, int start, int end, String text) {
        return new Claim(id, doc, start, end, text, null, null, null, List.of(), null, null, null, List.of(), null, null);
    }

    public Span content() {
        return new Span(start, end, text);
    }

    public Claim withId(String newId) {
        return new Claim(newId, doc, start, end, text, claimant, claimantMention, cue, via, attribution, quote, type,
                quantities, cluster, score);
    }
}
