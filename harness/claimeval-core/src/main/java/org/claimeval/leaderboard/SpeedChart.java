package org.claimeval.leaderboard;

import java.util.List;
import java.util.Locale;
import org.claimeval.report.Html;

/**
 * The speed/accuracy trade-off at a glance: an inline SVG with documents per second on a logarithmic x axis
 * (speeds span orders of magnitude) and headline F1 on the y axis, each system a point with its bootstrap
 * interval as a vertical error bar. Systems that were not timed (a predictions file) are listed below it.
 */
final class SpeedChart {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final int LEFT = 56;
    private static final int RIGHT = 24;
    private static final int TOP = 16;
    private static final int BOTTOM = 44;

    private SpeedChart() {
    }

    static String svg(List<Leaderboard.Row> rows) {
        List<Leaderboard.Row> timed = rows.stream().filter(r -> r.entry().documentsPerSecond() > 0).toList();
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"headline F1 against documents per second\">\n");
        double lo = timed.stream().mapToDouble(r -> Math.log10(r.entry().documentsPerSecond())).min().orElse(0);
        double hi = timed.stream().mapToDouble(r -> Math.log10(r.entry().documentsPerSecond())).max().orElse(1);
        // Whole decades around the data, at least one wide, so a single system sits inside the plot.
        double from = Math.floor(lo);
        double to = Math.max(Math.ceil(hi), from + 1);
        axes(sb, from, to);
        for (Leaderboard.Row r : timed) {
            double x = x(Math.log10(r.entry().documentsPerSecond()), from, to);
            double y = y(r.headline().estimate());
            String colour = r.significantlyWorse() ? "#b00" : "#036";
            sb.append("<g><title>").append(Html.escape(r.entry().label())).append(": F1 ")
                    .append(num3(r.headline().estimate())).append(" [").append(num3(r.headline().low())).append(", ")
                    .append(num3(r.headline().high())).append("], ").append(num3(r.entry().documentsPerSecond()))
                    .append(" documents/s</title>")
                    .append(line(x, y(r.headline().low()), x, y(r.headline().high()), colour))
                    .append(line(x - 4, y(r.headline().low()), x + 4, y(r.headline().low()), colour))
                    .append(line(x - 4, y(r.headline().high()), x + 4, y(r.headline().high()), colour))
                    .append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
                    .append("\" r=\"4\" fill=\"").append(colour).append("\"/>")
                    .append("<text x=\"").append(num(x + 7)).append("\" y=\"").append(num(y - 5)).append("\">")
                    .append(Html.escape(r.entry().label())).append("</text></g>\n");
        }
        sb.append("</svg>\n");
        List<String> untimed = rows.stream().filter(r -> !(r.entry().documentsPerSecond() > 0))
                .map(r -> r.entry().label()).toList();
        if (!untimed.isEmpty()) {
            sb.append("<p>Not timed (no extraction run): ").append(Html.escape(String.join(", ", untimed)))
                    .append(".</p>\n");
        }
        return sb.toString();
    }

    private static void axes(StringBuilder sb, double from, double to) {
        int bottom = HEIGHT - BOTTOM;
        sb.append(line(LEFT, TOP, LEFT, bottom, "#444")).append(line(LEFT, bottom, WIDTH - RIGHT, bottom, "#444"));
        for (int i = 0; i <= 5; i++) {
            double f1 = i / 5.0;
            sb.append(line(LEFT - 4, y(f1), LEFT, y(f1), "#444")).append("<text x=\"").append(LEFT - 8)
                    .append("\" y=\"").append(num(y(f1) + 4)).append("\" text-anchor=\"end\">")
                    .append(String.format(Locale.ROOT, "%.1f", f1)).append("</text>");
        }
        for (int decade = (int) from; decade <= (int) to; decade++) {
            double x = x(decade, from, to);
            sb.append(line(x, bottom, x, bottom + 4, "#444")).append("<text x=\"").append(num(x)).append("\" y=\"")
                    .append(bottom + 16).append("\" text-anchor=\"middle\">")
                    .append(java.math.BigDecimal.ONE.scaleByPowerOfTen(decade).stripTrailingZeros().toPlainString())
                    .append("</text>");
        }
        sb.append("<text x=\"").append((LEFT + WIDTH - RIGHT) / 2).append("\" y=\"").append(HEIGHT - 8)
                .append("\" text-anchor=\"middle\">documents per second (log scale)</text>")
                .append("<text x=\"14\" y=\"").append((TOP + bottom) / 2).append("\" text-anchor=\"middle\" ")
                .append("transform=\"rotate(-90 14 ").append((TOP + bottom) / 2).append(")\">claim+claimant F1</text>\n");
    }

    private static double x(double log10, double from, double to) {
        return LEFT + (log10 - from) / (to - from) * (WIDTH - LEFT - RIGHT);
    }

    private static double y(double f1) {
        return HEIGHT - BOTTOM - f1 * (HEIGHT - BOTTOM - TOP);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour) {
        return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2)
                + "\" stroke=\"" + colour + "\"/>";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String num3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
