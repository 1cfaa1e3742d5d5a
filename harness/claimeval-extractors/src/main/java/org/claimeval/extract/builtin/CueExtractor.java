package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.claimeval.spi.ClaimExtractor;
import org.claimeval.spi.ExtractionContext;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Document;

/**
 * The attribution extractor: direct quotations and reporting cues (a lexicon scan, no regular expression),
 * with content spans after the guideline's rules, claimants resolved through the registry, type and
 * quantities; a claim whose only source is evidence before any source of the text is the author's ("Satellite
 * images suggest that X", guideline H38). The sentences without a claim then get theirs from {@link UncuedClaims}:
 * the author's own checkable facts, or a source's implicit continuation.
 */
public final class CueExtractor implements ClaimExtractor {
    private volatile RegistryLookup registry = new RegistryLookup(ClaimantRegistry.empty());
    private volatile org.claimeval.model.Annotates annotates = org.claimeval.model.Annotates.EVERYTHING;

    @Override
    public String name() {
        return "cue";
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
        CueLexicon.get();
        TypeLexicon.get();
    }

    @Override
    public List<Claim> extract(Document document) {
        return ClaimFactory.forDataset(annotates, extract(document, registry));
    }

    static List<Claim> extract(Document document, RegistryLookup registry) {
        AttributionRules rules = new AttributionRules(document.text(), registry);
        List<Found> found = rules.all();
        List<Claim> out = claims(document, found);
        out.addAll(new UncuedClaims(document, rules.sentences(), found).claims(rules::reportsSpeech));
        out.sort(Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end));
        return out;
    }

    /** The claims of what the rules found, in text order. */
    static List<Claim> claims(Document document, List<Found> found) {
        List<Claim> out = new ArrayList<>();
        for (Found f : found) {
            out.add(ClaimFactory.attributed(document, f));
        }
        out.sort(Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end));
        return out;
    }
}
