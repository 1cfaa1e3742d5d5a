package org.claimeval.leaderboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.claimeval.report.ClaimevalVersion;
import org.claimeval.report.Decimals;
import org.claimeval.report.Html;
import org.claimeval.report.JsonReport;
import org.claimeval.report.ScoreReport;
import org.claimeval.report.Table;
import org.claimeval.stats.Bootstrap;

/**
 * Renders a {@link Leaderboard}: a console table, Markdown (for a README or a CI job summary), JSON (keys
 * sorted) and a self-contained HTML page with the table and a chart of headline F1 against documents per
 * second. Speed is a timing field: {@code withTiming = false} leaves it out, so the output is byte-identical
 * across runs.
 */
public final class LeaderboardReport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The mark of a system significantly worse than the top row. */
    public static final String WORSE = "▼";

    private LeaderboardReport() {
    }

    public static String text(Leaderboard board, boolean withTiming) {
        return table(board, withTiming).toText() + "\n" + note(board, withTiming) + "\n";
    }

    public static String markdown(Leaderboard board, boolean withTiming) {
        return table(board, withTiming).toMarkdown() + "\n" + note(board, withTiming) + "\n";
    }

    static Table table(Leaderboard board, boolean withTiming) {
        String level = percent(Bootstrap.DEFAULT_LEVEL);
        List<String> headers = new java.util.ArrayList<>(List.of("#", "system", "claim+claimant F1", level + " interval",
                "span F1 exact", "span F1 overlap", "claimant acc.", "type acc.", "quantity F1"));
        if (withTiming) {
            headers.add("docs/s");
        }
        headers.add("vs #1: Holm p");
        Table t = new Table(headers.toArray(String[]::new));
        for (Leaderboard.Row r : board.rows()) {
            ScoreReport o = r.entry().overlap();
            List<String> cells = new java.util.ArrayList<>(List.of(Integer.toString(r.rank()), r.entry().label(),
                    Decimals.score(r.headline().estimate()),
                    "[" + Decimals.score(r.headline().low()) + ", " + Decimals.score(r.headline().high()) + "]",
                    Decimals.score(r.entry().exact().scores().micro().f1()), Decimals.score(o.scores().micro().f1()),
                    Decimals.score(o.scores().attributes().claimant().accuracy()),
                    Decimals.score(o.scores().attributes().type().accuracy()),
                    Decimals.score(o.scores().attributes().quantities().f1())));
            if (withTiming) {
                cells.add(speed(r.entry().documentsPerSecond()));
            }
            cells.add(r.rank() == 1 ? "-" : String.format(Locale.ROOT, "%.4f%s", r.holmPValue(),
                    r.significantlyWorse() ? " " + WORSE : ""));
            t.row(cells.toArray(String[]::new));
        }
        return t;
    }

    /** Whether a row was cross-validated in folds of several documents ({@code +cvK}). */
    private static boolean anyFolds(Leaderboard board) {
        return board.rows().stream().anyMatch(r -> r.entry().overlap().extractor().version().matches(".*\\+cv\\d+$"));
    }

    static String note(Leaderboard board, boolean withTiming) {
        String dataset = board.rows().isEmpty() ? "" : board.rows().get(0).entry().overlap().dataset().signature();
        return "Ranked by claim+claimant F1: a claim counts only when its span matches (token IoU >= 0.5) and its "
                + "claimant is right. On " + dataset + ", subset all; extractors that learn (+loocv) leave-one-document-out"
                + (anyFolds(board) ? " or (+cvK) in K folds of consecutive documents" : "") + ", the others run once. "
                + "Interval: " + board.resamples() + " paragraph-bootstrap resamples, seed " + board.seed() + ". "
                + WORSE + " = significantly worse than #1 (paired approximate randomization, " + board.trials()
                + " trials, Holm-corrected across rows, alpha " + plain(board.alpha()) + ")."
                + (withTiming ? " Documents/s: " + board.speedSource() + "." : "");
    }

    public static String json(Leaderboard board, boolean withTiming) {
        ObjectNode root = NODES.objectNode();
        root.put("headline", Leaderboard.headlineName());
        root.put("dataset", board.rows().isEmpty() ? "" : board.rows().get(0).entry().overlap().dataset().signature());
        root.set("bootstrap", NODES.objectNode().put("resamples", board.resamples()).put("seed", board.seed())
                .put("unit", "paragraph").put("level", Bootstrap.DEFAULT_LEVEL));
        if (withTiming) {
            root.put("speedSource", board.speedSource());
        }
        root.set("randomization", NODES.objectNode().put("trials", board.trials()).put("seed", board.seed())
                .put("against", "top row").put("correction", "holm").put("alpha", board.alpha()));
        ArrayNode rows = root.putArray("rows");
        for (Leaderboard.Row r : board.rows()) {
            ScoreReport o = r.entry().overlap();
            ObjectNode row = rows.addObject();
            row.put("rank", r.rank());
            row.put("label", r.entry().label());
            row.put("extractor", o.extractor().toString());
            row.put("signature", o.signature());
            row.set("headline", NODES.objectNode().put("f1", r.headline().estimate()).put("low", r.headline().low())
                    .put("high", r.headline().high()));
            row.set("metrics", NODES.objectNode()
                    .put("claim_claimant.f1", o.scores().attributes().strict().f1())
                    .put("exact.micro.f1", r.entry().exact().scores().micro().f1())
                    .put("micro.f1", o.scores().micro().f1())
                    .put("attributes.claimant.accuracy", o.scores().attributes().claimant().accuracy())
                    .put("attributes.type.accuracy", o.scores().attributes().type().accuracy())
                    .put("quantities.f1", o.scores().attributes().quantities().f1()));
            ObjectNode vsTop = row.putObject("vsTop");
            if (r.rank() == 1) {
                vsTop.putNull("pValue").putNull("holmPValue");
            } else {
                vsTop.put("pValue", r.pValue()).put("holmPValue", r.holmPValue());
            }
            vsTop.put("significantlyWorse", r.significantlyWorse());
            row.put("failedDocuments", o.failures().size() + o.notRun().size());
            if (withTiming) {
                if (Double.isNaN(r.entry().documentsPerSecond())) {
                    row.putNull("documentsPerSecond");
                } else {
                    row.put("documentsPerSecond", r.entry().documentsPerSecond());
                }
            }
        }
        return JsonReport.write(root);
    }

    /** The page: the table, then the speed/accuracy chart. No network, no script, a CSP that forbids both. */
    public static String html(Leaderboard board, boolean withTiming) {
        String title = "claimeval leaderboard";
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"generator\" content=\"claimeval ").append(Html.escape(ClaimevalVersion.full()))
                .append("\">\n<title>").append(title).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
                .append("table{border-collapse:collapse}td,th{padding:.25em .6em;border-bottom:1px solid #ddd;white-space:nowrap}")
                .append("td.n{text-align:right;font-variant-numeric:tabular-nums}.worse{color:#b00}")
                .append("svg text{font-size:11px}\n</style>\n</head>\n<body>\n<h1>").append(title).append("</h1>\n");
        Table t = table(board, withTiming);
        out.append(t.toHtml()).append("<p>").append(Html.escape(note(board, withTiming))).append("</p>\n");
        if (withTiming) {
            out.append("<h2>Headline F1 against documents per second</h2>\n").append(SpeedChart.svg(board.rows()));
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static String speed(double documentsPerSecond) {
        if (Double.isNaN(documentsPerSecond)) {
            return "-";
        }
        String pattern = documentsPerSecond >= 100 ? "%.0f" : documentsPerSecond >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, documentsPerSecond);
    }

    private static String percent(double level) {
        return String.format(Locale.ROOT, "%.0f%%", level * 100);
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
