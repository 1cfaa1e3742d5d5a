package org.claimeval.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.claimeval.model.Attribution;
import org.claimeval.model.Bound;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimType;
import org.claimeval.model.Claimant;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.Quantity;
import org.claimeval.model.Side;
import org.claimeval.score.ScoreConfig;
import org.claimeval.score.Scorer;

/**
 * A small dataset whose text and predictions carry markup, and score reports built from it, for the HTML
 * report tests.
 *
 * <p>Document {@code doc-a} has three gold claims and four predictions, chosen so that every kind of mark
 * appears once or twice and a false positive overlaps a missed claim:
 * <ul>
 *   <li>p1 on exactly g1 "61,000 troops died": true positive (score 0.9);</li>
 *   <li>p2 "300 tanks were" inside g2 "300 tanks were lost": token IoU 3/4 = 0.75, a boundary mismatch
 *       (score 0.6);</li>
 *   <li>p3 "Experts doubt" against g3 "doubt it all": IoU 1/4 below 0.5, so p3 is a false positive (score 0.8)
 *       and g3 is missed; "doubt" is covered by both;</li>
 *   <li>p4 on the {@code <script>} text, claimant {@code <script>alert(1)</script>}, no score: a false positive.</li>
 * </ul>
 * So TP 2 (one with a boundary mismatch), FP 2, FN 1.
 */
final class HtmlTestData {
    static final String EVIL = "<script>alert(1)</script>";
    /** Would mark the body if it ever ran; the browser test checks that it did not. */
    static final String EVIL_DOM = "<script>document.body.setAttribute('data-pwned','1')</script>";
    static final String TEXT = "Officials said " + EVIL + " that 61,000 troops died. The ministry claimed 300 tanks "
            + "were lost. Experts doubt it all. \"Quotes\" & 'apostrophes' stay text.";
    static final String DOC = "doc-a";

    static final ClaimantRegistry REGISTRY = new ClaimantRegistry(List.of(
            new Claimant("russian-defence-ministry", "Russian Defence Ministry", List.of("the ministry"), "government",
                    Side.RU),
            new Claimant("isw", "Institute for the Study of War", List.of("ISW"), "expert-group", Side.WEST)));

    private HtmlTestData() {
    }

    static Document document() {
        return new Document(DOC, TEXT);
    }

    static List<Claim> gold() {
        Document d = document();
        return List.of(
                claim(d, "g1", "61,000 troops died", "russian-defence-ministry", ClaimType.CASUALTIES, null,
                        new Quantity(null, 61000, "troops", Bound.EXACT)),
                claim(d, "g2", "300 tanks were lost", "russian-defence-ministry", ClaimType.CASUALTIES, null,
                        new Quantity(null, 300, "tanks", Bound.EXACT)),
                claim(d, "g3", "doubt it all", "isw", ClaimType.ASSESSMENT, null));
    }

    static List<Claim> predictions() {
        Document d = document();
        return List.of(
                claim(d, "p1", "61,000 troops died", "the ministry", ClaimType.CASUALTIES, 0.9,
                        new Quantity(null, 61000, "troops", Bound.OVER)),
                claim(d, "p2", "300 tanks were", "MoD", ClaimType.COMBAT, 0.6),
                claim(d, "p3", "Experts doubt", "ISW", null, 0.8),
                claim(d, "p4", EVIL, EVIL + EVIL_DOM, ClaimType.OTHER, null));
    }

    static Dataset dataset() {
        return new Dataset("fixture", "0.0.1", List.of(document()), REGISTRY, Map.of(DOC, gold()), "0123456789abcdef");
    }

    static ScoreReport report(Dataset dataset, Map<String, List<Claim>> predictions) {
        var scores = new Scorer(ScoreConfig.defaults()).score(dataset, predictions);
        return new ScoreReport(dataset, new ScoreReport.ExtractorId("fixture" + EVIL, "1.0"),
                new ScoreReport.RunSettings("predictions", 1, 60, false, false), scores, new TreeMap<>(), List.of(),
                null, null, null);
    }

    static ScoreReport report() {
        return report(dataset(), Map.of(DOC, predictions()));
    }

    /**
     * The bundled dataset plus {@code doc-a}, with predictions derived from the gold so the page looks like a
     * real run: every fourth gold claim is left out (missed), every third is cut short by its last 8 code points
     * (a boundary mismatch when the overlap stays above the threshold), the first 30 code points of each document
     * are predicted as an extra claim, and scores fall with the claim's position.
     */
    static ScoreReport realisticReport(Dataset bundled) {
        List<Document> documents = new ArrayList<>(bundled.documents());
        documents.add(document());
        Map<String, List<Claim>> gold = new LinkedHashMap<>(bundled.gold());
        gold.put(DOC, gold());
        Dataset dataset = new Dataset(bundled.name(), bundled.version(), documents, merged(bundled.claimants()), gold,
                bundled.goldHash());
        Map<String, List<Claim>> predictions = new LinkedHashMap<>();
        for (Document d : bundled.documents()) {
            List<Claim> out = new ArrayList<>();
            List<Claim> g = bundled.gold(d.id());
            for (int i = 0; i < g.size(); i++) {
                Claim c = g.get(i);
                double score = 1.0 - i / (double) (g.size() + 1) * (i % 2 == 0 ? 0.5 : 1.0);
                if (i % 4 == 3) {
                    continue;
                }
                int end = i % 3 == 2 && c.end() - c.start() > 40 ? c.end() - 8 : c.end();
                out.add(new Claim("p" + i, d.id(), c.start(), end, d.slice(c.start(), end), c.claimant(), null, null,
                        List.of(), c.attribution(), null, c.type(), c.quantities(), null, score));
            }
            out.add(new Claim("extra", d.id(), 0, 30, d.slice(0, 30), "author", null, null, List.of(), null, null,
                    ClaimType.OTHER, List.of(), null, 0.55));
            predictions.put(d.id(), out);
        }
        predictions.put(DOC, predictions());
        return report(dataset, predictions);
    }

    private static ClaimantRegistry merged(ClaimantRegistry bundled) {
        List<Claimant> all = new ArrayList<>(bundled.all());
        REGISTRY.all().stream().filter(c -> bundled.byId(c.id()).isEmpty()).forEach(all::add);
        return new ClaimantRegistry(all);
    }

    private static Claim claim(Document d, String id, String covered, String claimant, ClaimType type, Double score,
                               Quantity... quantities) {
        int at = d.text().indexOf(covered);
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + covered);
        }
        var span = d.spanOfChars(at, at + covered.length());
        return new Claim(id, d.id(), span.start(), span.end(), span.text(), claimant, null, null, List.of(),
                Attribution.EXPLICIT, null, type, List.of(quantities), null, score);
    }
}
