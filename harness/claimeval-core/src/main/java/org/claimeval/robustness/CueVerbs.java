package org.claimeval.robustness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Document;
import org.claimeval.model.Span;

/**
 * A gold cue verb is swapped for another of its class ("said" for "stated", "claims" for "says"): same tense,
 * same person, same syntax around it, so the claim, its source and its content stay what they were.
 */
final class CueVerbs implements Perturbation {
    /** Reporting verbs that take the same complements in the same places. */
    private static final List<List<String>> CLASSES = List.of(
            List.of("said", "stated", "claimed", "asserted", "declared", "noted", "added", "told reporters"),
            List.of("says", "states", "claims", "asserts", "declares", "notes", "adds", "tells reporters"),
            List.of("announced", "reported", "confirmed"),
            List.of("announces", "reports", "confirms"));

    @Override
    public String name() {
        return "cue-verbs";
    }

    @Override
    public String description() {
        return "each gold cue verb becomes another verb of its class (said, stated, claimed, told reporters, ...)";
    }

    @Override
    public PerturbedDocument apply(Document document, List<Claim> gold, ClaimantRegistry registry,
                                   RandomGenerator random) {
        List<Edit> edits = new ArrayList<>();
        Set<Span> seen = new HashSet<>();
        int lastEnd = -1;
        for (Span cue : gold.stream().map(Claim::cue).filter(c -> c != null && c.length() > 0)
                .sorted((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                        : Integer.compare(a.end(), b.end()))
                .toList()) {
            if (!seen.add(cue) || cue.start() < lastEnd) {
                continue;
            }
            List<String> verbClass = classOf(cue.text());
            if (verbClass == null) {
                continue;
            }
            List<String> others = verbClass.stream().filter(v -> !v.equalsIgnoreCase(cue.text())).toList();
            String replacement = sameCase(cue.text(), others.get(random.nextInt(others.size())));
            edits.add(new Edit(cue.start(), cue.end(), replacement));
            lastEnd = cue.end();
        }
        return edits.isEmpty() ? PerturbedDocument.unchanged(document, gold)
                : PerturbedDocument.of(document, gold, Edit.apply(document.text(), edits));
    }

    private static List<String> classOf(String cue) {
        String lower = cue.toLowerCase(Locale.ROOT);
        return CLASSES.stream().filter(c -> c.contains(lower)).findFirst().orElse(null);
    }

    private static String sameCase(String model, String word) {
        return Character.isUpperCase(model.codePointAt(0))
                ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word;
    }
}
