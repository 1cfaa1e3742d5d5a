package org.claimeval.report;

import java.util.List;
import java.util.Locale;
import org.claimeval.score.Counts;

/**
 * The report's charts as inline SVG (no library, no script): grouped bars of precision, recall and F1, and a
 * precision-recall curve. Every label passes through {@link Html#escape}.
 */
final class HtmlCharts {
    private HtmlCharts() {
    }

    /** One labelled row of a bar chart. */
    record Row(String label, Counts counts) {
    }

    private static final int LABEL_WIDTH = 230;
    private static final int BAR_WIDTH = 360;
    private static final int BAR_HEIGHT = 9;
    private static final int ROW_HEIGHT = 3 * BAR_HEIGHT + 14;
    private static final String[] MEASURES = {"precision", "recall", "F1"};

    /** Precision, recall and F1 of each row as three horizontal bars. */
    static String bars(String title, List<Row> rows) {
        int height = 28 + rows.size() * ROW_HEIGHT + 8;
        int width = LABEL_WIDTH + BAR_WIDTH + 60;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart bars\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\"><title>").append(Html.escape(title)).append("</title>\n");
        // Legend of the three measures.
        for (int m = 0; m < MEASURES.length; m++) {
            int x = LABEL_WIDTH + m * 110;
            svg.append("<rect class=\"m").append(m).append("\" x=\"").append(x).append("\" y=\"4\" width=\"12\" height=\"10\"/>")
                    .append("<text x=\"").append(x + 16).append("\" y=\"13\">").append(MEASURES[m]).append("</text>\n");
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            Counts c = row.counts();
            int top = 28 + r * ROW_HEIGHT;
            svg.append("<g class=\"row\"><title>").append(Html.escape(row.label())).append(": TP ").append(c.tp())
                    .append(", FP ").append(c.fp()).append(", FN ").append(c.fn()).append("</title>");
            svg.append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(top + 16)
                    .append("\" text-anchor=\"end\">").append(Html.escape(row.label())).append("</text>");
            svg.append("<text class=\"sub\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(top + 29)
                    .append("\" text-anchor=\"end\">TP ").append(c.tp()).append(" FP ").append(c.fp()).append(" FN ")
                    .append(c.fn()).append("</text>");
            double[] values = {c.precision(), c.recall(), c.f1()};
            for (int m = 0; m < values.length; m++) {
                int y = top + m * BAR_HEIGHT;
                svg.append("<rect class=\"m").append(m).append("\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y)
                        .append("\" width=\"").append(num(values[m] * BAR_WIDTH)).append("\" height=\"")
                        .append(BAR_HEIGHT - 1).append("\"/>");
                svg.append("<text class=\"value\" x=\"").append(num(LABEL_WIDTH + values[m] * BAR_WIDTH + 4))
                        .append("\" y=\"").append(y + BAR_HEIGHT - 1).append("\">").append(Decimals.score(values[m]))
                        .append("</text>");
            }
            svg.append("</g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static final int PLOT = 300;
    private static final int MARGIN = 44;

    /**
     * Precision against recall, drawn as the step function whose area is the average precision: from the
     * previous point's recall to this point's recall at this point's precision.
     */
    static String curve(PrecisionRecallCurve curve) {
        int size = PLOT + 2 * MARGIN;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart pr\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(size)
                .append("\" height=\"").append(size).append("\" viewBox=\"0 0 ").append(size).append(' ').append(size)
                .append("\"><title>precision-recall curve, average precision ")
                .append(Decimals.score(curve.averagePrecision())).append("</title>\n");
        for (int i = 0; i <= 5; i++) {
            double v = i / 5.0;
            String gx = num(x(v));
            String gy = num(y(v));
            svg.append("<line class=\"grid\" x1=\"").append(gx).append("\" y1=\"").append(num(y(0))).append("\" x2=\"")
                    .append(gx).append("\" y2=\"").append(num(y(1))).append("\"/>");
            svg.append("<line class=\"grid\" x1=\"").append(num(x(0))).append("\" y1=\"").append(gy).append("\" x2=\"")
                    .append(num(x(1))).append("\" y2=\"").append(gy).append("\"/>");
            svg.append("<text x=\"").append(gx).append("\" y=\"").append(num(y(0) + 16))
                    .append("\" text-anchor=\"middle\">").append(String.format(Locale.ROOT, "%.1f", v)).append("</text>");
            svg.append("<text x=\"").append(num(x(0) - 6)).append("\" y=\"").append(num(y(v) + 4))
                    .append("\" text-anchor=\"end\">").append(String.format(Locale.ROOT, "%.1f", v)).append("</text>\n");
        }
        svg.append("<text x=\"").append(num(x(0.5))).append("\" y=\"").append(size - 6)
                .append("\" text-anchor=\"middle\">recall</text>");
        svg.append("<text x=\"12\" y=\"").append(num(y(0.5))).append("\" text-anchor=\"middle\" transform=\"rotate(-90 12 ")
                .append(num(y(0.5))).append(")\">precision</text>\n");
        StringBuilder path = new StringBuilder();
        double previousRecall = 0;
        for (PrecisionRecallCurve.Point p : curve.points()) {
            path.append(path.isEmpty() ? "M" : " L").append(num(x(previousRecall))).append(' ').append(num(y(p.precision())))
                    .append(" L").append(num(x(p.recall()))).append(' ').append(num(y(p.precision())));
            previousRecall = p.recall();
        }
        svg.append("<path class=\"curve\" d=\"").append(path).append("\"/>\n");
        for (PrecisionRecallCurve.Point p : curve.points()) {
            String threshold = p.threshold() == null ? "unscored" : String.format(Locale.ROOT, "%.3f", p.threshold());
            svg.append("<circle class=\"point\" cx=\"").append(num(x(p.recall()))).append("\" cy=\"")
                    .append(num(y(p.precision()))).append("\" r=\"3\"><title>score ≥ ").append(threshold).append(": TP ")
                    .append(p.tp()).append(", FP ").append(p.fp()).append(", P ").append(Decimals.score(p.precision()))
                    .append(", R ").append(Decimals.score(p.recall())).append("</title></circle>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static double x(double recall) {
        return MARGIN + recall * PLOT;
    }

    private static double y(double precision) {
        return MARGIN + (1 - precision) * PLOT;
    }

    /** One decimal, locale-independent, so the SVG is byte-identical everywhere. */
    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
