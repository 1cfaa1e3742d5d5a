package org.claimeval.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimeval.model.Attribution;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimType;
import org.claimeval.model.Claimant;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.Quantity;
import org.claimeval.model.Side;

/** Builds small datasets for scoring tests: documents, gold and predictions located by the text they cover. */
final class Fixture {
    static final ClaimantRegistry REGISTRY = new ClaimantRegistry(List.of(
            new Claimant("russian-defence-ministry", "Russian Defence Ministry", List.of("the ministry", "MoD"),
                    "government", Side.RU),
            new Claimant("ukrainian-general-staff", "Ukrainian General Staff", List.of("the general staff"),
                    "military", Side.UA),
            new Claimant("zelensky", "Volodymyr Zelensky", List.of("Zelensky"), "person", Side.UA),
            new Claimant("isw", "Institute for the Study of War", List.of("ISW"), "expert-group", Side.WEST)));

    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, List<Claim>> gold = new LinkedHashMap<>();
    private final Map<String, List<Claim>> predictions = new LinkedHashMap<>();
    private int nextId = 1;

    Fixture doc(String id, String text) {
        documents.put(id, new Document(id, text));
        gold.put(id, new ArrayList<>());
        return this;
    }

    /** A gold claim over the first occurrence of {@code covered}, with every attribute filled in. */
    Claim gold(String doc, String covered, String claimant, ClaimType type, Attribution attribution,
               Quantity... quantities) {
        Claim c = claim(doc, covered, firstIndex(doc, covered), claimant, type, attribution, quantities);
        gold.get(doc).add(c);
        return c;
    }

    Claim gold(String doc, String covered) {
        return gold(doc, covered, "russian-defence-ministry", ClaimType.CASUALTIES, Attribution.EXPLICIT);
    }

    /** A bare prediction over the first occurrence of {@code covered}. */
    Claim predict(String doc, String covered) {
        return predict(doc, covered, null, null, null);
    }

    Claim predict(String doc, String covered, String claimant, ClaimType type, Attribution attribution,
                  Quantity... quantities) {
        Claim c = claim(doc, covered, firstIndex(doc, covered), claimant, type, attribution, quantities);
        predictions.computeIfAbsent(doc, k -> new ArrayList<>()).add(c);
        return c;
    }

    /** A bare prediction at code-point offsets. */
    Claim predictAt(String doc, int start, int end) {
        Claim c = Claim.span("p" + nextId++, doc, start, end, documents.get(doc).slice(start, end));
        predictions.computeIfAbsent(doc, k -> new ArrayList<>()).add(c);
        return c;
    }

    private Claim claim(String doc, String covered, int charIndex, String claimant, ClaimType type,
                        Attribution attribution, Quantity... quantities) {
        Document d = documents.get(doc);
        var span = d.spanOfChars(charIndex, charIndex + covered.length());
        return new Claim(doc + "-" + String.format("%02d", nextId++), doc, span.start(), span.end(), span.text(),
                claimant, null, null, List.of(), attribution, null, type, List.of(quantities), null, null);
    }

    private int firstIndex(String doc, String covered) {
        int at = documents.get(doc).text().indexOf(covered);
        if (at < 0) {
            throw new IllegalArgumentException("'" + covered + "' not in " + doc);
        }
        return at;
    }

    Dataset dataset() {
        return new Dataset("test", "0.0.1", List.copyOf(documents.values()), REGISTRY, copy(gold), "0123456789abcdef");
    }

    Map<String, List<Claim>> predictions() {
        return copy(predictions);
    }

    Map<String, List<Claim>> goldAsPredictions() {
        return copy(gold);
    }

    private static Map<String, List<Claim>> copy(Map<String, List<Claim>> m) {
        Map<String, List<Claim>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    Scores score(MatchConfig match) {
        return new Scorer(new ScoreConfig(match, Subset.ALL)).score(dataset(), predictions());
    }
}
