package org.claimeval.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimeval.extract.DocumentFailure;
import org.claimeval.model.Document;
import org.claimeval.score.Counts;
import org.claimeval.score.DocumentScore;
import org.claimeval.score.GateCheck;
import org.claimeval.score.Scores;

/**
 * The error analysis as one self-contained HTML page: each document's text with true positives, false
 * positives, missed claims and boundary mismatches marked; the per-type and per-document scores as bar charts;
 * and a precision-recall curve when predictions carry a score.
 *
 * <p>The page loads nothing: CSS and script are inline, charts are inline SVG, and a Content-Security-Policy
 * forbids any fetch, so it can be archived as a CI artifact and opened offline. All text from documents,
 * predictions, the registry and file names is escaped ({@link Html#escape}); the only {@code <script>} element
 * is the page's own, which reads no data but the DOM. The output is deterministic: no timestamps, and timing
 * only when the report carries it.
 *
 * <p>The script counts the marks actually rendered in the texts and writes them to the element
 * {@code #rendered} ({@code data-rendered="true"}, {@code data-tp}, {@code data-boundary}, {@code data-fp},
 * {@code data-fn}); with scripts off that element says so. A browser test compares these counts with the
 * report's.
 */
public final class HtmlReport {
    private static final String CSS = resource("html-report.css");
    private static final String SCRIPT = resource("html-report.js");

    private final StringBuilder out = new StringBuilder();

    private HtmlReport() {
    }

    public static String render(ScoreReport report) {
        return render(report, List.of());
    }

    /** The page, with the gate's checks when the report comes from {@code claimeval gate}. */
    public static String render(ScoreReport report, List<GateCheck> checks) {
        return new HtmlReport().write(report, checks);
    }

    private String write(ScoreReport report, List<GateCheck> checks) {
        Scores s = report.scores();
        String title = "claimeval: " + report.extractor() + " on " + report.dataset().signature();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"claimeval ").append(Html.escape(ClaimevalVersion.full()))
                .append("\">\n<title>").append(Html.escape(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(Html.escape(title)).append("</h1>\n")
                .append("<p class=\"signature\"><code>").append(Html.escape(report.signature())).append("</code></p>\n")
                .append("</header>\n<main>\n");

        summary(report, checks);
        legend(s);
        charts(s);
        documents(report);
        out.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private void summary(ScoreReport report, List<GateCheck> checks) {
        Scores s = report.scores();
        out.append("<section id=\"summary\">\n<h2>Scores</h2>\n<table class=\"counts\">\n")
                .append("<thead><tr><th></th><th>TP</th><th>FP</th><th>FN</th><th>precision</th><th>recall</th>")
                .append("<th>F1</th></tr></thead>\n<tbody>\n");
        countsRow("micro", s.micro(), "micro");
        out.append("<tr><th>macro</th><td></td><td></td><td></td><td>").append(Decimals.score(s.macro().precision()))
                .append("</td><td>").append(Decimals.score(s.macro().recall())).append("</td><td>")
                .append(Decimals.score(s.macro().f1())).append("</td></tr>\n</tbody>\n</table>\n");
        if (report.intervals() != null) {
            var i = report.intervals();
            out.append("<p>").append(Html.escape(String.format(Locale.ROOT,
                    "%.0f%% bootstrap intervals (%d resamples of %s, seed %d): P %s, R %s, F1 %s", i.level() * 100,
                    i.resamples(), i.unit(), i.seed(), i.precision(), i.recall(), i.f1()))).append("</p>\n");
        }
        var a = s.attributes();
        var annotates = report.dataset().annotates();
        if (annotates.notAnnotated().isEmpty()) {
            out.append("<p>Attributes of matched claims: claimant ").append(Decimals.score(a.claimant().accuracy()))
                    .append(", side ").append(Decimals.score(a.side().accuracy())).append(", type ")
                    .append(Decimals.score(a.type().accuracy())).append(" (accuracy). Quantities F1 ")
                    .append(Decimals.score(a.quantities().f1())).append(", claim + claimant F1 ")
                    .append(Decimals.score(a.strict().f1())).append(".</p>\n");
        } else {
            List<String> parts = new java.util.ArrayList<>();
            if (annotates.claimants()) {
                parts.add("claimant " + Decimals.score(a.claimant().accuracy()) + " (accuracy), claim + claimant F1 "
                        + Decimals.score(a.strict().f1()));
            }
            if (annotates.type()) {
                parts.add("type " + Decimals.score(a.type().accuracy()) + " (accuracy)");
            }
            if (annotates.quantities()) {
                parts.add("quantities F1 " + Decimals.score(a.quantities().f1()));
            }
            out.append("<p>Attributes of matched claims: ").append(parts.isEmpty() ? "none annotated"
                    : Html.escape(String.join("; ", parts))).append(". Not annotated by this dataset, so not scored: ")
                    .append(Html.escape(String.join(", ", annotates.notAnnotated()))).append(".</p>\n");
        }
        spanScores(report);
        if (!checks.isEmpty()) {
            out.append("<h3>Gate</h3>\n<ul class=\"gate\">\n");
            for (GateCheck c : checks) {
                out.append("<li class=\"").append(c.passed() ? "pass" : "fail").append("\">")
                        .append(c.passed() ? "✅ " : "❌ ").append(Html.escape(c.message())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        if (report.hasFailures()) {
            out.append("<h3>Extractor failures (scored as no predictions)</h3>\n<ul class=\"failures\">\n");
            for (DocumentFailure f : report.failures().values()) {
                out.append("<li><code>").append(Html.escape(f.doc())).append("</code>: ").append(Html.escape(f.reason()))
                        .append("</li>\n");
            }
            for (String doc : report.notRun()) {
                out.append("<li><code>").append(Html.escape(doc)).append("</code>: not run (--fail-fast)</li>\n");
            }
            out.append("</ul>\n");
        }
        if (report.predictions() != null) {
            out.append("<p>Predictions <code>").append(Html.escape(report.predictions().file())).append("</code> (")
                    .append(report.predictions().skippedLines()).append(" lines skipped, ")
                    .append(report.predictions().rejectedCount()).append(" claims could not be placed).</p>\n");
        }
        long rejected = s.documents().stream().mapToLong(d -> d.rejected().size()).sum();
        out.append("<p id=\"protocol\" data-rejected=\"").append(rejected).append("\" data-skipped=\"")
                .append(report.skippedLines()).append("\">Training: ").append(Html.escape(report.settings().training()))
                .append(". Claims that could not be placed (counted as false positives, listed with their document): ")
                .append(rejected).append(report.settings().lenient() ? ". Lines skipped (--lenient, not claims): "
                        + report.skippedLines() : "").append(".</p>\n");
        for (String w : report.warnings()) {
            out.append("<p class=\"warning\">Warning: ").append(Html.escape(w)).append("</p>\n");
        }
        if (report.timing() != null) {
            out.append("<p>").append(String.format(Locale.ROOT, "Time: extract %d ms, score %d ms, total %d ms.",
                    report.timing().extractMillis(), report.timing().scoreMillis(), report.timing().totalMillis()))
                    .append("</p>\n");
        }
        out.append("<p id=\"rendered\" data-rendered=\"false\">The page script has not run, so the marks were not ")
                .append("counted; the marked texts below are complete without it.</p>\n</section>\n");
    }

    private void countsRow(String label, Counts c, String id) {
        out.append("<tr id=\"").append(id).append("\" data-tp=\"").append(c.tp()).append("\" data-fp=\"").append(c.fp())
                .append("\" data-fn=\"").append(c.fn()).append("\"><th>").append(Html.escape(label)).append("</th><td>")
                .append(c.tp()).append("</td><td>").append(c.fp()).append("</td><td>").append(c.fn()).append("</td><td>")
                .append(Decimals.score(c.precision())).append("</td><td>").append(Decimals.score(c.recall()))
                .append("</td><td>").append(Decimals.score(c.f1())).append("</td></tr>\n");
    }

    private void legend(Scores s) {
        long boundary = s.documents().stream().flatMap(d -> d.matches().stream())
                .filter(m -> m.gold().start() != m.predicted().start() || m.gold().end() != m.predicted().end())
                .count();
        out.append("<section id=\"legend\">\n<h2>Legend</h2>\n<ul class=\"legend\">\n")
                .append("<li><span class=\"s g-tp\">true positive</span> a prediction on exactly the gold span (")
                .append(s.micro().tp() - boundary).append(")</li>\n")
                .append("<li><span class=\"s g-bd\">boundary mismatch, gold span</span> and <span class=\"s p-bd\">")
                .append("predicted span</span>: matched (counted as a true positive) but with other offsets (")
                .append(boundary).append(")</li>\n")
                .append("<li><span class=\"s p-fp\">false positive</span> a prediction matched to no gold claim (")
                .append(s.micro().fp()).append(")</li>\n")
                .append("<li><span class=\"s g-fn\">missed</span> a gold claim no prediction was matched to (")
                .append(s.micro().fn()).append(")</li>\n")
                .append("<li><span class=\"s g-tp multi\">outlined</span> two gold claims overlap here</li>\n")
                .append("<li><span class=\"s g-tp attr-wrong\">red top line</span> matched, but the claimant, type or ")
                .append("attribution is wrong (named in the mark list)</li>\n")
                .append("</ul>\n<p class=\"hint\">Hover over marked text for claimant, type and quantities of the gold ")
                .append("claim and the prediction; hovering highlights the whole mark.</p>\n</section>\n");
    }

    /** Mention, cue and full-relation scores, and the confusion tables of type and claimant side. */
    private void spanScores(ScoreReport report) {
        var a = report.scores().attributes();
        var annotates = report.dataset().annotates();
        if (annotates.claimants() || annotates.cue()) {
            out.append("<p>Spans of matched claims (F1, exact / overlap): ");
            if (annotates.claimants()) {
                out.append("claimant mention ").append(Decimals.score(a.mention().exact().f1())).append(" / ")
                        .append(Decimals.score(a.mention().overlap().f1()));
            }
            if (annotates.cue()) {
                out.append(annotates.claimants() ? "; " : "").append("cue ").append(Decimals.score(a.cue().exact().f1()))
                        .append(" / ").append(Decimals.score(a.cue().overlap().f1()));
            }
            if (annotates.claimants() && annotates.cue()) {
                out.append(". Full relation (claim, claimant and cue) F1 ").append(Decimals.score(a.relation().f1()));
            }
            out.append(".</p>\n");
        }
        long unscored = RankingNote.unscored(report.scores());
        if (unscored > 0 && unscored < report.scores().micro().predicted()) {
            out.append("<p id=\"unscored\" data-unscored=\"").append(unscored).append("\">")
                    .append(Html.escape(RankingNote.text(unscored))).append("</p>\n");
        }
        if (annotates.type()) {
            confusion("Type of matched claims", "type", Confusion.types(report.scores()));
        }
        if (annotates.registry()) {
            confusion("Claimant side of matched claims", "side",
                    Confusion.sides(report.scores(), report.dataset().claimants()));
        }
    }

    private void confusion(String title, String id, Confusion c) {
        out.append("<h3>").append(Html.escape(title)).append("</h3>\n<table class=\"confusion\" id=\"confusion-")
                .append(id).append("\">\n<thead><tr><th>gold \\ predicted</th>");
        c.predicted().forEach(p -> out.append("<th>").append(Html.escape(p)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (String g : c.gold()) {
            out.append("<tr><th>").append(Html.escape(g)).append("</th>");
            for (String p : c.predicted()) {
                out.append("<td").append(g.equals(p) ? " class=\"diag\"" : "").append(">").append(c.count(g, p))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void charts(Scores s) {
        out.append("<section id=\"charts\">\n<h2>Scores by type and by document</h2>\n<div class=\"charts\">\n");
        List<HtmlCharts.Row> types = new ArrayList<>();
        s.byType().rows().forEach((key, counts) -> types.add(new HtmlCharts.Row(key, counts)));
        out.append("<figure>").append(HtmlCharts.bars("precision, recall and F1 by claim type", types))
                .append("<figcaption>By claim type: the gold type for found and missed claims, the predicted type (or (none)) for false positives</figcaption>")
                .append("</figure>\n");
        List<HtmlCharts.Row> docs = new ArrayList<>();
        s.documents().forEach(d -> docs.add(new HtmlCharts.Row(d.doc(), d.counts())));
        out.append("<figure>").append(HtmlCharts.bars("precision, recall and F1 by document", docs))
                .append("<figcaption>By document</figcaption></figure>\n</div>\n");

        out.append("<h2>Precision-recall curve</h2>\n");
        Optional<PrecisionRecallCurve> curve = PrecisionRecallCurve.of(s);
        if (curve.isEmpty()) {
            out.append("<p id=\"pr-none\">No prediction carries a <code>score</code>, so there is nothing to rank by: ")
                    .append("no precision-recall curve or average precision for this run.</p>\n");
        } else {
            PrecisionRecallCurve c = curve.get();
            out.append("<figure>").append(HtmlCharts.curve(c)).append("<figcaption id=\"ap\" data-ap=\"")
                    .append(String.format(Locale.ROOT, "%.6f", c.averagePrecision())).append("\">Average precision ")
                    .append(Decimals.score(c.averagePrecision())).append(" over ").append(c.points().size())
                    .append(" thresholds.</figcaption></figure>\n")
                    .append("<p class=\"hint\">Predictions are ranked by score (unscored ones last) and keep the status ")
                    .append("the one-to-one matching of the whole run gave them; each distinct score is a threshold, ")
                    .append("and recall is taken against all ").append(c.gold()).append(" gold claims. Average ")
                    .append("precision is the step-wise area under the curve, AP = Σ<sub>k</sub> (R<sub>k</sub> − ")
                    .append("R<sub>k−1</sub>) · P<sub>k</sub> with R<sub>0</sub> = 0, without interpolation ")
                    .append("(as scikit-learn's average_precision_score).</p>\n");
        }
        out.append("</section>\n");
    }

    private void documents(ScoreReport report) {
        out.append("<section id=\"documents\">\n<h2>Documents</h2>\n");
        int n = 0;
        for (DocumentScore d : report.scores().documents()) {
            n++;
            Optional<Document> doc = report.dataset().document(d.doc());
            Counts c = d.counts();
            out.append("<article class=\"doc\" id=\"doc-").append(n).append("\" data-doc=\"").append(Html.escape(d.doc()))
                    .append("\">\n<h3>").append(Html.escape(d.doc()));
            doc.map(HtmlReport::firstLine).filter(t -> !t.isBlank())
                    .ifPresent(t -> out.append(" <small>").append(Html.escape(t)).append("</small>"));
            out.append("</h3>\n<p class=\"doc-counts\">TP ").append(c.tp()).append(", FP ").append(c.fp()).append(", FN ")
                    .append(c.fn()).append(": precision ").append(Decimals.score(c.precision())).append(", recall ")
                    .append(Decimals.score(c.recall())).append(", F1 ").append(Decimals.score(c.f1()));
            DocumentFailure failure = report.failures().get(d.doc());
            if (failure != null) {
                out.append(" <strong>(extractor failed: ").append(Html.escape(failure.reason())).append(")</strong>");
            } else if (report.notRun().contains(d.doc())) {
                out.append(" <strong>(not run)</strong>");
            }
            out.append("</p>\n");
            if (doc.isPresent()) {
                out.append(HtmlDocumentView.render(doc.get(), d, report.dataset().claimants(), "d" + n + "-"));
            }
            out.append("</article>\n");
        }
        out.append("</section>\n");
    }

    private static String firstLine(Document d) {
        String text = d.text().strip();
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + HtmlReport.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
