package org.claimeval.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The claimant registry: resolves a registry id, canonical name or alias to its entry. Predictions may name a
 * claimant in free text ("the Russian Defense Ministry"); scoring compares registry ids after this resolution.
 */
public final class ClaimantRegistry {
    private final Map<String, Claimant> byId = new LinkedHashMap<>();
    private final Map<String, Claimant> byKey = new LinkedHashMap<>();

    public ClaimantRegistry(Collection<Claimant> claimants) {
        for (Claimant c : claimants) {
            byId.put(c.id(), c);
        }
        // Ids first, then names, then aliases: an alias never shadows another entry's id or name.
        for (Claimant c : claimants) {
            byKey.putIfAbsent(key(c.id()), c);
        }
        for (Claimant c : claimants) {
            byKey.putIfAbsent(key(c.name()), c);
        }
        for (Claimant c : claimants) {
            for (String alias : c.aliases()) {
                byKey.putIfAbsent(key(alias), c);
            }
        }
    }

    public static ClaimantRegistry empty() {
        return new ClaimantRegistry(List.of());
    }

    public Optional<Claimant> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(String id) {
        return Claimant.AUTHOR_ID.equals(id) || byId.containsKey(id);
    }

    /** Resolves an id, name or alias (case, accents, punctuation and a leading "the" ignored). */
    public Optional<Claimant> resolve(String idOrName) {
        if (idOrName == null || idOrName.isBlank()) {
            return Optional.empty();
        }
        Claimant exact = byId.get(idOrName);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(byKey.get(key(idOrName)));
    }

    /**
     * The registry id a claimant string stands for: itself when it is {@code author} or an id, the entry it
     * names otherwise, or the normalised text when nothing matches (so two unknown spellings can still agree).
     */
    public String canonicalId(String idOrName) {
        if (idOrName == null) {
            return null;
        }
        if (Claimant.AUTHOR_ID.equals(idOrName)) {
            return Claimant.AUTHOR_ID;
        }
        return resolve(idOrName).map(Claimant::id).orElse(key(idOrName));
    }

    /** The side of a claimant string, or empty for the author and unknown names. */
    public Optional<Side> side(String idOrName) {
        return resolve(idOrName).map(Claimant::side);
    }

    public Collection<Claimant> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    static String key(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replaceAll("[^\\p{L}\\p{N}']+", " ")
                .trim();
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }
}
