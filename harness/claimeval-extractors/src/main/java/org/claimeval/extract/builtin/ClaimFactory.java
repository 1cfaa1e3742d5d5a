package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.List;
import org.claimeval.model.Annotates;
import org.claimeval.model.Attribution;
import org.claimeval.model.Claim;
import org.claimeval.model.Claimant;
import org.claimeval.model.Document;
import org.claimeval.model.Quantity;
import org.claimeval.model.QuoteKind;
import org.claimeval.model.Span;

/** Builds {@link Claim}s from char-index findings: the one place they are converted to code points. */
final class ClaimFactory {
    private ClaimFactory() {
    }

    /** A claim with only its content span (the {@code sentence} extractor). */
    static Claim bare(Document doc, TextRange content) {
        Span span = doc.spanOfChars(content.start(), content.end());
        return Claim.span(null, doc.id(), span.start(), span.end(), span.text());
    }

    /** An author-voice claim: content, type and quantities. */
    static Claim author(Document doc, TextRange content) {
        Span span = doc.spanOfChars(content.start(), content.end());
        return Claim.builder().doc(doc.id()).span(span).claimant(Claimant.AUTHOR_ID)
                .attribution(Attribution.AUTHOR).quote(QuoteKind.NONE)
                .type(TypeLexicon.get().classify(doc.text(), content.start(), content.end()))
                .quantities(quantities(doc, content)).build();
    }

    static Claim attributed(Document doc, Found f) {
        TextRange c = f.content();
        if (f.source() != null && Claimant.AUTHOR_ID.equals(f.source().claimant())) {
            return author(doc, c); // evidence no source relays: the author's claim, no cue (H38)
        }
        Span span = doc.spanOfChars(c.start(), c.end());
        Span mention = f.source() == null || f.source().mention() == null ? null
                : doc.spanOfChars(f.source().mention().start(), f.source().mention().end());
        Span cue = f.cue() == null ? null : doc.spanOfChars(f.cue().start(), f.cue().end());
        return Claim.builder().doc(doc.id()).span(span)
                .claimant(f.source() == null ? null : f.source().claimant())
                .claimantMention(f.implicit() ? null : mention).cue(cue).via(f.via())
                .attribution(f.implicit() ? Attribution.IMPLICIT : Attribution.EXPLICIT).quote(f.quote())
                .type(TypeLexicon.get().classify(doc.text(), c.start(), c.end(), cueWord(doc, f))).quantities(quantities(doc, c)).build();
    }

    /**
     * The claims fitted to what the dataset annotates. Author-voice claims only where the dataset annotates them
     * ({@link Annotates#authorClaims()}): on an attribution corpus the article's own voice is never gold. Types
     * only where the dataset's labels are kursk-claims' (the lexicon's): a label from another set would be a guess
     * in the wrong vocabulary, always counted wrong.
     */
    static List<Claim> forDataset(Annotates annotates, List<Claim> claims) {
        List<Claim> annotated = annotates.authorClaims() ? claims
                : claims.stream().filter(c -> c.attribution() != Attribution.AUTHOR).toList();
        if (annotates.kurskClaimsTypes()) {
            return annotated;
        }
        return annotated.stream().map(c -> new Claim(c.id(), c.doc(), c.start(), c.end(), c.text(), c.claimant(),
                c.claimantMention(), c.cue(), c.via(), c.attribution(), c.quote(), null, c.quantities(), c.cluster(),
                c.score())).toList();
    }

    /** The cue's words in lower case, or null: "described X as Y" types the claim it introduces. */
    private static String cueWord(Document doc, Found f) {
        return f.cue() == null ? null : ContentTrimmer.lower(doc.text().substring(f.cue().start(), f.cue().end()));
    }

    static List<Quantity> quantities(Document doc, TextRange content) {
        List<Quantity> out = new ArrayList<>();
        for (QuantityFinder.Found q : QuantityFinder.find(doc.text(), content.start(), content.end())) {
            out.add(new Quantity(doc.spanOfChars(q.start(), q.end()), q.value(), q.unit(), q.bound()));
        }
        return out;
    }
}
