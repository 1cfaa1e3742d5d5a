package org.claimeval.report;

import java.util.Locale;

/**
 * How every human-readable format (text, Markdown, HTML, JUnit messages) writes a score: locale-independent,
 * so a report reads the same under any default locale, and with one number of decimals everywhere.
 */
public final class Decimals {
    private Decimals() {
    }

    /**
     * A score, three decimals: {@code 0.857}.
     *
     * @param value the score
     * @return the text
     */
    public static String score(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /**
     * A difference of scores, three decimals and always a sign: {@code +0.012}, {@code -0.300}.
     *
     * @param value the difference
     * @return the text
     */
    public static String signed(double value) {
        return String.format(Locale.ROOT, "%+.3f", value);
    }
}
