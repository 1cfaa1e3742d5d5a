package org.claimeval.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.claimeval.extract.Predictions;
import org.claimeval.model.Claim;
import org.claimeval.score.AttributeScores;
import org.claimeval.score.DocumentScore;
import org.claimeval.score.Match;
import org.claimeval.score.Rejection;

/**
 * The {@code --details} part of the JSON report: per document, every matched pair (gold id, prediction id and
 * file line, similarity, a verdict per attribute), every false positive with its reason ({@code spurious}: placed
 * but matched to no gold claim; {@code unaligned}, {@code invalid}: not placeable) and every missed gold claim.
 */
final class JsonDetails {
    private JsonDetails() {
    }

    /** Adds {@code matches}, {@code falsePositives} and {@code misses} to each row of {@code documents}. */
    static void addTo(ObjectNode root, ScoreReport report) {
        ArrayNode rows = (ArrayNode) root.get("documents");
        int i = 0;
        for (DocumentScore d : report.scores().documents()) {
            ObjectNode row = (ObjectNode) rows.get(i++);
            ArrayNode matches = row.putArray("matches");
            for (Match m : d.matches()) {
                ObjectNode pair = matches.addObject().put("gold", m.gold().id());
                prediction(pair, m.predicted(), report.predictions());
                pair.put("similarity", m.similarity());
                var registry = report.dataset().claimants();
                pair.put("claimant", verdict(m.predicted().claimant() == null ? null
                        : registry.canonicalId(m.predicted().claimant()), registry.canonicalId(m.gold().claimant())));
                pair.put("type", verdict(m.predicted().type(), m.gold().type()));
                pair.put("attribution", verdict(m.predicted().attribution(), m.gold().attribution()));
                var q = AttributeScores.quantityCounts(m.gold().quantities(), m.predicted().quantities());
                pair.put("quantities", q.fp() == 0 && q.fn() == 0 ? "right" : m.predicted().quantities().isEmpty()
                        ? "missing" : "wrong");
            }
            ArrayNode falsePositives = row.putArray("falsePositives");
            for (Claim c : d.spurious()) {
                ObjectNode fp = falsePositives.addObject().put("reason", "spurious");
                prediction(fp, c, report.predictions());
                fp.put("start", c.start()).put("end", c.end()).put("text", c.text());
            }
            for (Rejection r : d.rejected()) {
                falsePositives.add(JsonReport.rejection(r));
            }
            ArrayNode misses = row.putArray("misses");
            for (Claim c : d.missed()) {
                misses.addObject().put("gold", c.id()).put("start", c.start()).put("end", c.end()).put("text", c.text());
            }
        }
    }

    private static void prediction(ObjectNode node, Claim predicted, Predictions file) {
        node.put("prediction", predicted.id());
        int line = file == null ? 0 : file.lineOf(predicted.doc(), predicted.id());
        if (line > 0) {
            node.put("line", line);
        }
    }

    /** {@code right}, {@code wrong} or {@code missing} (the prediction does not say). */
    private static String verdict(Object predicted, Object gold) {
        if (predicted == null) {
            return "missing";
        }
        return Objects.equals(predicted, gold) ? "right" : "wrong";
    }
}
