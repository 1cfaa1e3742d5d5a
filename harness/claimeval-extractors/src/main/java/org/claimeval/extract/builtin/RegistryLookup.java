package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.claimeval.model.Claimant;
import org.claimeval.model.ClaimantRegistry;

/**
 * The claimant registry behind a thread-safe cache: {@link ClaimantRegistry#resolve} normalises its argument
 * with regular expressions, and the resolver asks for many word sequences of every mention. The cache stops
 * growing at a fixed size so that a long stream of unique mentions cannot exhaust memory. Also indexes the
 * entries' role descriptions ("the governor"), which several entries may share.
 */
final class RegistryLookup {
    private static final int MAX_ENTRIES = 200_000;

    private final ClaimantRegistry registry;
    private final Map<String, Optional<Claimant>> cache = new ConcurrentHashMap<>();
    /** Entries by normalised role description, in registry order. */
    private final Map<String, List<Claimant>> byRole = new HashMap<>();
    /** Entries by the lower-case words of their names. */
    private final Map<String, List<Claimant>> byNameWord = new HashMap<>();
    /** People by the last word of a name of two or more capitalised words: the surname news text repeats alone. */
    private final Map<String, List<Claimant>> bySurname = new HashMap<>();

    RegistryLookup(ClaimantRegistry registry) {
        this.registry = registry;
        for (Claimant c : registry.all()) {
            for (String word : c.name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                List<Claimant> entries = byNameWord.computeIfAbsent(word, k -> new ArrayList<>());
                if (!word.isEmpty() && !entries.contains(c)) {
                    entries.add(c);
                }
            }
            String[] nameWords = c.name().strip().split(" ");
            if ("person".equals(c.kind()) && nameWords.length >= 2 && java.util.Arrays.stream(nameWords)
                    .allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))) {
                List<Claimant> entries = bySurname.computeIfAbsent(nameWords[nameWords.length - 1], k -> new ArrayList<>());
                if (!entries.contains(c)) {
                    entries.add(c);
                }
            }
            for (String role : c.roles()) {
                List<Claimant> entries = byRole.computeIfAbsent(roleKey(role), k -> new ArrayList<>());
                if (!entries.contains(c)) {
                    entries.add(c); // "lawmaker" and "the lawmaker" are one role: the entry is listed once
                }
            }
        }
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

    Optional<Claimant> byId(String id) {
        return registry.byId(id);
    }

    /** The entries that list a role description ("the governor", "governor"), or none. */
    List<Claimant> withRole(String description) {
        return byRole.getOrDefault(roleKey(description), List.of());
    }

    /** The one person whose name ends in this capitalised word ("Grishin" for "Pavel Grishin"), or empty. */
    Optional<Claimant> bySurname(String word) {
        List<Claimant> people = bySurname.getOrDefault(word, List.of());
        return people.size() == 1 ? Optional.of(people.get(0)) : Optional.empty();
    }

    /** The entries whose name has this word (any case): "soldiers" in "Soldiers of the third battalion". */
    List<Claimant> withNameNoun(String word) {
        return byNameWord.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
    }

    /** A role description without case, leading determiner and surrounding spaces. */
    static String roleKey(String description) {
        String s = description.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        for (String determiner : List.of("the ", "a ", "an ", "this ", "that ")) {
            if (s.startsWith(determiner)) {
                return s.substring(determiner.length()).strip();
            }
        }
        return s;
    }
}
