package org.claimeval.report;

import java.util.Locale;
import java.util.Map;
import org.claimeval.extract.AlignmentMethod;
import org.claimeval.extract.DocumentFailure;
import org.claimeval.model.Annotates;
import org.claimeval.score.Accuracy;
import org.claimeval.score.Breakdown;
import org.claimeval.score.Counts;
import org.claimeval.score.DocumentScore;
import org.claimeval.score.Rejection;
import org.claimeval.score.Scores;

/**
 * The readable report: the same sections as plain text for a terminal or as Markdown for a CI job summary.
 */
public final class HumanReport {
    /** Plain text for a terminal, or Markdown. */
    public enum Style { TEXT, MARKDOWN }

    private final Style style;
    private final StringBuilder out = new StringBuilder();

    private HumanReport(Style style) {
        this.style = style;
    }

    public static String render(ScoreReport report, Style style) {
        return new HumanReport(style).write(report);
    }

    private String write(ScoreReport report) {
        Scores s = report.scores();
        heading("claimeval: " + report.extractor() + " on " + report.dataset().signature());
        if (style == Style.MARKDOWN) {
            out.append(Markdown.codeBlock(report.signature())).append('\n');
        } else {
            paragraph(report.signature());
        }

        paragraph("Training: " + report.settings().training() + (report.settings().lenient()
                ? "; lenient: " + report.skippedLines() + " line(s) skipped (not claims)" : "") + ".");
        Table summary = countsTable("");
        summary.row(with("micro", s.micro()));
        summary.row("macro", "", "", "", Decimals.score(s.macro().precision()), Decimals.score(s.macro().recall()), Decimals.score(s.macro().f1()));
        section("Scores", summary);
        if (report.intervals() != null) {
            var i = report.intervals();
            paragraph(String.format(Locale.ROOT, "%.0f%% bootstrap intervals (%d resamples of %s, seed %d): "
                            + "P %s, R %s, F1 %s", i.level() * 100, i.resamples(), i.unit(), i.seed(),
                    i.precision(), i.recall(), i.f1()));
        }

        Table docs = countsTable("document");
        for (DocumentScore d : s.documents()) {
            DocumentFailure failure = report.failures().get(d.doc());
            String name = failure != null ? d.doc() + " (failed)"
                    : report.notRun().contains(d.doc()) ? d.doc() + " (not run)" : d.doc();
            docs.row(with(name, d.counts()));
        }
        section("Documents", docs);
        Annotates annotates = report.dataset().annotates();
        if (annotates.type()) {
            section("By type", breakdown(s.byType()));
        }
        if (annotates.attribution()) {
            section("By attribution", breakdown(s.byAttribution()));
        }
        if (annotates.registry()) {
            section("By claimant side", breakdown(s.bySide()));
        }

        var a = s.attributes();
        Table attributes = new Table("attribute", "correct", "given", "matched", "accuracy");
        if (annotates.claimants()) {
            attributes.row(accuracy("claimant", a.claimant()));
        }
        if (annotates.registry()) {
            attributes.row(accuracy("claimant side", a.side()));
        }
        if (annotates.type()) {
            attributes.row(accuracy("type", a.type()));
        }
        if (annotates.claimants() || annotates.type()) {
            section("Attributes of matched claims", attributes);
        }
        Table strict = countsTable("");
        if (annotates.quantities()) {
            strict.row(with("quantities", a.quantities()));
        }
        if (annotates.claimants()) {
            strict.row(with("claim + claimant", a.strict()));
        }
        if (annotates.cue() && annotates.claimants()) {
            strict.row(with("full relation (claim, claimant, cue)", a.relation()));
        }
        if (annotates.quantities() || annotates.claimants()) {
            section("Quantities and claim + claimant", strict);
        }
        if (annotates.claimants() || annotates.cue()) {
            Table spans = countsTable("span of matched claims");
            if (annotates.claimants()) {
                spans.row(with("claimant mention, exact", a.mention().exact()));
                spans.row(with("claimant mention, overlap", a.mention().overlap()));
            }
            if (annotates.cue()) {
                spans.row(with("cue, exact", a.cue().exact()));
                spans.row(with("cue, overlap", a.cue().overlap()));
            }
            section("Claimant mention and cue spans", spans);
            paragraph("Coverage (gold span given by the prediction): mention " + Decimals.score(a.mention().coverage().coverage())
                    + ", cue " + Decimals.score(a.cue().coverage().coverage()) + ".");
        }
        long unscored = RankingNote.unscored(s);
        if (unscored > 0 && unscored < s.micro().predicted()) {
            paragraph(RankingNote.text(unscored));
        }
        if (!annotates.notAnnotated().isEmpty()) {
            paragraph("Not annotated by " + report.dataset().name() + ", so not scored (absent, not 0): "
                    + String.join(", ", annotates.notAnnotated()) + ".");
        }

        Table rejected = new Table("document", "reason", "where", "text", "why");
        for (DocumentScore d : s.documents()) {
            for (Rejection r : d.rejected()) {
                rejected.row(r.doc(), r.reason().json(), r.where(), r.text() == null ? "" : shorten(r.text()), r.message());
            }
        }
        if (!rejected.isEmpty()) {
            section("Claims that could not be placed (false positives)", rejected);
        }
        if (!report.warnings().isEmpty()) {
            paragraph("Warnings: " + String.join("; ", report.warnings()) + ".");
        }
        if (!report.failures().isEmpty() || !report.notRun().isEmpty()) {
            Table failures = new Table("document", "failure");
            report.failures().values().forEach(f -> failures.row(f.doc(), f.reason()));
            report.notRun().forEach(doc -> failures.row(doc, "not run (--fail-fast)"));
            section("Extractor failures (scored as no predictions)", failures);
        }
        if (report.predictions() != null) {
            Table p = new Table("offsets from", "claims");
            for (Map.Entry<AlignmentMethod, Integer> e : report.predictions().alignmentCounts().entrySet()) {
                p.row(e.getKey().json(), Integer.toString(e.getValue()));
            }
            section("Predictions " + report.predictions().file() + " (" + report.predictions().skippedLines()
                    + " lines skipped, " + report.predictions().rejectedCount() + " claims could not be placed)", p);
        }
        if (report.timing() != null) {
            paragraph(String.format(Locale.ROOT, "Time: extract %d ms, score %d ms, total %d ms.",
                    report.timing().extractMillis(), report.timing().scoreMillis(), report.timing().totalMillis()));
        }
        return out.toString();
    }

    /** Long texts cut for a table cell. */
    private static String shorten(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
    }

    static Table countsTable(String firstColumn) {
        return new Table(firstColumn, "TP", "FP", "FN", "precision", "recall", "F1");
    }

    static String[] with(String name, Counts c) {
        return new String[] {name, Long.toString(c.tp()), Long.toString(c.fp()), Long.toString(c.fn()),
                Decimals.score(c.precision()), Decimals.score(c.recall()), Decimals.score(c.f1())};
    }

    private static Table breakdown(Breakdown b) {
        Table t = countsTable(b.dimension());
        b.rows().forEach((key, counts) -> t.row(with(key, counts)));
        return t;
    }

    private static String[] accuracy(String name, Accuracy a) {
        return new String[] {name, Long.toString(a.correct()), Long.toString(a.covered()), Long.toString(a.matched()),
                Decimals.score(a.accuracy())};
    }

    private void heading(String text) {
        if (style == Style.MARKDOWN) {
            out.append("## ").append(Markdown.escape(text)).append("\n\n");
        } else {
            out.append(text).append('\n').append("=".repeat(text.length())).append("\n\n");
        }
    }

    private void paragraph(String text) {
        out.append(style == Style.MARKDOWN ? Markdown.escape(text) : text).append("\n\n");
    }

    private void section(String title, Table table) {
        if (style == Style.MARKDOWN) {
            out.append("### ").append(Markdown.escape(title)).append("\n\n").append(table.toMarkdown()).append('\n');
        } else {
            out.append(title).append('\n').append(table.toText()).append('\n');
        }
    }
}
