package org.claimeval.stats.render;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimeval.report.Decimals;
import org.claimeval.report.JsonReport;
import org.claimeval.report.Markdown;
import org.claimeval.report.Table;
import org.claimeval.stats.Comparison;
import org.claimeval.stats.Interval;
import org.claimeval.stats.Intervals;

/** Renders a {@link Comparison} as a table, Markdown or JSON (keys sorted, so seeded runs are byte-identical). */
public final class ComparisonReport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ComparisonReport() {
    }

    public static String render(Comparison c, StatsFormat format) {
        return switch (format) {
            case JSON -> JsonReport.write(tree(c));
            case TABLE -> text(c, false);
            case MARKDOWN -> text(c, true);
        };
    }

    private static String text(Comparison c, boolean markdown) {
        Intervals ia = c.bootstrap().a();
        Table t = new Table("system", "TP", "FP", "FN", "P", "R", "F1", "F1 " + percent(ia.level()) + " interval");
        t.row(row(c.a(), ia));
        t.row(row(c.b(), c.bootstrap().b()));
        Interval d = c.bootstrap().deltaF1();
        t.row("ΔF1 (a - b)", "", "", "", "", "", Decimals.signed(d.estimate()),
                "[" + Decimals.signed(d.low()) + ", " + Decimals.signed(d.high()) + "]");
        String tests = String.format(java.util.Locale.ROOT,
                "Paired bootstrap: %d resamples of %s, seed %d, p = %.4f. Approximate randomization: %d trials, "
                        + "seed %d, p = %.4f.", ia.resamples(), ia.unit(), ia.seed(), c.bootstrap().pValue(),
                c.randomization().trials(), c.randomization().seed(), c.randomization().pValue());
        StringBuilder sb = new StringBuilder();
        if (markdown) {
            sb.append("## claimeval compare: ").append(Markdown.escape(c.a().label())).append(" vs ")
                    .append(Markdown.escape(c.b().label())).append("\n\n");
            sb.append("**").append(Markdown.escape(c.verdict())).append("**\n\n");
            sb.append(t.toMarkdown()).append('\n');
            sb.append(Markdown.escape(tests)).append("\n\n");
            sb.append("- a: ").append(Markdown.code(c.a().signature())).append("\n");
            sb.append("- b: ").append(Markdown.code(c.b().signature())).append("\n");
        } else {
            sb.append(c.verdict()).append("\n\n");
            sb.append(t.toText()).append('\n');
            sb.append(tests).append("\n\n");
            sb.append("a: ").append(c.a().signature()).append('\n');
            sb.append("b: ").append(c.b().signature()).append('\n');
        }
        return sb.toString();
    }

    private static String[] row(Comparison.Competitor s, Intervals i) {
        var m = s.micro();
        return new String[] {s.label(), Long.toString(m.tp()), Long.toString(m.fp()), Long.toString(m.fn()),
                Decimals.score(m.precision()), Decimals.score(m.recall()), Decimals.score(m.f1()),
                "[" + Decimals.score(i.f1().low()) + ", " + Decimals.score(i.f1().high()) + "]"};
    }


    private static String percent(double level) {
        return String.format(java.util.Locale.ROOT, "%.0f%%", level * 100);
    }

    public static ObjectNode tree(Comparison c) {
        ObjectNode root = NODES.objectNode();
        root.set("a", system(c.a(), c.bootstrap().a()));
        root.set("b", system(c.b(), c.bootstrap().b()));
        root.set("deltaF1", interval(c.bootstrap().deltaF1()));
        Intervals i = c.bootstrap().a();
        root.set("pairedBootstrap", NODES.objectNode()
                .put("level", i.level()).put("resamples", i.resamples()).put("seed", i.seed()).put("unit", i.unit())
                .put("pValue", c.bootstrap().pValue()));
        root.set("approximateRandomization", NODES.objectNode()
                .put("trials", c.randomization().trials()).put("seed", c.randomization().seed())
                .put("atLeastAsLarge", c.randomization().atLeastAsLarge()).put("pValue", c.randomization().pValue()));
        root.put("alpha", c.alpha());
        root.put("significant", c.significant());
        root.put("verdict", c.verdict());
        return root;
    }

    private static ObjectNode system(Comparison.Competitor s, Intervals i) {
        ObjectNode node = NODES.objectNode();
        node.put("label", s.label());
        node.put("signature", s.signature());
        node.set("micro", JsonReport.counts(s.micro()));
        node.set("intervals", NODES.objectNode()
                .<ObjectNode>set("precision", interval(i.precision()))
                .<ObjectNode>set("recall", interval(i.recall()))
                .set("f1", interval(i.f1())));
        return node;
    }

    /** An interval as {@code {estimate, low, high}}, the shape every report uses. */
    public static ObjectNode interval(Interval i) {
        return NODES.objectNode().put("estimate", i.estimate()).put("low", i.low()).put("high", i.high());
    }
}
