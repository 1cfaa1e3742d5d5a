package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimeval.model.Claimant;

/**
 * Turns a mention ("Russia's Ministry of Defense", "a senior source in the General Staff", "he") into a
 * claimant: the registry entry its head or its longest resolvable word sequence names, a pronoun's most
 * recent person or organisation, or the mention text when nothing resolves. One instance per document: it
 * remembers mentions for pronouns.
 */
final class ClaimantResolver {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> OTHER_PRONOUNS = Set.of("it", "they", "them", "its", "their", "we", "i");
    /** Common nouns heading an organisation's name (general English; no proper names). */
    private static final Set<String> ORG_WORDS = Set.of("ministry", "agency", "office", "government", "staff",
            "council", "forces", "army", "navy", "military", "service", "services", "command", "department",
            "committee", "commission", "bureau", "administration", "parliament", "party", "news", "times",
            "journal", "post", "press", "officials", "authorities", "media", "report", "statement", "group",
            "regiment", "brigade", "battalion", "channel", "broadcaster", "newspaper", "outlet", "institute",
            "center", "centre", "university", "company", "organisation", "organization", "analysts", "experts",
            "specialists", "observers", "sources");

    /** A resolved claimant: the registry id (or free text) and the char range of the mention. */
    record Resolved(String claimant, TextRange mention, boolean person) {
    }

    private final RegistryLookup registry;
    private Resolved lastPerson;
    private Resolved lastAny;

    ClaimantResolver(RegistryLookup registry) {
        this.registry = registry;
    }

    Resolved lastSpeaker() {
        return lastAny;
    }

    /** Resolves a mention and remembers it for later pronouns; null for an empty mention. */
    Resolved resolve(String text, TextRange mention) {
        if (mention == null || mention.isEmpty()) {
            return null;
        }
        String raw = text.substring(mention.start(), mention.end());
        String lower = raw.toLowerCase(Locale.ROOT);
        if (PERSON_PRONOUNS.contains(lower) || OTHER_PRONOUNS.contains(lower)) {
            Resolved antecedent = PERSON_PRONOUNS.contains(lower) && lastPerson != null ? lastPerson : lastAny;
            String claimant = antecedent != null ? antecedent.claimant() : lower;
            return new Resolved(claimant, mention, antecedent != null && antecedent.person());
        }
        Optional<Claimant> found = lookup(raw);
        String claimant = found.map(Claimant::id).orElse(raw);
        boolean person = found.map(c -> "person".equals(c.kind())).orElseGet(() -> looksLikePerson(raw));
        Resolved r = new Resolved(claimant, mention, person);
        remember(r);
        return r;
    }

    void remember(Resolved r) {
        if (r == null) {
            return;
        }
        lastAny = r;
        if (r.person()) {
            lastPerson = r;
        }
    }

    /** The mention itself, then its head (before "of", "in", "from", ","), then word sequences, longest first. */
    Optional<Claimant> lookup(String mention) {
        Optional<Claimant> raw = registry.resolve(mention);
        if (raw.isPresent()) {
            return raw;
        }
        String cleaned = mention.replace("’s", "").replace("'s", "").strip();
        Optional<Claimant> direct = registry.resolve(cleaned);
        if (direct.isPresent()) {
            return direct;
        }
        // "of" stays inside names ("Ministry of Defense"); "in", "from", "at" introduce membership.
        String head = cleaned.split(",| in | from | at | on | with ")[0];
        Optional<Claimant> byHead = longestSequence(head);
        return byHead.isPresent() ? byHead : longestSequence(cleaned);
    }

    private Optional<Claimant> longestSequence(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        for (int len = words.length; len >= 1; len--) {
            for (int from = 0; from + len <= words.length; from++) {
                if (len == 1 && !Character.isUpperCase(words[from].charAt(0))) {
                    continue; // a single common word ("officials") names nobody
                }
                String candidate = String.join(" ", List.of(words).subList(from, from + len));
                Optional<Claimant> c = registry.resolve(candidate);
                if (c.isPresent() && !(len < words.length && isDescription(c.get(), candidate))) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a word sequence matched only through a generic description alias ("the ministry"): such an alias
     * names the entry when it is the whole mention, not inside a longer name ("the Foreign Ministry").
     */
    private static boolean isDescription(Claimant c, String candidate) {
        for (String alias : c.aliases()) {
            String lower = alias.toLowerCase(Locale.ROOT);
            if ((lower.startsWith("the ") || lower.startsWith("a ")) && lower.endsWith(candidate.toLowerCase(Locale.ROOT))
                    && !candidate.equalsIgnoreCase(c.name())) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikePerson(String raw) {
        List<String> words = new ArrayList<>(List.of(raw.toLowerCase(Locale.ROOT).split("\\s+")));
        for (String w : words) {
            if (ORG_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    static boolean isPronoun(String lowerWord) {
        return PERSON_PRONOUNS.contains(lowerWord) || OTHER_PRONOUNS.contains(lowerWord);
    }
}
