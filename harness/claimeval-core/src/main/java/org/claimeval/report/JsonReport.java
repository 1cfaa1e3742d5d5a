package org.claimeval.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.claimeval.io.Json;
import org.claimeval.extract.AlignmentMethod;
import org.claimeval.model.Annotates;
import org.claimeval.extract.DocumentFailure;
import org.claimeval.score.Accuracy;
import org.claimeval.score.Breakdown;
import org.claimeval.score.Counts;
import org.claimeval.score.DocumentScore;
import org.claimeval.score.Rejection;
import org.claimeval.score.Scores;
import org.claimeval.score.SpanScore;
import org.claimeval.stats.Interval;
import org.claimeval.stats.Intervals;

/**
 * The JSON report. Its shape is documented in the README and stable within a major version; keys are sorted,
 * so the same run gives byte-identical output, timing aside ({@code --no-timing} leaves timing out).
 */
public final class JsonReport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonReport() {
    }

    public static String render(ScoreReport report) {
        return write(tree(report));
    }

    /**
     * @param details add, per document, the matched pairs, the false positives (with their reasons) and the
     *                misses ({@code --details})
     */
    public static String render(ScoreReport report, boolean details) {
        ObjectNode tree = tree(report);
        if (details) {
            JsonDetails.addTo(tree, report);
        }
        return write(tree);
    }

    /** Pretty JSON with every object's keys sorted, ending in a newline. */
    public static String write(JsonNode tree) {
        try {
            return Json.mapper().writeValueAsString(sortKeys(tree)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy with object keys in sorted order at every level (Jackson writes trees in insertion order). */
    static JsonNode sortKeys(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = NODES.objectNode();
            TreeSet<String> keys = new TreeSet<>();
            node.fieldNames().forEachRemaining(keys::add);
            keys.forEach(k -> sorted.set(k, sortKeys(node.get(k))));
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(element -> copy.add(sortKeys(element)));
            return copy;
        }
        return node;
    }

    public static ObjectNode tree(ScoreReport report) {
        Scores scores = report.scores();
        ObjectNode root = NODES.objectNode();
        root.put("signature", report.signature());
        root.set("harness", NODES.objectNode().put("name", "claimeval").put("version", ClaimevalVersion.full()));
        root.set("dataset", NODES.objectNode()
                .put("name", report.dataset().name())
                .put("version", report.dataset().version())
                .put("goldHash", report.dataset().goldHash()));
        root.set("extractor", NODES.objectNode()
                .put("name", report.extractor().name())
                .put("version", report.extractor().version()));
        root.set("configuration", configuration(report));
        root.set("micro", counts(scores.micro()));
        root.set("macro", NODES.objectNode()
                .put("precision", scores.macro().precision())
                .put("recall", scores.macro().recall())
                .put("f1", scores.macro().f1())
                .put("documents", scores.macro().documents()));
        root.set("documents", documents(report));
        // An attribute the dataset does not annotate is absent, never 0: its keys are left out and named here.
        Annotates annotates = report.dataset().annotates();
        if (!annotates.notAnnotated().isEmpty()) {
            ArrayNode absent = ((ObjectNode) root.get("dataset")).putArray("notAnnotated");
            annotates.notAnnotated().forEach(absent::add);
        }
        if (annotates.type()) {
            root.set("types", breakdown(scores.byType()));
        }
        if (annotates.attribution()) {
            root.set("attributions", breakdown(scores.byAttribution()));
        }
        if (annotates.registry()) {
            root.set("sides", breakdown(scores.bySide()));
        }
        root.set("attributes", attributes(scores, annotates));
        rejected(root, scores);
        root.set("ranking", ranking(scores));
        ArrayNode failures = root.putArray("failures");
        for (DocumentFailure f : report.failures().values()) {
            failures.add(NODES.objectNode().put("doc", f.doc()).put("reason", f.reason()));
        }
        ArrayNode notRun = root.putArray("notRun");
        report.notRun().forEach(notRun::add);
        if (report.predictions() != null) {
            ObjectNode p = root.putObject("predictions");
            p.put("file", report.predictions().file());
            p.put("sha256", report.predictions().sha256());
            p.put("claims", report.predictions().size());
            p.put("skippedLines", report.predictions().skippedLines());
            p.put("rejected", report.predictions().rejectedCount());
            ObjectNode alignment = p.putObject("alignment");
            for (Map.Entry<AlignmentMethod, Integer> e : report.predictions().alignmentCounts().entrySet()) {
                alignment.put(e.getKey().json(), e.getValue());
            }
        }
        ArrayNode warnings = root.putArray("warnings");
        report.warnings().forEach(warnings::add);
        if (report.intervals() != null) {
            root.set("intervals", intervals(report.intervals()));
        }
        if (report.timing() != null) {
            root.set("timing", NODES.objectNode()
                    .put("extractMillis", report.timing().extractMillis())
                    .put("scoreMillis", report.timing().scoreMillis())
                    .put("totalMillis", report.timing().totalMillis()));
        }
        return root;
    }

    private static ObjectNode configuration(ScoreReport report) {
        var match = report.scores().config().match();
        ObjectNode c = NODES.objectNode();
        c.put("match", match.mode().json());
        c.put("iou", match.iou());
        c.put("subset", report.scores().config().subset().json());
        c.put("extractorSource", report.settings().source());
        c.put("threads", report.settings().threads());
        c.put("timeoutSeconds", report.settings().timeoutSeconds());
        c.put("failFast", report.settings().failFast());
        c.put("lenient", report.settings().lenient());
        c.put("skippedLines", report.skippedLines());
        c.put("training", report.settings().training());
        return c;
    }

    public static ObjectNode counts(Counts c) {
        return NODES.objectNode()
                .put("tp", c.tp()).put("fp", c.fp()).put("fn", c.fn())
                .put("precision", c.precision()).put("recall", c.recall()).put("f1", c.f1());
    }

    private static ArrayNode documents(ScoreReport report) {
        ArrayNode docs = NODES.arrayNode();
        for (DocumentScore d : report.scores().documents()) {
            ObjectNode row = counts(d.counts());
            row.put("doc", d.doc());
            DocumentFailure failure = report.failures().get(d.doc());
            if (failure != null) {
                row.put("status", "failed");
                row.put("error", failure.reason());
            } else if (report.notRun().contains(d.doc())) {
                row.put("status", "not-run");
            } else {
                row.put("status", "ok");
            }
            docs.add(row);
        }
        return docs;
    }

    private static ObjectNode breakdown(Breakdown breakdown) {
        ObjectNode node = NODES.objectNode();
        breakdown.rows().forEach((key, counts) -> node.set(key, counts(counts)));
        return node;
    }

    private static ObjectNode attributes(Scores scores, Annotates annotates) {
        var a = scores.attributes();
        ObjectNode node = NODES.objectNode();
        if (annotates.claimants()) {
            node.set("claimant", accuracy(a.claimant()));
            node.set("claimAndClaimant", counts(a.strict()));
        }
        if (annotates.registry()) {
            node.set("side", accuracy(a.side()));
        }
        if (annotates.type()) {
            node.set("type", accuracy(a.type()));
        }
        if (annotates.quantities()) {
            node.set("quantities", counts(a.quantities()));
        }
        if (annotates.claimants()) {
            node.set("mention", spanScore(a.mention()));
        }
        if (annotates.cue()) {
            node.set("cue", spanScore(a.cue()));
        }
        if (annotates.claimants() && annotates.cue()) {
            node.set("fullRelation", counts(a.relation()));
        }
        return node;
    }

    /** Exact and overlap span F1 of the claimant mention or cue of matched pairs, and how often it was given. */
    private static ObjectNode spanScore(SpanScore s) {
        ObjectNode node = NODES.objectNode();
        node.set("exact", counts(s.exact()));
        node.set("overlap", counts(s.overlap()));
        node.set("coverage", accuracy(s.coverage()));
        return node;
    }

    /** Claims that could not be placed, each a counted false positive: under {@code unaligned} and {@code invalid}. */
    private static void rejected(ObjectNode root, Scores scores) {
        ArrayNode unaligned = root.putArray("unaligned");
        ArrayNode invalid = root.putArray("invalid");
        for (DocumentScore d : scores.documents()) {
            for (Rejection r : d.rejected()) {
                (r.reason() == Rejection.Reason.UNALIGNED ? unaligned : invalid).add(rejection(r));
            }
        }
    }

    static ObjectNode rejection(Rejection r) {
        ObjectNode node = NODES.objectNode().put("doc", r.doc()).put("reason", r.reason().json())
                .put("message", r.message());
        if (r.text() != null) {
            node.put("text", r.text());
        }
        if (r.line() > 0) {
            node.put("line", r.line());
        }
        if (r.index() > 0) {
            node.put("index", r.index());
        }
        return node;
    }

    /**
     * Average precision and the precision-recall points, predictions ranked by score. Predictions without a
     * score (rejected ones among them) rank last; how many there are is said, not hidden in the curve.
     */
    private static ObjectNode ranking(Scores scores) {
        ObjectNode node = NODES.objectNode();
        long unscored = RankingNote.unscored(scores);
        node.put("scored", scores.micro().predicted() - unscored);
        node.put("unscored", unscored);
        Optional<PrecisionRecallCurve> curve = PrecisionRecallCurve.of(scores);
        if (curve.isEmpty()) {
            node.put("note", "no prediction carries a score: nothing to rank, no average precision");
            return node;
        }
        node.put("averagePrecision", curve.get().averagePrecision());
        if (unscored > 0) {
            node.put("note", RankingNote.text(unscored));
        }
        ArrayNode points = node.putArray("points");
        for (PrecisionRecallCurve.Point p : curve.get().points()) {
            ObjectNode point = points.addObject();
            if (p.threshold() == null) {
                point.putNull("threshold");
            } else {
                point.put("threshold", p.threshold());
            }
            point.put("tp", p.tp()).put("fp", p.fp()).put("precision", p.precision()).put("recall", p.recall());
        }
        return node;
    }

    private static ObjectNode accuracy(Accuracy a) {
        return NODES.objectNode()
                .put("accuracy", a.accuracy()).put("correct", a.correct())
                .put("covered", a.covered()).put("coverage", a.coverage()).put("matched", a.matched());
    }

    private static ObjectNode intervals(Intervals i) {
        ObjectNode node = NODES.objectNode();
        node.put("level", i.level()).put("resamples", i.resamples()).put("seed", i.seed()).put("unit", i.unit());
        node.set("precision", interval(i.precision()));
        node.set("recall", interval(i.recall()));
        node.set("f1", interval(i.f1()));
        return node;
    }

    private static ObjectNode interval(Interval i) {
        return NODES.objectNode().put("estimate", i.estimate()).put("low", i.low()).put("high", i.high());
    }
}
