package org.claimeval.robustness.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.claimeval.report.Decimals;
import org.claimeval.report.JsonReport;
import org.claimeval.report.Markdown;
import org.claimeval.report.Table;
import org.claimeval.robustness.RobustnessResult;
import org.claimeval.stats.Interval;
import org.claimeval.stats.render.ComparisonReport;
import org.claimeval.stats.render.StatsFormat;

/** Renders a {@link RobustnessResult} as a table, Markdown or JSON (keys in a fixed order: seeded runs are byte-identical). */
public final class RobustnessReport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RobustnessReport() {
    }

    public static String render(RobustnessResult result, String extractor, StatsFormat format) {
        return switch (format) {
            case JSON -> JsonReport.write(tree(result, extractor));
            case TABLE -> text(result, extractor, false);
            case MARKDOWN -> text(result, extractor, true);
        };
    }

    private static String text(RobustnessResult r, String extractor, boolean markdown) {
        Table t = new Table("perturbation", "documents changed", r.metric(), "interval", "drop", "drop interval", "p");
        t.row("(original)", "", Decimals.score(r.original().estimate()), range(r.original()), "", "", "");
        for (RobustnessResult.Family f : r.families()) {
            t.row(f.name(), Long.toString(f.documentsChanged()), Decimals.score(f.score().estimate()),
                    range(f.score()), signed(f.drop().estimate()),
                    "[" + signed(f.drop().low()) + ", " + signed(f.drop().high()) + "]",
                    String.format(Locale.ROOT, "%.3f", f.pValue()));
        }
        String method = String.format(Locale.ROOT, "%s on %s. Intervals: %.0f%% bootstrap, %d resamples of "
                        + "paragraphs (scores) and of documents, paired (drops); rewrites and bootstrap seeded with %d.",
                r.metric(), r.dataset(), r.level() * 100, r.resamples(), r.seed());
        StringBuilder sb = new StringBuilder();
        if (markdown) {
            sb.append("### Robustness of ").append(Markdown.escape(extractor)).append("\n\n");
            sb.append(t.toMarkdown()).append('\n').append(Markdown.escape(method)).append('\n');
        } else {
            sb.append("robustness of ").append(extractor).append("\n\n");
            sb.append(t.toText()).append('\n').append(method).append('\n');
        }
        return sb.toString();
    }

    public static ObjectNode tree(RobustnessResult r, String extractor) {
        ObjectNode root = NODES.objectNode();
        root.put("extractor", extractor);
        root.put("dataset", r.dataset());
        root.put("metric", r.metric());
        root.put("seed", r.seed());
        root.put("resamples", r.resamples());
        root.put("level", r.level());
        root.set("original", ComparisonReport.interval(r.original()));
        ArrayNode families = root.putArray("perturbations");
        for (RobustnessResult.Family f : r.families()) {
            ObjectNode node = families.addObject();
            node.put("name", f.name());
            node.put("description", f.description());
            node.put("documentsChanged", f.documentsChanged());
            node.set("score", ComparisonReport.interval(f.score()));
            node.set("drop", ComparisonReport.interval(f.drop()));
            node.put("pValue", f.pValue());
        }
        return root;
    }

    private static String range(Interval i) {
        return "[" + Decimals.score(i.low()) + ", " + Decimals.score(i.high()) + "]";
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.3f", value);
    }
}
