package org.claimeval.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.claimeval.model.Quantity;

/** A quantity as a reader would say it: "over 61,000 servicemen", "about 2,000 km²", "up to 300 troops". */
public final class QuantityWording {
    private QuantityWording() {
    }

    public static String of(Quantity q) {
        String prefix = switch (q.bound()) {
            case EXACT -> "";
            case APPROX -> "about ";
            case OVER -> "over ";
            case UNDER -> "under ";
            case UP_TO -> "up to ";
        };
        String unit = q.unit().isBlank() ? "" : " " + q.unit();
        return prefix + number(q.value()) + unit;
    }

    /** All of a claim's quantities, separated by "; ", or "" when it has none. */
    public static String of(List<Quantity> quantities) {
        return quantities.stream().map(QuantityWording::of).collect(Collectors.joining("; "));
    }

    /** Thousands grouped, no exponent, no trailing zeros: 61000 gives "61,000", 1.5 gives "1.5". */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(exact);
    }
}
