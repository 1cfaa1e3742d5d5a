package org.claimeval.bench;

import java.util.Locale;

/** How figures are written in tables: three significant digits, plain notation, "-" when missing. */
final class FigureFormat {
    private FigureFormat() {
    }

    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "-";
        }
        double abs = Math.abs(v);
        int decimals = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    static String number(Double v) {
        return v == null ? "-" : number(v.doubleValue());
    }

    static String withError(double score, double error) {
        return Double.isNaN(error) ? number(score) : number(score) + " ± " + number(error);
    }

    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
    }
}
