package org.claimeval.robustness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.claimeval.model.Claim;
import org.claimeval.model.Claimant;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Document;
import org.claimeval.model.Span;

/**
 * Claimants change places: every gold mention that names a registry claimant (its name or an alias) is
 * replaced by the name of another claimant of the same kind, and that claimant's claims in the document now
 * belong to the new one. An extractor that learned the five articles' names, rather than how attribution is
 * written, loses here.
 */
final class ClaimantNames implements Perturbation {

    @Override
    public String name() {
        return "claimant-names";
    }

    @Override
    public String description() {
        return "each named claimant becomes another registry claimant of the same kind, in the text and the gold";
    }

    @Override
    public PerturbedDocument apply(Document document, List<Claim> gold, ClaimantRegistry registry,
                                   RandomGenerator random) {
        Map<String, String> swap = permutation(registry, random);
        List<Edit> edits = new ArrayList<>();
        Set<String> renamed = new HashSet<>();
        Set<Span> seen = new HashSet<>();
        int lastEnd = -1;
        for (Claim c : gold.stream().filter(c -> c.claimantMention() != null)
                .sorted(Comparator.comparingInt((Claim c) -> c.claimantMention().start())
                        .thenComparingInt(c -> c.claimantMention().end()))
                .toList()) {
            Span mention = c.claimantMention();
            Optional<Claimant> claimant = Optional.ofNullable(c.claimant()).flatMap(registry::byId);
            if (claimant.isEmpty() || !swap.containsKey(claimant.get().id()) || !names(claimant.get(), mention.text())) {
                continue;
            }
            renamed.add(claimant.get().id());
            if (!seen.add(mention) || mention.start() < lastEnd) {
                continue;
            }
            Claimant other = registry.byId(swap.get(claimant.get().id())).orElseThrow();
            edits.add(new Edit(mention.start(), mention.end(), sameCase(mention.text(), other.name())));
            lastEnd = mention.end();
        }
        if (edits.isEmpty()) {
            return PerturbedDocument.unchanged(document, gold);
        }
        PerturbedDocument moved = PerturbedDocument.of(document, gold, Edit.apply(document.text(), edits));
        List<Claim> regold = moved.gold().stream()
                .map(c -> renamed.contains(c.claimant()) ? withClaimant(c, swap.get(c.claimant())) : c)
                .toList();
        return new PerturbedDocument(moved.document(), regold, true);
    }

    /** A derangement within each kind: every claimant of a kind with two or more members gets another's name. */
    private static Map<String, String> permutation(ClaimantRegistry registry, RandomGenerator random) {
        Map<String, List<Claimant>> byKind = new HashMap<>();
        registry.all().stream()
                .filter(c -> !Claimant.AUTHOR_ID.equals(c.id()))
                .sorted(Comparator.comparing(Claimant::id))
                .forEach(c -> byKind.computeIfAbsent(Objects.requireNonNullElse(c.kind(), ""), k -> new ArrayList<>())
                        .add(c));
        Map<String, String> swap = new HashMap<>();
        byKind.keySet().stream().sorted().forEach(kind -> {
            List<Claimant> members = byKind.get(kind);
            if (members.size() < 2) {
                return;
            }
            // Fisher-Yates, then rotate by one: a random cyclic order, so nobody keeps their own name.
            for (int i = members.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Claimant t = members.get(i);
                members.set(i, members.get(j));
                members.set(j, t);
            }
            for (int i = 0; i < members.size(); i++) {
                swap.put(members.get(i).id(), members.get((i + 1) % members.size()).id());
            }
        });
        return swap;
    }

    private static boolean names(Claimant claimant, String mention) {
        String m = mention.strip().toLowerCase(Locale.ROOT);
        return claimant.name().toLowerCase(Locale.ROOT).equals(m)
                || claimant.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(m));
    }

    private static String sameCase(String model, String name) {
        return Character.isUpperCase(model.codePointAt(0)) && Character.isLowerCase(name.codePointAt(0))
                ? name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1) : name;
    }

    private static Claim withClaimant(Claim c, String claimant) {
        return c.toBuilder().claimant(claimant).build();
    }
}
