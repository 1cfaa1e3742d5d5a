package org.claimeval.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a quantity's text can stand for, so the validator can check that the annotated {@code value}
 * really comes from the text. Accepted, and the convention annotators follow:
 * <ul>
 *   <li>digits with thousands separators (comma, space, no-break or narrow no-break space) and a decimal point:
 *       "61,000" is 61000, "1.5" is 1.5;</li>
 *   <li>a scale word after digits: "1.5 million" is 1500000, and also 1.5 (the annotator may keep the scale
 *       in the unit);</li>
 *   <li>English number words, including compounds: "five", "twenty-three", "two hundred", "a dozen" (12),
 *       "a thousand";</li>
 *   <li>percentages are the number of percent: "40%" and "40 percent" are 40, not 0.4.</li>
 * </ul>
 * A text with several numbers ("between 200 and 300") yields each; the value must equal one of them.
 */
public final class QuantityText {
    private static final Pattern DIGITS = Pattern.compile(
            "(\\d{1,3}(?:[,\\u00A0\\u202F ]\\d{3})+|\\d+)(\\.\\d+)?(?:\\s*(thousand|million|billion|bn|mln)\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Long> UNITS = Map.ofEntries(
            Map.entry("zero", 0L), Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
            Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
            Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
            Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
            Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L),
            Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L),
            Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L),
            Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L));
    private static final Map<String, Long> SCALES = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L,
            "bn", 1_000_000_000L, "mln", 1_000_000L);

    private QuantityText() {
    }

    /** Every value the text can stand for, in order of appearance. */
    public static List<Double> values(String text) {
        List<Double> values = new ArrayList<>();
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            double number = Double.parseDouble(m.group(1).replaceAll("[,\\u00A0\\u202F ]", "")
                    + (m.group(2) == null ? "" : m.group(2)));
            values.add(number);
            if (m.group(3) != null) {
                values.add(number * SCALES.get(m.group(3).toLowerCase(Locale.ROOT)));
            }
        }
        values.addAll(wordValues(text));
        return values;
    }

    /** True when {@code value} equals a number the text stands for (to a relative 1e-9, for decimals). */
    public static boolean matches(String text, double value) {
        return values(text).stream().anyMatch(v -> Math.abs(v - value) <= 1e-9 * Math.max(1.0, Math.abs(value)));
    }

    /** Runs of number words: "two hundred and fifty thousand" is 250000; "a" or "an" before a scale is one. */
    private static List<Double> wordValues(String text) {
        List<Double> values = new ArrayList<>();
        String[] words = text.toLowerCase(Locale.ROOT).split("[^a-z]+");
        long total = 0;
        long current = 0;
        boolean inNumber = false;
        for (int i = 0; i <= words.length; i++) {
            String w = i < words.length ? words[i] : "";
            boolean article = (w.equals("a") || w.equals("an")) && i + 1 < words.length
                    && (SCALES.containsKey(words[i + 1]) || words[i + 1].equals("dozen"));
            if (w.equals("dozen")) {
                current = Math.max(current, 1) * 12;
                inNumber = true;
            } else if (UNITS.containsKey(w) || article) {
                current += article ? 0 : UNITS.get(w);
                if (article) {
                    current = Math.max(current, 1);
                }
                inNumber = true;
            } else if (inNumber && SCALES.containsKey(w)) {
                long scale = SCALES.get(w);
                current = Math.max(current, 1);
                if (scale == 100) {
                    current *= 100;
                } else {
                    total += current * scale;
                    current = 0;
                }
            } else if (inNumber && w.equals("and")) {
                continue;
            } else if (inNumber) {
                values.add((double) (total + current));
                total = 0;
                current = 0;
                inNumber = false;
            }
        }
        return values;
    }
}
