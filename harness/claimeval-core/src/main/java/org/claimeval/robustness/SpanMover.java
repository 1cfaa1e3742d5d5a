package org.claimeval.robustness;

import java.util.List;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;
import org.claimeval.model.Quantity;
import org.claimeval.model.Span;

/** Moves a claim's spans (content, claimant mention, cue, quantities) through a rewrite of its document. */
final class SpanMover {
    private final Document document;
    private final Rewritten rewritten;

    SpanMover(Document document, Rewritten rewritten) {
        this.document = document;
        this.rewritten = rewritten;
    }

    Span move(Span span) {
        if (span == null) {
            return null;
        }
        int start = rewritten.start(span.start());
        int end = Math.max(start, rewritten.end(span.end()));
        return document.span(start, end);
    }

    Claim move(Claim c) {
        Span content = move(c.content());
        List<Quantity> quantities = c.quantities().stream()
                .map(q -> new Quantity(move(q.span()), q.value(), q.unit(), q.bound()))
                .toList();
        return c.toBuilder().span(content).claimantMention(move(c.claimantMention())).cue(move(c.cue()))
                .quantities(quantities).build();
    }
}
