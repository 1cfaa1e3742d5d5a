package org.claimeval.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimeval.model.Claimant;
import org.claimeval.model.ClaimantRegistry;

/**
 * Translates annotator B's claimant ids into annotator A's registry, since two annotators may name the same
 * source differently ({@code russian-mod} and {@code russian-defence-ministry}).
 *
 * <p>A B id is looked up in B's registry; if it has an entry, A's registry resolves (ignoring case, accents,
 * punctuation and a leading "the") the entry's id, then its name, then each alias in order, and the first hit
 * is the A id. Without a B entry (or with no B registry) A resolves the id itself. {@code author} stays
 * {@code author}. A B claimant A cannot resolve keeps the form {@code ?<B id>}, which never equals an A id.
 */
public final class ClaimantMapping {
    private final ClaimantRegistry a;
    private final ClaimantRegistry b;

    /** @param b null when B came without a registry */
    public ClaimantMapping(ClaimantRegistry a, ClaimantRegistry b) {
        this.a = a;
        this.b = b == null ? ClaimantRegistry.empty() : b;
    }

    public String toA(String bId) {
        if (bId == null || Claimant.AUTHOR_ID.equals(bId)) {
            return bId;
        }
        List<String> keys = new ArrayList<>();
        Optional<Claimant> entry = b.byId(bId);
        if (entry.isPresent()) {
            keys.add(entry.get().id());
            keys.add(entry.get().name());
            keys.addAll(entry.get().aliases());
        } else {
            keys.add(bId);
        }
        for (String key : keys) {
            Optional<Claimant> found = a.resolve(key);
            if (found.isPresent()) {
                return found.get().id();
            }
        }
        return "?" + bId;
    }
}
