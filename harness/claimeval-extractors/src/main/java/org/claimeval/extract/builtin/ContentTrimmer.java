package org.claimeval.extract.builtin;

import java.util.List;
import java.util.Locale;

/**
 * Applies the content-span rules of dataset/GUIDELINES.md section 7 to a candidate range: no surrounding
 * whitespace, no quotation marks at either end, no final punctuation, no leading discourse connective.
 */
final class ContentTrimmer {
    /** Connectives that open a sentence without belonging to its proposition; matched case-insensitively. */
    private static final List<String> CONNECTIVES = List.of(
            "however", "nevertheless", "nonetheless", "also", "moreover", "meanwhile", "furthermore",
            "in addition", "additionally", "still", "yet", "but", "and", "so", "thus", "therefore", "besides",
            "in turn", "at the same time", "instead", "namely", "indeed", "in fact", "in this context");
    /**
     * Bit {@code n} of {@code FIRST_WORD_LENGTHS[c - 'a']} is set when a connective's first word starts with
     * {@code c} and has {@code n} letters: a sentence whose first word fails this test ("The", "Two") needs no
     * comparison with the list.
     */
    private static final int[] FIRST_WORD_LENGTHS = new int[26];

    static {
        for (String c : CONNECTIVES) {
            int space = c.indexOf(' ');
            FIRST_WORD_LENGTHS[c.charAt(0) - 'a'] |= 1 << (space < 0 ? c.length() : space);
        }
    }

    private ContentTrimmer() {
    }

    static boolean isQuoteMark(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '«' || c == '»'
                || c == '„' || c == '‚';
    }

    /** Emoji (surrogate halves, variation selectors) and symbols such as bullets and arrows. */
    private static boolean isSymbol(char c) {
        int type = Character.getType(c);
        return Character.isSurrogate(c) || type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL
                || c == '\uFE0F' || c == '•' || c == '►';
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '…' || c == '—'
                || c == '–' || c == '-';
    }

    /** The trimmed range, possibly empty. */
    static TextRange trim(String text, int start, int end) {
        int s = start;
        int e = end;
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            TextRange t = SentenceSplitter.trim(text, s, e);
            if (t.start() != s || t.end() != e) {
                s = t.start();
                e = t.end();
                changed = true;
            }
            if (s < e && (isQuoteMark(text.charAt(s)) || text.charAt(s) == ',' || isSymbol(text.charAt(s)))) {
                s++; // an emoji or bullet before a claim is not part of it (H26)
                changed = true;
            }
            if (s < e && (isQuoteMark(text.charAt(e - 1)) || isTrailingPunctuation(text.charAt(e - 1)))) {
                e--;
                changed = true;
            }
            int afterDateline = skipDateline(text, s, e);
            if (afterDateline != s) {
                s = afterDateline;
                changed = true;
            }
            int afterConnective = skipConnective(text, s, e);
            if (afterConnective != s) {
                s = afterConnective;
                changed = true;
            }
        }
        return new TextRange(s, Math.max(s, e));
    }

    /** How far into a paragraph a dateline may reach ("MOSCOW (Agency) –", "Moscow, Mar 4 (Agency)"). */
    private static final int DATELINE_REACH = 40;

    /**
     * Index after a dateline that opens a paragraph (guideline H8: never content): a place and date closed by an
     * agency in parentheses ("Moscow, Mar 4 (IANS)"), or a place in capitals and a dash ("MOSCOW (BWS) –",
     * "SUDZHA, Kursk region –"); else {@code s}.
     */
    private static int skipDateline(String text, int s, int e) {
        if (s > 0 && text.charAt(s - 1) != '\n') {
            return s;
        }
        int limit = Math.min(e, s + DATELINE_REACH);
        int firstWordEnd = CueLexicon.wordEnd(text, s, limit);
        boolean capitals = firstWordEnd - s >= 3 && text.substring(s, firstWordEnd).equals(
                text.substring(s, firstWordEnd).toUpperCase(Locale.ROOT));
        for (int i = s; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '.' && !capitals) {
                return s;
            }
            boolean agency = c == ')' && i + 1 < e && text.lastIndexOf('(', i) > s
                    && Character.isUpperCase(text.charAt(text.lastIndexOf('(', i) + 1));
            // A hyphen between spaces is a plain-text dash ("BRUSSELS - Ministers ...").
            boolean spacedHyphen = c == '-' && i > s && text.charAt(i - 1) == ' ';
            boolean dash = capitals && (c == '–' || c == '—' || spacedHyphen) && i + 1 < e && text.charAt(i + 1) == ' ';
            if (agency || dash) {
                int j = i + 1;
                while (j < e && (text.charAt(j) == ' ' || text.charAt(j) == '–' || text.charAt(j) == '—'
                        || text.charAt(j) == '-')) {
                    j++;
                }
                return j < e && Character.isUpperCase(text.charAt(j)) ? j : s;
            }
        }
        return s;
    }

    /** Index after a leading connective followed by a comma (or, for "but"/"and", by a space), else {@code s}. */
    private static int skipConnective(String text, int s, int e) {
        int wordEnd = CueLexicon.wordEnd(text, s, e);
        char initial = s < e ? Character.toLowerCase(text.charAt(s)) : ' ';
        if (initial < 'a' || initial > 'z' || wordEnd - s > 30
                || (FIRST_WORD_LENGTHS[initial - 'a'] & (1 << (wordEnd - s))) == 0) {
            return s;
        }
        for (String c : CONNECTIVES) {
            int end = s + c.length();
            if (end <= e && text.regionMatches(true, s, c, 0, c.length())) {
                if (end == e) {
                    return e; // nothing but the connective
                }
                char next = text.charAt(end);
                if (next == ',') {
                    return end + 1;
                }
                boolean bare = c.equals("but") || c.equals("and") || c.equals("yet") || c.equals("so");
                if (bare && next == ' ' && Character.isUpperCase(text.charAt(s))) {
                    return end + 1;
                }
            }
        }
        return s;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
