package org.claimeval.extract.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.claimeval.model.Annotates;
import org.claimeval.model.Attribution;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Document;
import org.claimeval.spi.ExtractionContext;
import org.junit.jupiter.api.Test;

/**
 * The built-ins fit their claims to what the dataset annotates: they know kursk-claims' type labels only (on a
 * dataset with its own labels they predict no type), and they claim for the author's own voice only where the
 * dataset annotates attribution kinds (an attribution corpus has no author claims).
 */
class DatasetProfileTest {
    private static final Document DOC = new Document("d",
            "The ministry said that 300 soldiers were killed in the attack on the village.\n");
    /** A source's claim, then a dated fact in the article's own voice (an author claim, guideline section 3). */
    private static final Document WITH_AUTHOR_VOICE = new Document("a",
            "The ministry said that 300 soldiers were killed in the attack on the village.\n\n"
                    + "Floodwater destroyed 40 houses in Eastport on 3 May.\n");
    /** An attribution corpus as brat imports one: source mentions, no types, no attribution kinds. */
    private static final Annotates ATTRIBUTION_CORPUS = new Annotates(Annotates.ClaimantKind.MENTION, List.of(),
            false, false, false, true, false);

    private static List<Claim> extract(Annotates annotates) throws Exception {
        return extract(annotates, DOC);
    }

    private static List<Claim> extract(Annotates annotates, Document doc) throws Exception {
        CueExtractor cue = new CueExtractor();
        cue.prepare(new ExtractionContext(ClaimantRegistry.empty(), List.of(), Map.of(), annotates));
        return cue.extract(doc);
    }

    @Test
    void kurskClaimsLabelsGetATypeOtherLabelsNone() throws Exception {
        List<Claim> kursk = extract(Annotates.EVERYTHING);
        assertFalse(kursk.isEmpty());
        kursk.forEach(c -> assertNotNull(c.type()));
        Annotates own = new Annotates(Annotates.ClaimantKind.MENTION, List.of("ECONOMY", "SAFETY"), false, false,
                false, true, false);
        List<Claim> other = extract(own);
        assertFalse(other.isEmpty());
        other.forEach(c -> assertNull(c.type()));
    }

    @Test
    void authorVoiceClaimsOnlyWhereTheDatasetAnnotatesThem() throws Exception {
        List<Claim> everything = extract(Annotates.EVERYTHING, WITH_AUTHOR_VOICE);
        assertEquals(List.of(Attribution.EXPLICIT, Attribution.AUTHOR),
                everything.stream().map(Claim::attribution).toList(), () -> "claims: " + everything);
        List<Claim> attributionCorpus = extract(ATTRIBUTION_CORPUS, WITH_AUTHOR_VOICE);
        assertEquals(List.of(everything.get(0).text()), attributionCorpus.stream().map(Claim::text).toList(),
                "the ministry's claim only");
    }
}
