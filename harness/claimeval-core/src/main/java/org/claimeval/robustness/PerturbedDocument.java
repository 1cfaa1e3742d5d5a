package org.claimeval.robustness;

import java.util.List;
import org.claimeval.model.Claim;
import org.claimeval.model.Document;

/** A document after a perturbation, with its gold moved along; {@code changed} is false when nothing applied. */
public record PerturbedDocument(Document document, List<Claim> gold, boolean changed) {

    static PerturbedDocument unchanged(Document document, List<Claim> gold) {
        return new PerturbedDocument(document, gold, false);
    }

    /** Rewrites the document and moves every gold span through the same rewrite. */
    static PerturbedDocument of(Document original, List<Claim> gold, Rewritten rewritten) {
        Document document = new Document(original.id(), rewritten.text());
        SpanMover mover = new SpanMover(document, rewritten);
        return new PerturbedDocument(document, gold.stream().map(mover::move).toList(),
                !rewritten.text().equals(original.text()));
    }
}
