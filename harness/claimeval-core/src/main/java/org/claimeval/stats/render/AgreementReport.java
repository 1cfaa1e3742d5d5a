package org.claimeval.stats.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimeval.model.Annotates;
import org.claimeval.report.Decimals;
import org.claimeval.report.JsonReport;
import org.claimeval.report.Markdown;
import org.claimeval.report.Table;
import org.claimeval.score.Counts;
import org.claimeval.stats.Agreement;
import org.claimeval.stats.CohensKappa;
import org.claimeval.stats.Disagreement;

/** Renders an {@link Agreement} as a table, Markdown or JSON (keys sorted). */
public final class AgreementReport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AgreementReport() {
    }

    public static String render(Agreement agreement, StatsFormat format) {
        return switch (format) {
            case JSON -> JsonReport.write(tree(agreement, Annotates.EVERYTHING));
            case TABLE -> text(agreement, false, true, "##", Annotates.EVERYTHING);
            case MARKDOWN -> text(agreement, true, true, "##", Annotates.EVERYTHING);
        };
    }

    /**
     * The measures and the counted kinds of difference, without the list of every disagreement: what a
     * datasheet shows ({@code claimeval stats --agreement}), its Markdown headings one level down so that it
     * can sit inside a datasheet section.
     */
    public static String summary(Agreement agreement, boolean markdown) {
        return text(agreement, markdown, false, "###", Annotates.EVERYTHING);
    }

    /** The full report of one pair of a dataset with the given profile. */
    static String text(Agreement g, boolean markdown, Annotates annotates) {
        return text(g, markdown, true, "##", annotates);
    }

    /**
     * @param heading   the Markdown heading of the title; sections get one level more
     * @param annotates the rows of attributes the dataset annotates are shown; the others are absent, not 0
     */
    private static String text(Agreement g, boolean markdown, boolean withList, String heading, Annotates annotates) {
        String section = heading + "#";
        Table spans = new Table("span match", "both", "only A", "only B", "P (B vs A)", "R (B vs A)", "F1");
        spans.row(spanRow("exact", g.exact()));
        spans.row(spanRow("overlap (IoU >= 0.5)", g.overlap()));

        Table attributes = new Table("on overlap-matched pairs", "agree", "pairs", "share", "kappa", "p_o", "p_e");
        if (annotates.claimants()) {
            attributes.row(shareRow("claimant", g.claimant(), g));
        }
        if (annotates.attribution()) {
            attributes.row(kappaRow("attribution", g.attribution(), g, g.attributionKappa()));
        }
        if (annotates.type()) {
            attributes.row(kappaRow("type", g.type(), g, g.typeKappa()));
        }
        if (annotates.claimants()) {
            attributes.row(shareRow("claimant mention", g.mention(), g));
        }
        if (annotates.cue()) {
            attributes.row(shareRow("cue", g.cue(), g));
        }
        if (annotates.registry()) {
            attributes.row(shareRow("via", g.via(), g));
        }
        if (annotates.quote()) {
            attributes.row(shareRow("quote", g.quote(), g));
        }
        String absent = annotates.notAnnotated().isEmpty() ? "" : "Not annotated by the dataset, so not compared: "
                + String.join(", ", annotates.notAnnotated()) + ".";
        Table quantities = new Table("quantities of B vs A", "both", "only A", "only B", "P", "R", "F1");
        quantities.row(spanRow("(value, unit, bound)", g.quantities()));
        Table clusters = new Table("clusters: claim pairs sharing a key, B vs A", "both", "only A", "only B", "P", "R",
                "F1");
        clusters.row(spanRow("pairwise", g.clusters()));

        Table kinds = new Table("field", "how B differs", "count", "A's claimants");
        for (Agreement.Explanation e : g.explanations()) {
            kinds.row(e.field(), e.how(), Long.toString(e.count()), String.join(", ", e.claimants().entrySet().stream()
                    .map(c -> c.getKey() + " " + c.getValue()).toList()));
        }

        Table disagreements = new Table("doc", "kind", "A", "B", "A span", "B span", "differences", "text");
        for (Disagreement d : g.disagreements()) {
            disagreements.row(d.doc(), d.kind(), orDash(d.idA()), orDash(d.idB()), span(d.startA(), d.endA()),
                    span(d.startB(), d.endB()), d.differences().isEmpty() ? "-" : String.join("; ", d.differences()),
                    shorten(d.text()));
        }

        String title = "claimeval agree: A = " + g.nameA() + ", B = " + g.nameB() + " on " + g.dataset();
        String note = "A is taken as gold, B as predictions; B's claimants are translated into A's registry. "
                + "Kappa is Cohen's; with a single category or no pairs it is 1.0.";
        StringBuilder sb = new StringBuilder();
        if (markdown) {
            sb.append(heading).append(' ').append(Markdown.escape(title)).append("\n\n").append(Markdown.escape(note)).append("\n\n");
            sb.append(section).append(" Spans\n\n").append(spans.toMarkdown()).append('\n');
            sb.append(section).append(" Attributes\n\n").append(attributes.toMarkdown()).append('\n');
            if (annotates.quantities()) {
                sb.append(quantities.toMarkdown()).append('\n');
            }
            if (annotates.clusters()) {
                sb.append(clusters.toMarkdown()).append('\n');
            }
            if (!absent.isEmpty()) {
                sb.append(Markdown.escape(absent)).append("\n\n");
            }
            sb.append(section).append(" Differences of matched pairs, by kind\n\n").append(kinds.toMarkdown());
            if (withList) {
                sb.append('\n').append(section).append(" Disagreements (").append(g.disagreements().size()).append(")\n\n");
                sb.append(disagreements.toMarkdown());
            }
        } else {
            sb.append(title).append('\n').append("=".repeat(title.length())).append("\n\n").append(note).append("\n\n");
            sb.append("Spans\n").append(spans.toText()).append('\n');
            sb.append("Attributes\n").append(attributes.toText()).append('\n');
            if (annotates.quantities()) {
                sb.append(quantities.toText()).append('\n');
            }
            if (annotates.clusters()) {
                sb.append(clusters.toText()).append('\n');
            }
            if (!absent.isEmpty()) {
                sb.append(absent).append("\n\n");
            }
            sb.append("Differences of matched pairs, by kind\n").append(kinds.toText());
            if (withList) {
                sb.append("\nDisagreements (").append(g.disagreements().size()).append(")\n").append(disagreements.toText());
            }
        }
        return sb.toString();
    }

    private static String[] spanRow(String name, Counts c) {
        return new String[] {name, Long.toString(c.tp()), Long.toString(c.fn()), Long.toString(c.fp()),
                Decimals.score(c.precision()), Decimals.score(c.recall()), Decimals.score(c.f1())};
    }

    private static String[] shareRow(String name, long agreed, Agreement g) {
        return new String[] {name, Long.toString(agreed), Long.toString(g.pairs()), Decimals.score(g.share(agreed)),
                "", "", ""};
    }

    private static String[] kappaRow(String name, long agreed, Agreement g, CohensKappa k) {
        return new String[] {name, Long.toString(agreed), Long.toString(g.pairs()), Decimals.score(g.share(agreed)),
                Decimals.score(k.kappa()), Decimals.score(k.observed()), Decimals.score(k.expected())};
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    private static String span(Integer start, Integer end) {
        return start == null ? "-" : start + "-" + end;
    }

    /** Table cells keep the first 60 code points of a claim; JSON has the full text. */
    private static String shorten(String text) {
        String oneLine = text.replace('\n', ' ');
        int limit = 60;
        if (oneLine.codePointCount(0, oneLine.length()) <= limit) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, limit - 1)) + "…";
    }

    public static ObjectNode tree(Agreement g) {
        return tree(g, Annotates.EVERYTHING);
    }

    /** Keys of attributes the dataset does not annotate are left out. */
    public static ObjectNode tree(Agreement g, Annotates annotates) {
        ObjectNode root = NODES.objectNode();
        root.put("a", g.nameA());
        root.put("b", g.nameB());
        root.put("dataset", g.dataset());
        root.set("exact", JsonReport.counts(g.exact()));
        root.set("overlap", JsonReport.counts(g.overlap()));
        root.put("pairs", g.pairs());
        if (annotates.claimants()) {
            root.set("claimant", share(g, g.claimant()));
            root.set("mention", share(g, g.mention()));
        }
        if (annotates.attribution()) {
            root.set("attribution", share(g, g.attribution()).set("kappa", kappa(g.attributionKappa())));
        }
        if (annotates.type()) {
            root.set("type", share(g, g.type()).set("kappa", kappa(g.typeKappa())));
        }
        if (annotates.cue()) {
            root.set("cue", share(g, g.cue()));
        }
        if (annotates.registry()) {
            root.set("via", share(g, g.via()));
        }
        if (annotates.quote()) {
            root.set("quote", share(g, g.quote()));
        }
        if (annotates.quantities()) {
            root.set("quantities", JsonReport.counts(g.quantities()));
        }
        if (annotates.clusters()) {
            root.set("clusters", JsonReport.counts(g.clusters()));
        }
        ArrayNode kinds = root.putArray("differenceKinds");
        for (Agreement.Explanation e : g.explanations()) {
            ObjectNode node = kinds.addObject().put("field", e.field()).put("how", e.how()).put("count", e.count());
            ObjectNode claimants = node.putObject("claimants");
            e.claimants().forEach(claimants::put);
        }
        ArrayNode list = root.putArray("disagreements");
        for (Disagreement d : g.disagreements()) {
            ObjectNode node = list.addObject();
            node.put("doc", d.doc()).put("kind", d.kind()).put("idA", d.idA()).put("idB", d.idB())
                    .put("startA", d.startA()).put("endA", d.endA()).put("startB", d.startB()).put("endB", d.endB())
                    .put("text", d.text());
            ArrayNode differences = node.putArray("differences");
            d.differences().forEach(differences::add);
        }
        return root;
    }

    private static ObjectNode share(Agreement g, long agreed) {
        return NODES.objectNode().put("agree", agreed).put("pairs", g.pairs()).put("share", g.share(agreed));
    }

    private static ObjectNode kappa(CohensKappa k) {
        return NODES.objectNode().put("kappa", k.kappa()).put("observed", k.observed()).put("expected", k.expected())
                .put("items", k.items());
    }
}
