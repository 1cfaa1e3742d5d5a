package org.claimeval.stats.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimeval.report.Decimals;
import org.claimeval.report.JsonReport;
import org.claimeval.report.Markdown;
import org.claimeval.report.Table;
import org.claimeval.stats.Agreement;
import org.claimeval.stats.KrippendorffAlpha;
import org.claimeval.stats.MultiAgreement;

/**
 * Renders a {@link MultiAgreement}: each pair as {@link AgreementReport} does, then Krippendorff's alpha. In
 * JSON, two sets keep the pairwise report's keys at the top (as before there was more than one pair) and gain
 * {@code sets} and {@code alpha}; three or more give {@code sets}, {@code dataset}, {@code pairs} and
 * {@code alpha}.
 */
public final class MultiAgreementReport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MultiAgreementReport() {
    }

    public static String render(MultiAgreement m, StatsFormat format) {
        return switch (format) {
            case JSON -> JsonReport.write(tree(m));
            case TABLE -> text(m, false);
            case MARKDOWN -> text(m, true);
        };
    }

    private static String text(MultiAgreement m, boolean markdown) {
        StringBuilder sb = new StringBuilder();
        for (Agreement pair : m.pairs()) {
            sb.append(AgreementReport.text(pair, markdown, m.annotates())).append('\n');
        }
        Table alpha = new Table("Krippendorff's alpha (nominal)", "alpha", "coders", "units", "pairable values");
        alpha.row(row("tokens: content / source / cue / none", m.tokens()));
        if (m.type() != null) {
            alpha.row(row("type, on matched claims", m.type()));
        }
        if (m.attribution() != null) {
            alpha.row(row("attribution, on matched claims", m.attribution()));
        }
        String note = "Over all " + m.names().size() + " sets (" + String.join(", ", m.names()) + "). A token is "
                + "coded by each set that annotated its document; a claim of " + m.names().get(0)
                + " by the claims the other sets matched to it (overlap). Alpha is 1.0 when nothing could disagree.";
        if (markdown) {
            sb.append("## Krippendorff's alpha\n\n").append(Markdown.escape(note)).append("\n\n").append(alpha.toMarkdown());
        } else {
            sb.append("Krippendorff's alpha\n").append(note).append('\n').append(alpha.toText());
        }
        return sb.toString();
    }

    private static String[] row(String name, KrippendorffAlpha a) {
        return new String[] {name, Decimals.score(a.alpha()), Integer.toString(a.coders()), Long.toString(a.units()),
                Long.toString(a.pairable())};
    }

    public static ObjectNode tree(MultiAgreement m) {
        ObjectNode root;
        if (m.pairs().size() == 1) {
            root = AgreementReport.tree(m.pairs().get(0), m.annotates());
        } else {
            root = NODES.objectNode();
            root.put("dataset", m.dataset());
            ArrayNode pairs = root.putArray("pairs");
            m.pairs().forEach(p -> pairs.add(AgreementReport.tree(p, m.annotates())));
        }
        ArrayNode sets = root.putArray("sets");
        m.names().forEach(sets::add);
        ObjectNode alpha = root.putObject("alpha");
        alpha.set("tokens", alpha(m.tokens()));
        if (m.type() != null) {
            alpha.set("type", alpha(m.type()));
        }
        if (m.attribution() != null) {
            alpha.set("attribution", alpha(m.attribution()));
        }
        return root;
    }

    private static ObjectNode alpha(KrippendorffAlpha a) {
        return NODES.objectNode().put("alpha", a.alpha()).put("coders", a.coders()).put("units", a.units())
                .put("pairable", a.pairable());
    }
}
