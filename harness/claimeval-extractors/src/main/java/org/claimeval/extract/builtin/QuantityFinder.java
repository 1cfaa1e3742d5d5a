package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimeval.model.Bound;

/**
 * Figures inside a range of text: digits with thousands separators and decimals ("61,000", "5.5"), number
 * words ("two", "twenty"), a scale ("12 million"), per cent, the unit that follows (its head noun, or "square
 * kilometres"), and the bound given by the words before ("over", "more than", "exceeded", "about", "nearly",
 * "up to", "fewer than"). Calendar numbers (days, years) are not figures.
 */
final class QuantityFinder {
    /** A figure found, in char indices; the span runs from the number to the end of its unit. */
    record Found(int start, int end, double value, String unit, Bound bound) {
    }

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12));
    private static final LowerCaseLookup<Integer> NUMBER_WORD_LOOKUP =
            new LowerCaseLookup<>(NUMBER_WORDS, LowerCaseLookup.ROOT);
    private static final Map<String, Double> SCALES = Map.of(
            "hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "mln", 1e6, "bn", 1e9);
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    /** Words that end a unit: a unit is the noun phrase right after the number, before these. */
    private static final Set<String> UNIT_STOPS = Set.of("of", "in", "on", "at", "and", "or", "to", "from", "by",
            "for", "with", "the", "a", "an", "that", "which", "who", "during", "since", "as", "including", "per",
            "than", "had", "have", "has", "were", "was", "are", "is", "remain", "remained", "such", "another",
            "more", "less", "into", "over", "under", "after", "before", "near", "while", "but", "its", "their", "can",
            "could", "will", "would", "may", "might", "must", "should", "not", "no", "away", "ago", "back", "alone",
            "each", "apiece", "still", "now", "there", "here", "along", "across", "around", "toward", "towards",
            "without", "within", "behind", "every", "if", "also", "only", "then", "against", "among");
    /** Words inside a unit phrase that are not part of the unit: state and role, not what is counted. */
    private static final Set<String> UNIT_MODIFIERS = Set.of("destroyed", "damaged", "captured", "killed",
            "wounded", "military", "such", "new", "fresh", "additional", "other", "foreign", "enemy", "further",
            "extra", "several", "own", "total", "estimated", "displaced", "evacuated", "minor", "young", "elderly",
            "adult", "underage", "injured", "sick", "civilian");
    /** Time units: after "past", "last", "first", "next" they name a period, not a figure ("the past 24 hours"). */
    private static final Set<String> TIME_UNITS = Set.of("hour", "hours", "day", "days", "week", "weeks", "month",
            "months", "year", "years", "minute", "minutes");
    private static final Set<String> PERIOD_OPENERS = Set.of("past", "last", "first", "next", "previous",
            "coming", "recent");
    /** Words that make a following scale word vague ("several hundred"): no figure. */
    private static final Set<String> VAGUE = Set.of("several", "many", "few", "hundreds", "thousands", "dozens");
    private static final Set<String> APPROX = Set.of("about", "approximately", "around", "nearly", "almost",
            "roughly", "some", "estimated", "approx", "circa", "reportedly");
    private static final Set<String> OVER = Set.of("over", "exceeded", "exceeding", "exceeds", "exceed", "above",
            "surpassed", "beyond", "top", "tops", "topped", "topping", "surpass", "surpasses");
    private static final Set<String> UNDER = Set.of("under", "below");

    private QuantityFinder() {
    }

    static List<Found> find(String text, int start, int end) {
        List<Found> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            boolean wordStart = i == start || !isLetterOrDigit(text.charAt(i - 1));
            if (!isLetterOrDigit(c) || !wordStart) {
                i++;
                continue;
            }
            int numEnd;
            double value;
            boolean digits = Character.isDigit(c);
            if (digits && i > start && text.charAt(i - 1) == '-' && i > 1 && Character.isLetter(text.charAt(i - 2))) {
                i = digitsEnd(text, i, end); // a model name: "Ka-52"
                continue;
            }
            if (digits) {
                numEnd = digitsEnd(text, i, end);
                String raw = text.substring(i, numEnd).replace(",", "");
                try {
                    value = Double.parseDouble(raw);
                } catch (NumberFormatException e) {
                    i = numEnd;
                    continue;
                }
            } else {
                numEnd = CueLexicon.wordEnd(text, i, end);
                Integer w = NUMBER_WORD_LOOKUP.get(text, i, numEnd);
                if (w == null) {
                    i = numEnd;
                    continue;
                }
                value = w;
            }
            Found f = complete(text, i, numEnd, end, value, digits);
            if (f != null) {
                out.add(f);
                i = f.end();
            } else {
                i = numEnd;
            }
        }
        return out;
    }

    /** {@link Character#isLetterOrDigit(char)}, without its table look-up for ASCII (spaces, punctuation). */
    private static boolean isLetterOrDigit(char c) {
        if (c < 0x80) {
            char lower = (char) (c | 0x20);
            return lower >= 'a' && lower <= 'z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    private static int digitsEnd(String text, int i, int end) {
        int j = i;
        while (j < end) {
            char ch = text.charAt(j);
            if (Character.isDigit(ch)) {
                j++;
            } else if ((ch == ',' || ch == '.') && j + 1 < end && Character.isDigit(text.charAt(j + 1)) && j > i) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static Found complete(String text, int numStart, int numEnd, int end, double value, boolean digits) {
        String before = previousWord(text, numStart);
        if (digits && MONTHS.contains(before)) {
            return null; // "August 6"
        }
        if (VAGUE.contains(before)) {
            return null; // "several hundred square kilometres": no figure
        }
        int pos = numEnd;
        // Scale words: "12 million", "two thousand".
        for (String w = nextWord(text, pos, end); w != null && SCALES.containsKey(w); w = nextWord(text, pos, end)) {
            value *= SCALES.get(w);
            pos = skipWord(text, pos, end);
        }
        if (pos < end && text.charAt(pos) == '%') {
            return new Found(numStart, pos + 1, value, "%", bound(text, numStart)); // the unit as written (H15)
        }
        String next = nextWord(text, pos, end);
        if (next != null && MONTHS.contains(next)) {
            return null; // "6 August"
        }
        if ("per".equals(next) || "percent".equals(next)) {
            int unitEnd = skipWord(text, pos, end);
            String unit = "percent";
            if ("per".equals(next) && "cent".equals(nextWord(text, unitEnd, end))) {
                unitEnd = skipWord(text, unitEnd, end);
                unit = "per cent";
            } else if ("per".equals(next)) {
                return null; // "per person": a rate, not a share
            }
            return new Found(numStart, unitEnd, value, unit, bound(text, numStart));
        }
        // The unit: the noun phrase after the number, up to five words before a stop word or punctuation. A
        // participle ends it unless another word of the phrase follows ("armoured vehicles" against "personnel
        // entered the region"); the unit keeps the words that say what is counted, as written (H15).
        int unitEnd = pos;
        List<String> words = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            String w = nextWord(text, unitEnd, end);
            if (w == null || UNIT_STOPS.contains(w) || NUMBER_WORDS.containsKey(w)) {
                break;
            }
            int wordEnd = skipWord(text, unitEnd, end);
            if (!words.isEmpty() && w.endsWith("ed")) {
                String after = nextWord(text, wordEnd, end);
                if (after == null || UNIT_STOPS.contains(after)) {
                    break; // "troops killed and wounded", "personnel entered the region"
                }
            }
            int wordStart = wordEnd - w.length();
            words.add(text.substring(wordStart, wordEnd));
            unitEnd = wordEnd;
        }
        if (words.isEmpty()) {
            if (!digits || isYear(text, numStart, numEnd, value)) {
                return null;
            }
            return new Found(numStart, numEnd, value, "", bound(text, numStart));
        }
        String head = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        if (isYear(text, numStart, numEnd, value) && !head.endsWith("s")) {
            return null;
        }
        if (TIME_UNITS.contains(head) && PERIOD_OPENERS.contains(before)) {
            return null; // "over the past 24 hours": the reporting period
        }
        return new Found(numStart, unitEnd, value, unit(words), bound(text, numStart));
    }

    /** The unit words without nationality, origin, state and role modifiers ("destroyed Russian armoured vehicles"). */
    private static String unit(List<String> words) {
        List<String> kept = new ArrayList<>();
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            String lower = w.toLowerCase(Locale.ROOT);
            boolean last = k == words.size() - 1;
            boolean properAdjective = Character.isUpperCase(w.charAt(0)) && w.length() > 1
                    && Character.isLowerCase(w.charAt(w.length() - 1)) && !lower.endsWith("s");
            boolean origin = lower.endsWith("-made") || lower.endsWith("-built") || lower.endsWith("-supplied");
            if (!last && (UNIT_MODIFIERS.contains(lower) || properAdjective || origin)) {
                continue;
            }
            kept.add(w);
        }
        return String.join(" ", kept);
    }

    private static boolean isYear(String text, int s, int e, double value) {
        return e - s == 4 && value >= 1800 && value <= 2100;
    }

    private static Bound bound(String text, int numStart) {
        String w1 = previousWord(text, numStart);
        int w1Start = previousWordStart(text, numStart);
        String w2 = w1Start > 0 ? previousWord(text, w1Start) : "";
        if ("to".equals(w1) && "up".equals(w2)) {
            return Bound.UP_TO;
        }
        if ("least".equals(w1) && "at".equals(w2)) {
            return Bound.OVER;
        }
        if ("than".equals(w1)) {
            boolean more = "more".equals(w2) || "greater".equals(w2);
            int w2Start = previousWordStart(text, w1Start);
            String w3 = w2Start > 0 ? previousWord(text, w2Start) : "";
            if ("no".equals(w3) || "not".equals(w3)) {
                // "no fewer than 300" is at least 300; "no more than 300" at most 300
                return more ? Bound.UP_TO : Bound.OVER;
            }
            return more ? Bound.OVER : Bound.UNDER;
        }
        if ("as".equals(w1) && "many".equals(w2) || "as".equals(w1) && "much".equals(w2)) {
            return Bound.UP_TO; // "as many as 400": up to 400
        }
        if ("to".equals(w1) && "close".equals(w2)) {
            return Bound.APPROX;
        }
        if (OVER.contains(w1)) {
            return Bound.OVER;
        }
        if (UNDER.contains(w1)) {
            return Bound.UNDER;
        }
        if (APPROX.contains(w1) || "an estimated".equals(w2 + " " + w1)) {
            return Bound.APPROX;
        }
        return Bound.EXACT;
    }

    /** The lower-case word ending just before index {@code i} (skipping spaces), or "". */
    private static String previousWord(String text, int i) {
        int e = i;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    private static int previousWordStart(String text, int i) {
        int e = i;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /** The next word after spaces (lower case), or null at punctuation or the end. */
    private static String nextWord(String text, int i, int end) {
        int s = i;
        while (s < end && text.charAt(s) == ' ') {
            s++;
        }
        if (s == i && s < end && Character.isLetter(text.charAt(s))) {
            return null; // glued to the number: "2nd"
        }
        int e = s;
        while (e < end && (Character.isLetter(text.charAt(e)) || (e > s && text.charAt(e) == '-'))) {
            e++;
        }
        return e > s ? text.substring(s, e).toLowerCase(Locale.ROOT) : null;
    }

    private static int skipWord(String text, int i, int end) {
        int s = i;
        while (s < end && text.charAt(s) == ' ') {
            s++;
        }
        while (s < end && (Character.isLetter(text.charAt(s)) || text.charAt(s) == '-')) {
            s++;
        }
        return s;
    }
}
