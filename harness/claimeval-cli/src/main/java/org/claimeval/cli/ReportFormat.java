package org.claimeval.cli;

import java.util.List;
import java.util.Locale;
import org.claimeval.report.HtmlReport;
import org.claimeval.report.HumanReport;
import org.claimeval.report.JUnitReport;
import org.claimeval.report.JsonReport;
import org.claimeval.report.Markdown;
import org.claimeval.report.ScoreReport;
import org.claimeval.score.GateCheck;

/** The output formats of a score report. */
enum ReportFormat {
    TABLE, JSON, MARKDOWN, JUNIT, HTML;

    String render(ScoreReport report, List<GateCheck> checks) {
        return render(report, checks, false);
    }

    /** @param details the JSON report's per-document pairs, false positives and misses ({@code --details}) */
    String render(ScoreReport report, List<GateCheck> checks, boolean details) {
        return switch (this) {
            case TABLE -> HumanReport.render(report, HumanReport.Style.TEXT) + gateText(checks);
            case MARKDOWN -> HumanReport.render(report, HumanReport.Style.MARKDOWN) + gateMarkdown(checks);
            case JSON -> JsonReport.render(report, details);
            case JUNIT -> JUnitReport.render(report, checks);
            case HTML -> HtmlReport.render(report, checks);
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static String gateText(List<GateCheck> checks) {
        StringBuilder sb = new StringBuilder();
        for (GateCheck c : checks) {
            sb.append("gate ").append(c.message()).append('\n');
        }
        return sb.toString();
    }

    private static String gateMarkdown(List<GateCheck> checks) {
        if (checks.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("### Gate\n\n");
        for (GateCheck c : checks) {
            sb.append("- ").append(c.passed() ? "✅ " : "❌ ").append(Markdown.escape(c.message())).append('\n');
        }
        return sb.append('\n').toString();
    }
}
