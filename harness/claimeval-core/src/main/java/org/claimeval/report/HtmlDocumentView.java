package org.claimeval.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.claimeval.model.Claim;
import org.claimeval.model.Claimant;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Document;
import org.claimeval.score.DocumentScore;
import org.claimeval.score.Match;
import org.claimeval.score.Rejection;

/**
 * One document's text with its gold and predicted spans marked.
 *
 * <p>Spans may overlap (a missed gold claim inside a false positive, two predictions on one sentence), so the
 * text is cut at every span edge into segments, and each segment carries one class per mark covering it.
 * The marks use separate visual channels so any overlap stays visible: the background shows the gold side
 * (true positive, missed, or the gold span of a boundary mismatch), a dashed border below shows the predicted
 * span of a boundary mismatch, and a wavy underline shows a false positive. Each segment's title lists every
 * mark covering it with claimant, type and quantities of gold and prediction.
 *
 * <p>Every mark is also listed below the text, with its key; segments name the marks covering them in
 * {@code data-a}, which the page's script uses to highlight a whole mark on hover and to count the marks
 * actually rendered.
 */
final class HtmlDocumentView {
    /** What a mark shows; {@code css} is its class on the mark list, {@code label} its name in the legend. */
    enum Kind {
        TP("tp", "true positive"),
        BOUNDARY("boundary", "boundary mismatch"),
        FP("fp", "false positive"),
        MISSED("fn", "missed");

        final String css;
        final String label;

        Kind(String css, String label) {
            this.css = css;
            this.label = label;
        }
    }

    /** A marked span. A boundary mismatch is one mark with two spans (gold and predicted) sharing a key. */
    private record Span(String key, Kind kind, String segmentClass, boolean goldSide, int start, int end, String detail) {
    }

    /** A mark as listed below the text; {@code wrong} names the attributes a matched prediction got wrong. */
    private record Mark(String key, Kind kind, int start, String summary, String detail, List<String> wrong) {
    }

    private final Document document;
    private final ClaimantRegistry registry;
    private final String keyPrefix;
    private final List<Span> spans = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private List<Rejection> rejected = List.of();

    private HtmlDocumentView(Document document, ClaimantRegistry registry, String keyPrefix) {
        this.document = document;
        this.registry = registry;
        this.keyPrefix = keyPrefix;
    }

    /**
     * The marked text and the mark list of one document.
     *
     * @param keyPrefix makes mark keys unique in the page, e.g. {@code d2-}
     */
    static String render(Document document, DocumentScore score, ClaimantRegistry registry, String keyPrefix) {
        HtmlDocumentView view = new HtmlDocumentView(document, registry, keyPrefix);
        view.collect(score);
        return view.html();
    }

    private void collect(DocumentScore score) {
        int n = 0;
        for (Match m : score.matches()) {
            String key = keyPrefix + "m" + (++n);
            Claim g = m.gold();
            Claim p = m.predicted();
            boolean sameSpan = g.start() == p.start() && g.end() == p.end();
            String detail = (sameSpan ? "true positive" : String.format(Locale.ROOT,
                    "boundary mismatch (true positive, overlap %.2f)", m.similarity()))
                    + "\n" + describe("gold", g) + "\n" + describe("predicted", p);
            List<String> wrong = wrongAttributes(g, p);
            if (sameSpan) {
                add(key, Kind.TP, wrong.isEmpty() ? "g-tp" : "g-tp attr-wrong", true, g, detail);
            } else {
                add(key, Kind.BOUNDARY, wrong.isEmpty() ? "g-bd" : "g-bd attr-wrong", true, g, detail);
                add(key, Kind.BOUNDARY, "p-bd", false, p, detail);
            }
            marks.add(new Mark(key, sameSpan ? Kind.TP : Kind.BOUNDARY, g.start(),
                    label(g) + " ↔ " + label(p), detail, wrong));
        }
        n = 0;
        for (Claim c : score.missed()) {
            String key = keyPrefix + "n" + (++n);
            String detail = "missed\n" + describe("gold", c);
            add(key, Kind.MISSED, "g-fn", true, c, detail);
            marks.add(new Mark(key, Kind.MISSED, c.start(), label(c), detail, List.of()));
        }
        n = 0;
        for (Claim c : score.spurious()) {
            String key = keyPrefix + "s" + (++n);
            String detail = "false positive\n" + describe("predicted", c);
            add(key, Kind.FP, "p-fp", false, c, detail);
            marks.add(new Mark(key, Kind.FP, c.start(), label(c), detail, List.of()));
        }
        marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Mark::key));
        rejected = score.rejected();
    }

    /**
     * The attributes of a matched pair the prediction got wrong or left out, among claimant (aliases resolved),
     * type and attribution; the gold claim's mark then shows it without hovering.
     */
    private List<String> wrongAttributes(Claim gold, Claim predicted) {
        List<String> wrong = new ArrayList<>();
        if (gold.claimant() != null && (predicted.claimant() == null
                || !registry.canonicalId(gold.claimant()).equals(registry.canonicalId(predicted.claimant())))) {
            wrong.add("claimant");
        }
        if (gold.type() != null && !gold.type().equals(predicted.type())) {
            wrong.add("type");
        }
        if (gold.attribution() != null && gold.attribution() != predicted.attribution()) {
            wrong.add("attribution");
        }
        return wrong;
    }

    private void add(String key, Kind kind, String segmentClass, boolean goldSide, Claim c, String detail) {
        // Offsets were checked when the claims were read; clamping only keeps a broken extractor from breaking the page.
        int start = Math.max(0, Math.min(c.start(), document.length()));
        int end = Math.max(start, Math.min(c.end(), document.length()));
        spans.add(new Span(key, kind, segmentClass, goldSide, start, end, detail));
    }

    private String html() {
        StringBuilder out = new StringBuilder();
        out.append("<div class=\"doc-text\">");
        TreeSet<Integer> edges = new TreeSet<>(List.of(0, document.length()));
        for (Span s : spans) {
            edges.add(s.start());
            edges.add(s.end());
        }
        Integer from = null;
        for (int to : edges) {
            if (from != null) {
                segment(out, from, to);
            }
            emptySpansAt(out, to);
            from = to;
        }
        out.append("</div>\n");
        out.append("<details class=\"marks\"><summary>").append(marks.size()).append(" marks</summary><ol>\n");
        for (Mark m : marks) {
            out.append("<li class=\"mk k-").append(m.kind().css).append("\" data-key=\"").append(Html.escape(m.key()))
                    .append("\" data-kind=\"").append(m.kind().css).append("\" title=\"").append(Html.escape(m.detail()))
                    .append("\"><span class=\"swatch k-").append(m.kind().css).append("\"></span>")
                    .append(Html.escape(m.kind().label)).append(": ").append(Html.escape(m.summary()));
            if (!m.wrong().isEmpty()) {
                out.append(" <strong class=\"wrong\">wrong ").append(Html.escape(String.join(", ", m.wrong())))
                        .append("</strong>");
            }
            out.append("</li>\n");
        }
        out.append("</ol></details>\n");
        if (!rejected.isEmpty()) {
            // No span to mark: an invented claim is listed beside the text, and counted among the false positives.
            out.append("<div class=\"rejected\"><p>").append(rejected.size())
                    .append(" claim(s) could not be placed in this text (false positives):</p><ul>\n");
            for (Rejection r : rejected) {
                out.append("<li class=\"rj rj-").append(r.reason().json()).append("\"><strong>").append(r.reason().json())
                        .append("</strong> (").append(Html.escape(r.where())).append(")");
                if (r.text() != null) {
                    out.append(": <q>").append(Html.escape(r.text())).append("</q>");
                }
                out.append(" <span class=\"why\">").append(Html.escape(r.message())).append("</span></li>\n");
            }
            out.append("</ul></div>\n");
        }
        return out.toString();
    }

    private void segment(StringBuilder out, int from, int to) {
        String text = document.slice(from, to);
        List<Span> covering = spans.stream().filter(s -> s.start() <= from && s.end() >= to && s.start() < s.end())
                .toList();
        if (covering.isEmpty()) {
            out.append(Html.escape(text));
            return;
        }
        open(out, covering, false);
        out.append(Html.escape(text)).append("</span>");
    }

    /** A prediction or gold claim with no extent still gets a visible mark where it stands. */
    private void emptySpansAt(StringBuilder out, int at) {
        List<Span> empty = spans.stream().filter(s -> s.start() == at && s.end() == at).toList();
        if (!empty.isEmpty()) {
            open(out, empty, true);
            out.append("⁁</span>");
        }
    }

    private static void open(StringBuilder out, List<Span> covering, boolean empty) {
        TreeSet<String> classes = new TreeSet<>();
        covering.forEach(s -> classes.addAll(List.of(s.segmentClass().split(" "))));
        if (covering.stream().filter(Span::goldSide).map(Span::key).distinct().count() > 1) {
            classes.add("multi");
        }
        if (empty) {
            classes.add("empty");
        }
        String keys = covering.stream().map(Span::key).distinct().sorted().collect(Collectors.joining(" "));
        String title = covering.stream().map(Span::key).distinct().sorted()
                .map(k -> covering.stream().filter(s -> s.key().equals(k)).findFirst().orElseThrow().detail())
                .collect(Collectors.joining("\n\n"));
        out.append("<span class=\"s ").append(String.join(" ", classes)).append("\" data-a=\"").append(Html.escape(keys))
                .append("\" title=\"").append(Html.escape(title)).append("\">");
    }

    private static String label(Claim c) {
        String text = c.text() == null ? "" : c.text();
        String shortText = text.codePointCount(0, text.length()) > 80
                ? text.substring(0, text.offsetByCodePoints(0, 77)) + "..." : text;
        return (c.id() == null ? "" : c.id() + " ") + "[" + c.start() + "," + c.end() + ") \"" + shortText + "\"";
    }

    private String describe(String role, Claim c) {
        StringBuilder sb = new StringBuilder(role);
        if (c.id() != null) {
            sb.append(' ').append(c.id());
        }
        sb.append(" [").append(c.start()).append(',').append(c.end()).append(')');
        sb.append(": claimant ").append(claimant(c.claimant()));
        sb.append(", type ").append(c.type() == null ? "not given" : c.type().json());
        if (c.attribution() != null) {
            sb.append(", ").append(c.attribution().json());
        }
        sb.append(", quantities ").append(c.quantities().isEmpty() ? "none" : QuantityWording.of(c.quantities()));
        if (c.cluster() != null) {
            sb.append(", cluster ").append(c.cluster());
        }
        if (c.score() != null) {
            sb.append(String.format(Locale.ROOT, ", score %.3f", c.score()));
        }
        return sb.toString();
    }

    private String claimant(String idOrName) {
        if (idOrName == null) {
            return "not given";
        }
        if (Claimant.AUTHOR_ID.equals(idOrName)) {
            return "author (the article's own voice)";
        }
        return registry.resolve(idOrName)
                .map(c -> c.side() == null ? c.name() : c.name() + " (" + c.side().json() + ")")
                .orElse(idOrName + " (not in the registry)");
    }
}
