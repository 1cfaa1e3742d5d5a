package org.claimeval.extract.builtin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.claimeval.model.Annotates;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Document;
import org.claimeval.spi.ExtractionContext;
import org.junit.jupiter.api.Test;

/** The built-ins know kursk-claims' type labels only: on a dataset with its own labels they predict no type. */
class OwnTypeLabelsTest {
    private static final Document DOC = new Document("d",
            "The ministry said that 300 soldiers were killed in the attack on the village.\n");

    private static List<Claim> extract(Annotates annotates) throws Exception {
        CueExtractor cue = new CueExtractor();
        cue.prepare(new ExtractionContext(ClaimantRegistry.empty(), List.of(), Map.of(), annotates));
        return cue.extract(DOC);
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
}
