package org.claimeval.stats.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.claimeval.report.Decimals;
import org.claimeval.report.JsonReport;
import org.claimeval.report.Markdown;
import org.claimeval.report.Table;
import org.claimeval.stats.Comparison;
import org.claimeval.stats.Interval;
import org.claimeval.stats.Intervals;

/**
 * Renders the comparisons of {@code compare} (every system against the first) as a table, Markdown or JSON
 * (keys sorted, so seeded runs are byte-identical): the verdicts first, then one row per system.
 */
public final class ComparisonReport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ComparisonReport() {
    }

    public static String render(List<Comparison> comparisons, StatsFormat format) {
        return switch (format) {
            case JSON -> JsonReport.write(tree(comparisons));
            case TABLE -> text(comparisons, false);
            case MARKDOWN -> text(comparisons, true);
        };
    }

    private static String text(List<Comparison> comparisons, boolean markdown) {
        Comparison first = comparisons.get(0);
        String metric = first.metric();
        Table t = new Table("", "system", "TP", "FP", "FN", metric, "95% interval", "Δ vs a", "Δ interval", "p",
                "Holm p");
        t.row(row("a", first.a(), null));
        for (int i = 0; i < comparisons.size(); i++) {
            t.row(row(letter(i + 1), comparisons.get(i).b(), comparisons.get(i)));
        }
        Intervals ia = first.bootstrap().a();
        String tests = String.format(Locale.ROOT,
                "Δ = a minus the system. Paired bootstrap: %d resamples of %s, seed %d. Approximate randomization: "
                        + "%d trials, seed %d; p-values Holm-corrected over the %d comparison(s) with a.",
                ia.resamples(), ia.unit(), ia.seed(), first.randomization().trials(), first.randomization().seed(),
                comparisons.size());
        StringBuilder sb = new StringBuilder();
        if (markdown) {
            sb.append("## claimeval compare on ").append(Markdown.escape(metric)).append("\n\n");
            comparisons.forEach(c -> sb.append("**").append(Markdown.escape(c.verdict())).append("**\n\n"));
            sb.append(t.toMarkdown()).append('\n');
            sb.append(Markdown.escape(tests)).append("\n\n");
            sb.append("- a: `").append(first.a().signature()).append("`\n");
            for (int i = 0; i < comparisons.size(); i++) {
                sb.append("- ").append(letter(i + 1)).append(": `").append(comparisons.get(i).b().signature()).append("`\n");
            }
        } else {
            comparisons.forEach(c -> sb.append(c.verdict()).append('\n'));
            sb.append('\n').append(t.toText()).append('\n');
            sb.append(tests).append("\n\n");
            sb.append("a: ").append(first.a().signature()).append('\n');
            for (int i = 0; i < comparisons.size(); i++) {
                sb.append(letter(i + 1)).append(": ").append(comparisons.get(i).b().signature()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String[] row(String letter, Comparison.Competitor s, Comparison c) {
        var m = s.counts();
        String delta = c == null ? "" : signed(c.delta());
        String deltaInterval = c == null ? "" : "[" + signed(c.bootstrap().deltaF1().low()) + ", "
                + signed(c.bootstrap().deltaF1().high()) + "]";
        return new String[] {letter, s.label(), Long.toString(m.tp()), Long.toString(m.fp()), Long.toString(m.fn()),
                Decimals.score(s.value()),
                "[" + Decimals.score(s.interval().low()) + ", " + Decimals.score(s.interval().high()) + "]",
                delta, deltaInterval, c == null ? "" : p(c.randomization().pValue()), c == null ? "" : p(c.holmPValue())};
    }

    private static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "s" + (index + 1);
    }

    private static String p(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String signed(double value) {
        return String.format(Locale.ROOT, "%+.3f", value);
    }

    public static ObjectNode tree(List<Comparison> comparisons) {
        Comparison first = comparisons.get(0);
        ObjectNode root = NODES.objectNode();
        root.put("metric", first.metric());
        root.put("alpha", first.alpha());
        root.put("correction", "holm");
        ArrayNode systems = root.putArray("systems");
        systems.add(system(first.a()));
        comparisons.forEach(c -> systems.add(system(c.b())));
        ArrayNode pairs = root.putArray("comparisons");
        for (Comparison c : comparisons) {
            ObjectNode pair = pairs.addObject();
            pair.put("a", c.a().label());
            pair.put("b", c.b().label());
            pair.set("delta", interval(c.bootstrap().deltaF1()));
            Intervals i = c.bootstrap().a();
            pair.set("pairedBootstrap", NODES.objectNode()
                    .put("level", i.level()).put("resamples", i.resamples()).put("seed", i.seed()).put("unit", i.unit())
                    .put("pValue", c.bootstrap().pValue()));
            pair.set("approximateRandomization", NODES.objectNode()
                    .put("trials", c.randomization().trials()).put("seed", c.randomization().seed())
                    .put("atLeastAsLarge", c.randomization().atLeastAsLarge()).put("pValue", c.randomization().pValue())
                    .put("holmPValue", c.holmPValue()));
            pair.put("significant", c.significant());
            pair.put("verdict", c.verdict());
        }
        return root;
    }

    private static ObjectNode system(Comparison.Competitor s) {
        ObjectNode node = NODES.objectNode();
        node.put("label", s.label());
        node.put("signature", s.signature());
        node.set("counts", JsonReport.counts(s.counts()));
        node.put("value", s.value());
        node.set("interval", interval(s.interval()));
        return node;
    }

    public static ObjectNode interval(Interval i) {
        return NODES.objectNode().put("estimate", i.estimate()).put("low", i.low()).put("high", i.high());
    }
}
