package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.List;
import org.claimeval.model.Attribution;
import org.claimeval.model.Claim;
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
        return new Claim(null, doc.id(), span.start(), span.end(), span.text(), "author", null, null, List.of(),
                Attribution.AUTHOR, QuoteKind.NONE, TypeLexicon.get().classify(doc.text(), content.start(),
                content.end()), quantities(doc, content), null, null);
    }

    static Claim attributed(Document doc, Found f) {
        TextRange c = f.content();
        Span span = doc.spanOfChars(c.start(), c.end());
        Span mention = f.source() == null || f.source().mention() == null ? null
                : doc.spanOfChars(f.source().mention().start(), f.source().mention().end());
        Span cue = f.cue() == null ? null : doc.spanOfChars(f.cue().start(), f.cue().end());
        return new Claim(null, doc.id(), span.start(), span.end(), span.text(),
                f.source() == null ? null : f.source().claimant(), f.implicit() ? null : mention,
                cue, f.via(), f.implicit() ? Attribution.IMPLICIT : Attribution.EXPLICIT, f.quote(),
                TypeLexicon.get().classify(doc.text(), c.start(), c.end()), quantities(doc, c), null, null);
    }

    static List<Quantity> quantities(Document doc, TextRange content) {
        List<Quantity> out = new ArrayList<>();
        for (QuantityFinder.Found q : QuantityFinder.find(doc.text(), content.start(), content.end())) {
            out.add(new Quantity(doc.spanOfChars(q.start(), q.end()), q.value(), q.unit(), q.bound()));
        }
        return out;
    }
}
