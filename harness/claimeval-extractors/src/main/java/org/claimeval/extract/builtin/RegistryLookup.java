package org.claimeval.extract.builtin;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.claimeval.model.Claimant;
import org.claimeval.model.ClaimantRegistry;

/**
 * The claimant registry behind a thread-safe cache: {@link ClaimantRegistry#resolve} normalises its argument
 * with regular expressions, and the resolver asks for many word sequences of every mention. The cache stops
 * growing at a fixed size so that a long stream of unique mentions cannot exhaust memory.
 */
final class RegistryLookup {
    private static final int MAX_ENTRIES = 200_000;

    private final ClaimantRegistry registry;
    private final Map<String, Optional<Claimant>> cache = new ConcurrentHashMap<>();

    RegistryLookup(ClaimantRegistry registry) {
        this.registry = registry;
    }

    Optional<Claimant> resolve(String name) {
        Optional<Claimant> hit = cache.get(name);
        if (hit != null) {
            return hit;
        }
        Optional<Claimant> found = registry.resolve(name);
        if (cache.size() < MAX_ENTRIES) {
            cache.put(name, found);
        }
        return found;
    }
}
