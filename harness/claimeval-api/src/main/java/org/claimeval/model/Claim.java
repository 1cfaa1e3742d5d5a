package org.claimeval.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One claim, gold or predicted: the content span plus who asserts it and what it is about. Offsets are code
 * points of the UTF-8-decoded document, end-exclusive. Gold claims fill every field the gold format
 * requires; predictions may leave the optional attributes null. Make one with {@link #builder()}.
 *
 * @param id              unique within its set ("000-01" in the gold); predictions get a generated id
 * @param doc             document id (required)
 * @param start           first code point of the content
 * @param end             code point after the content
 * @param text            the content text; predictions may leave it null (the harness fills it in)
 * @param claimant        registry id, {@code author}, or (predictions only) free text to be resolved; may be null
 * @param claimantMention where the text names the claimant; null when it does not
 * @param cue             the reporting cue; null for author and implicit claims
 * @param via             channels the claim reached the article through, innermost last
 * @param attribution     null when a prediction does not say
 * @param quote           null when a prediction does not say
 * @param type            null when a prediction does not say
 * @param quantities      the figures inside the claim
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

    /**
     * Checks the one field every claim needs and copies the lists.
     *
     * @throws NullPointerException when {@code doc} is null
     */
    public Claim {
        Objects.requireNonNull(doc, "doc");
        via = via == null ? List.of() : List.copyOf(via);
        quantities = quantities == null ? List.of() : List.copyOf(quantities);
    }

    /**
     * A builder for a claim, the readable way to make one:
     * <pre>{@code
     * Claim claim = Claim.builder()
     *         .doc(document.id())
     *         .span(document.spanOfChars(matcher.start(), matcher.end()))
     *         .claimant("russian-defence-ministry")
     *         .attribution(Attribution.EXPLICIT)
     *         .build();
     * }</pre>
     *
     * @return an empty builder; only {@link Builder#doc} is required
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this claim's fields, to make a changed copy.
     *
     * @return a builder that builds an equal claim until a field is changed
     */
    public Builder toBuilder() {
        return new Builder().id(id).doc(doc).span(start, end, text).claimant(claimant).claimantMention(claimantMention)
                .cue(cue).via(via).attribution(attribution).quote(quote).type(type).quantities(quantities)
                .cluster(cluster).score(score);
    }

    /**
     * A bare prediction: a content span and nothing else.
     *
     * @param id    the claim id; null to let the harness number it
     * @param doc   the document id
     * @param start first code point of the content
     * @param end   code point after the content
     * @param text  the content text; null to let the harness fill it in
     * @return the claim
     */
    public static Claim span(String id, String doc, int start, int end, String text) {
        return builder().id(id).doc(doc).span(start, end, text).build();
    }

    /**
     * The content as a span.
     *
     * @return {@code [start, end)} with its text
     */
    public Span content() {
        return new Span(start, end, text);
    }

    /**
     * A copy with another id.
     *
     * @param newId the id of the copy
     * @return the copy
     */
    public Claim withId(String newId) {
        return toBuilder().id(newId).build();
    }

    /**
     * Builds a {@link Claim} field by field; every field but {@code doc} may be left unset (null, or empty
     * for the lists). Not thread-safe; each {@link #build()} returns a new, immutable claim.
     */
    public static final class Builder {
        private String id;
        private String doc;
        private int start;
        private int end;
        private String text;
        private String claimant;
        private Span claimantMention;
        private Span cue;
        private List<String> via = new ArrayList<>();
        private Attribution attribution;
        private QuoteKind quote;
        private ClaimType type;
        private List<Quantity> quantities = new ArrayList<>();
        private String cluster;
        private Double score;

        private Builder() {
        }

        /**
         * @param id unique within its set; null to let the harness number predictions ({@code <doc>#p<n>})
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param doc the id of the document the claim is in (required)
         * @return this builder
         */
        public Builder doc(String doc) {
            this.doc = doc;
            return this;
        }

        /**
         * The content as code-point offsets, with no text: the harness fills it in from the document.
         *
         * @param start first code point of the content
         * @param end   code point after the content
         * @return this builder
         */
        public Builder span(int start, int end) {
            return span(start, end, null);
        }

        /**
         * The content as code-point offsets and the text found there.
         *
         * @param start first code point of the content
         * @param end   code point after the content
         * @param text  the text at {@code [start, end)}; null to let the harness fill it in
         * @return this builder
         */
        public Builder span(int start, int end, String text) {
            this.start = start;
            this.end = end;
            this.text = text;
            return this;
        }

        /**
         * The content as a span, e.g. from {@link Document#spanOfChars}.
         *
         * @param content where the claim stands and its text
         * @return this builder
         */
        public Builder span(Span content) {
            return span(content.start(), content.end(), content.text());
        }

        /**
         * @param claimant registry id, {@code author}, or (predictions only) free text to be resolved
         * @return this builder
         */
        public Builder claimant(String claimant) {
            this.claimant = claimant;
            return this;
        }

        /**
         * @param claimantMention where the text names the claimant; null when it does not
         * @return this builder
         */
        public Builder claimantMention(Span claimantMention) {
            this.claimantMention = claimantMention;
            return this;
        }

        /**
         * @param cue the reporting cue ("said"); null for author and implicit claims
         * @return this builder
         */
        public Builder cue(Span cue) {
            this.cue = cue;
            return this;
        }

        /**
         * @param via channels the claim reached the article through, innermost last; null for none
         * @return this builder
         */
        public Builder via(List<String> via) {
            this.via = via == null ? new ArrayList<>() : new ArrayList<>(via);
            return this;
        }

        /**
         * @param attribution how the text ties the claim to its source; null when not said
         * @return this builder
         */
        public Builder attribution(Attribution attribution) {
            this.attribution = attribution;
            return this;
        }

        /**
         * @param quote how much of the claim is quoted; null when not said
         * @return this builder
         */
        public Builder quote(QuoteKind quote) {
            this.quote = quote;
            return this;
        }

        /**
         * @param type what the claim is about; null when not said
         * @return this builder
         */
        public Builder type(ClaimType type) {
            this.type = type;
            return this;
        }

        /**
         * @param quantities the figures inside the claim, replacing any added before; null for none
         * @return this builder
         */
        public Builder quantities(List<Quantity> quantities) {
            this.quantities = quantities == null ? new ArrayList<>() : new ArrayList<>(quantities);
            return this;
        }

        /**
         * @param quantity one more figure inside the claim
         * @return this builder
         */
        public Builder quantity(Quantity quantity) {
            this.quantities.add(Objects.requireNonNull(quantity, "quantity"));
            return this;
        }

        /**
         * @param cluster key shared by claims about the same figure or fact; null when none
         * @return this builder
         */
        public Builder cluster(String cluster) {
            this.cluster = cluster;
            return this;
        }

        /**
         * @param score the extractor's confidence (predictions only); null when not given
         * @return this builder
         */
        public Builder score(Double score) {
            this.score = score;
            return this;
        }

        /**
         * @return the claim
         * @throws NullPointerException when {@link #doc} was not set
         */
        public Claim build() {
            if (doc == null) {
                throw new NullPointerException("doc: set the id of the document the claim is in");
            }
            return new Claim(id, doc, start, end, text, claimant, claimantMention, cue, via, attribution, quote, type,
                    quantities, cluster, score);
        }
    }
}
