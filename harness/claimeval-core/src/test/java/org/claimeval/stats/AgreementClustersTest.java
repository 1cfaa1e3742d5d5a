package org.claimeval.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimeval.dataset.AnnotationSet;
import org.claimeval.model.Attribution;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimType;
import org.claimeval.model.Claimant;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.QuoteKind;
import org.claimeval.model.Side;
import org.claimeval.model.Span;
import org.claimeval.score.Counts;
import org.junit.jupiter.api.Test;

/**
 * Cluster agreement (pairwise over claims that share a key) and the differences counted by kind, on two small
 * annotations of a text written for the test.
 */
class AgreementClustersTest {
    static final String TEXT = "President Alpha said one. Beta told Radio Zed two. Gamma said three. "
            + "Delta said four. Epsilon said five.";
    static final Document DOC = new Document("d1", TEXT);
    static final ClaimantRegistry REGISTRY = new ClaimantRegistry(List.of(
            new Claimant("alpha", "Alpha", List.of("Alpha"), "person", Side.OTHER),
            new Claimant("radio-zed", "Radio Zed", List.of("Radio Zed"), "media", Side.OTHER)));
    static final Dataset SEEDS = new Dataset("test", "1.0.0", List.of(DOC), REGISTRY, Map.of(), "0".repeat(64));

    static Claim claim(String id, String content, String cluster) {
        return claim(id, content, cluster, null, List.of());
    }

    static Claim claim(String id, String content, String cluster, String mention, List<String> via) {
        int start = TEXT.indexOf(content);
        Span mentionSpan = mention == null ? null : new Span(TEXT.indexOf(mention), TEXT.indexOf(mention) + mention.length(), mention);
        return new Claim(id, "d1", start, start + content.length(), content, "alpha", mentionSpan, null, via,
                Attribution.EXPLICIT, QuoteKind.NONE, ClaimType.OTHER, List.of(), cluster, null);
    }

    static Agreement measure(List<Claim> a, List<Claim> b) throws Exception {
        return Agreement.measure(new AnnotationSet("A", Map.of("d1", a), REGISTRY, null, Path.of("a")),
                new AnnotationSet("B", Map.of("d1", b), REGISTRY, null, Path.of("b")), SEEDS);
    }

    @Test
    void pairsLinkedByBothAnnotatorsAreTruePositives() throws Exception {
        List<Claim> a = List.of(claim("a1", "one", "X"), claim("a2", "two", "X"), claim("a3", "three", "X"),
                claim("a4", "four", "Y"), claim("a5", "five", "Y"));
        List<Claim> b = new ArrayList<>(List.of(claim("b1", "one", "P"), claim("b2", "two", "P"),
                claim("b3", "three", "Q"), claim("b4", "four", "Q"), claim("b5", "five", null)));
        b.add(claim("b6", "Epsilon", "P")); // matches no claim of A's
        // A links {a1,a2} {a1,a3} {a2,a3} (X) and {a4,a5} (Y): 4 pairs.
        // B links {b1,b2} {b1,b6} {b2,b6} (P) and {b3,b4} (Q): 4 pairs.
        // Both link only {1,2}: tp 1, fp 4 - 1 = 3, fn 4 - 1 = 3; P = R = 1/4, F1 = 2/(2 + 3 + 3) = 0.25.
        Agreement g = measure(a, b);
        assertEquals(new Counts(1, 3, 3), g.clusters());
        assertEquals(0.25, g.clusters().f1(), 1e-12);
    }

    @Test
    void keysAreComparedByGroupingNotBySpelling() throws Exception {
        List<Claim> a = List.of(claim("a1", "one", "losses"), claim("a2", "two", "losses"), claim("a3", "three", null));
        List<Claim> b = List.of(claim("b1", "one", "ua-losses"), claim("b2", "two", "ua-losses"), claim("b3", "three", null));
        // One pair each, the same one: tp 1, fp 0, fn 0.
        assertEquals(new Counts(1, 0, 0), measure(a, b).clusters());
    }

    @Test
    void aDocumentOnlyOneAnnotatorAnnotatedAddsNoClusterPairs() throws Exception {
        Document other = new Document("d2", "Zeta said six.");
        Dataset seeds = new Dataset("test", "1.0.0", List.of(DOC, other), REGISTRY, Map.of(), "0".repeat(64));
        Claim six = new Claim("a6", "d2", 10, 13, "six", "alpha", null, null, List.of(), Attribution.EXPLICIT,
                QuoteKind.NONE, ClaimType.OTHER, List.of(), "X", null);
        AnnotationSet a = new AnnotationSet("A", Map.of("d1", List.of(claim("a1", "one", "X"), claim("a2", "two", "X")),
                "d2", List.of(six)), REGISTRY, null, Path.of("a"));
        AnnotationSet b = new AnnotationSet("B", Map.of("d1", List.of(claim("b1", "one", "P"), claim("b2", "two", "P"))),
                REGISTRY, null, Path.of("b"));
        // Only d1 is shared: A links {a1,a2}, B links {b1,b2}, the same pair: tp 1, fp 0, fn 0. Counting d2 too
        // would add A's pairs {a1,a6} and {a2,a6}, which B never had the chance to link, as 2 false negatives.
        assertEquals(new Counts(1, 0, 0), Agreement.measure(a, b, seeds).clusters());
    }

    @Test
    void differencesAreCountedByKindWithAsClaimants() throws Exception {
        List<Claim> a = List.of(claim("a1", "one", null, "Alpha", List.of()), claim("a2", "two", null, "Beta", List.of()));
        List<Claim> b = List.of(claim("b1", "one", null, "President Alpha", List.of()),
                claim("b2", "two", null, "Beta", List.of("radio-zed")));
        List<Agreement.Explanation> kinds = measure(a, b).explanations();
        assertEquals(List.of(
                new Agreement.Explanation("claimant mention", "B adds words before (title, article)", 1, new java.util.TreeMap<>(Map.of("alpha", 1L))),
                new Agreement.Explanation("via", "B adds a channel", 1, new java.util.TreeMap<>(Map.of("alpha", 1L)))), kinds);
    }
}
