package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.claimeval.spi.ClaimExtractor;
import org.claimeval.spi.ExtractionContext;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Document;

/**
 * Direct quotations with their speakers. A quotation of one or two words is a scare quote or a term and a
 * quotation woven into a clause ("said that X was "..."") is partial: neither is reported. A quotation with no
 * cue nearby goes to the most recent speaker as an implicit claim.
 */
public final class QuoteExtractor implements ClaimExtractor {
    private volatile RegistryLookup registry = new RegistryLookup(ClaimantRegistry.empty());
    private volatile org.claimeval.model.Annotates annotates = org.claimeval.model.Annotates.EVERYTHING;

    @Override
    public String name() {
        return "quote";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public void prepare(ExtractionContext context) {
        registry = new RegistryLookup(Objects.requireNonNull(context.claimants(), "claimants"));
        annotates = context.annotates();
        EnglishModels.sentenceModel();
        EnglishModels.posModel();
    }

    @Override
    public List<Claim> extract(Document document) {
        List<Claim> out = new ArrayList<>();
        for (Found f : new AttributionRules(document.text(), registry).quotations()) {
            out.add(ClaimFactory.attributed(document, f));
        }
        return ClaimFactory.forDataset(annotates, out);
    }
}
