package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.List;
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
    private static final LowerCaseLookup<Double> SCALES = new LowerCaseLookup<>(Map.of(
            "hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "mln", 1e6, "bn", 1e9),
            LowerCaseLookup.ROOT);
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

    /**
     * The lists above as bits: {@link #LISTS} gives all the lists of a word in one look-up, so a word tested
     * against several lists is read once, and one small table serves every test.
     */
    private static final int MONTH = 1, UNIT_STOP = 1 << 1, UNIT_MODIFIER = 1 << 2, TIME_UNIT = 1 << 3,
            PERIOD_OPENER = 1 << 4, VAGUE_WORD = 1 << 5, APPROX_WORD = 1 << 6, OVER_WORD = 1 << 7,
            UNDER_WORD = 1 << 8, NUMBER_WORD = 1 << 9, SCALE = 1 << 10;
    private static final LowerCaseLookup<Integer> LISTS = LowerCaseLookup.wordSets(Map.ofEntries(Map.entry(MONTH, MONTHS),
            Map.entry(UNIT_STOP, UNIT_STOPS), Map.entry(UNIT_MODIFIER, UNIT_MODIFIERS),
            Map.entry(TIME_UNIT, TIME_UNITS), Map.entry(PERIOD_OPENER, PERIOD_OPENERS), Map.entry(VAGUE_WORD, VAGUE),
            Map.entry(APPROX_WORD, APPROX), Map.entry(OVER_WORD, OVER), Map.entry(UNDER_WORD, UNDER),
            Map.entry(NUMBER_WORD, NUMBER_WORDS.keySet()),
            Map.entry(SCALE, Set.of("hundred", "thousand", "million", "billion", "mln", "bn"))));

    private QuantityFinder() {
    }

    /** The bits of the lists that hold the word lower-cased; 0 for none or no word. */
    private static int listsOf(TextWord w) {
        Integer bits = w == null ? null : w.valueIn(LISTS);
        return bits == null ? 0 : bits;
    }

    private static boolean in(int lists, int list) {
        return (lists & list) != 0;
    }

    static List<Found> find(String text, int start, int end) {
        List<Found> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            // The char first: the one before is read only at a letter or digit (the same test, fewer reads).
            if (!isLetterOrDigit(c) || i > start && isLetterOrDigit(text.charAt(i - 1))) {
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
        TextWord before = TextWord.before(text, numStart);
        int beforeLists = listsOf(before);
        if (digits && in(beforeLists, MONTH)) {
            return null; // "August 6"
        }
        if (in(beforeLists, VAGUE_WORD)) {
            return null; // "several hundred square kilometres": no figure
        }
        int pos = numEnd;
        TextWord next = TextWord.after(text, pos, end);
        int nextLists = listsOf(next);
        while (in(nextLists, SCALE)) { // "12 million", "two thousand"
            value *= next.valueIn(SCALES);
            pos = next.end();
            next = TextWord.after(text, pos, end);
            nextLists = listsOf(next);
        }
        if (pos < end && text.charAt(pos) == '%') {
            return new Found(numStart, pos + 1, value, "%", bound(text, numStart)); // the unit as written (H15)
        }
        if (in(nextLists, MONTH)) {
            return null; // "6 August"
        }
        if (next != null && (next.is("per") || next.is("percent"))) {
            int unitEnd = next.end();
            String unit = "percent";
            TextWord cent = TextWord.after(text, unitEnd, end);
            if (next.is("per") && cent != null && cent.is("cent")) {
                unitEnd = cent.end();
                unit = "per cent";
            } else if (next.is("per")) {
                return null; // "per person": a rate, not a share
            }
            return new Found(numStart, unitEnd, value, unit, bound(text, numStart));
        }
        // The unit: the noun phrase after the number, up to five words before a stop word or punctuation. A
        // participle ends it unless another word of the phrase follows ("armoured vehicles" against "personnel
        // entered the region"); the unit keeps the words that say what is counted, as written (H15).
        int unitEnd = pos;
        List<TextWord> words = new ArrayList<>(5);
        TextWord w = next;
        int wLists = nextLists;
        for (int k = 0; k < 5 && w != null && !in(wLists, UNIT_STOP | NUMBER_WORD); k++) {
            TextWord following = TextWord.after(text, w.end(), end);
            int followingLists = listsOf(following);
            if (!words.isEmpty() && w.endsWith("ed") && (following == null || in(followingLists, UNIT_STOP))) {
                break; // "troops killed and wounded", "personnel entered the region"
            }
            words.add(w.asWritten());
            unitEnd = w.end();
            w = following;
            wLists = followingLists;
        }
        if (words.isEmpty()) {
            if (!digits || isYear(text, numStart, numEnd, value)) {
                return null;
            }
            return new Found(numStart, numEnd, value, "", bound(text, numStart));
        }
        TextWord head = words.get(words.size() - 1);
        if (isYear(text, numStart, numEnd, value) && !head.endsWith("s")) {
            return null;
        }
        if (in(beforeLists, PERIOD_OPENER) && in(listsOf(head), TIME_UNIT)) {
            return null; // "over the past 24 hours": the reporting period
        }
        return new Found(numStart, unitEnd, value, unit(text, words), bound(text, numStart));
    }

    /** The unit words without nationality, origin, state and role modifiers ("destroyed Russian armoured vehicles"). */
    private static String unit(String text, List<TextWord> words) {
        List<TextWord> kept = new ArrayList<>(words.size());
        for (int k = 0; k < words.size(); k++) {
            TextWord w = words.get(k);
            boolean last = k == words.size() - 1;
            boolean properAdjective = Character.isUpperCase(text.charAt(w.start())) && w.length() > 1
                    && Character.isLowerCase(text.charAt(w.end() - 1)) && !w.endsWith("s");
            boolean origin = w.endsWith("-made") || w.endsWith("-built") || w.endsWith("-supplied");
            if (!last && (in(listsOf(w), UNIT_MODIFIER) || properAdjective || origin)) {
                continue;
            }
            kept.add(w);
        }
        return TextWord.joined(text, kept);
    }

    private static boolean isYear(String text, int s, int e, double value) {
        return e - s == 4 && value >= 1800 && value <= 2100;
    }

    private static Bound bound(String text, int numStart) {
        TextWord w1 = TextWord.before(text, numStart);
        TextWord w2 = TextWord.before(text, w1.start()); // the empty word when w1 starts the text
        if (w1.is("to") && w2.is("up")) {
            return Bound.UP_TO;
        }
        if (w1.is("least") && w2.is("at")) {
            return Bound.OVER;
        }
        if (w1.is("than")) {
            boolean more = w2.is("more") || w2.is("greater");
            TextWord w3 = TextWord.before(text, w2.start());
            if (w3.is("no") || w3.is("not")) {
                // "no fewer than 300" is at least 300; "no more than 300" at most 300
                return more ? Bound.UP_TO : Bound.OVER;
            }
            return more ? Bound.OVER : Bound.UNDER;
        }
        if (w1.is("as") && (w2.is("many") || w2.is("much"))) {
            return Bound.UP_TO; // "as many as 400": up to 400
        }
        if (w1.is("to") && w2.is("close")) {
            return Bound.APPROX;
        }
        int w1Lists = listsOf(w1);
        if (in(w1Lists, OVER_WORD)) {
            return Bound.OVER;
        }
        if (in(w1Lists, UNDER_WORD)) {
            return Bound.UNDER;
        }
        if (in(w1Lists, APPROX_WORD) || w2.is("an") && w1.is("estimated")) { // a lower-cased word holds no space
            return Bound.APPROX;
        }
        return Bound.EXACT;
    }
}
