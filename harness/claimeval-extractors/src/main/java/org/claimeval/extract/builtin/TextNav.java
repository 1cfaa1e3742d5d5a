package org.claimeval.extract.builtin;

import java.util.Locale;

/**
 * Word-level navigation in one text, in Java char indices: the word before or after an index, spaces, commas,
 * bounded searches. Every search stays inside the bounds it is given, so no rule scans the text quadratically.
 */
final class TextNav {
    private final String text;
    /**
     * The lower-case words last made, by where they start (a direct-mapped cache): the rules ask for the same few
     * words around each cue many times (negation, passive, determiner, "to", the tagger's shortcuts), and a word
     * made once is neither cut out and lower-cased again nor hashed again by the word sets that look it up.
     */
    private final String[] words = new String[REMEMBERED_WORDS];
    private final int[] wordStarts = new int[REMEMBERED_WORDS];
    private final int[] wordEnds = new int[REMEMBERED_WORDS];
    private static final int REMEMBERED_WORDS = 128; // a power of two

    TextNav(String text) {
        this.text = text;
        java.util.Arrays.fill(wordStarts, -1);
    }

    /** {@code text[s, e)} lower-cased, as {@code String.toLowerCase(Locale.ROOT)} gives it. */
    String lowerWord(int s, int e) {
        if (s == e) {
            return "";
        }
        int slot = s & (REMEMBERED_WORDS - 1);
        if (wordStarts[slot] != s || wordEnds[slot] != e) {
            words[slot] = text.substring(s, e).toLowerCase(Locale.ROOT);
            wordStarts[slot] = s;
            wordEnds[slot] = e;
        }
        return words[slot];
    }

    String text() {
        return text;
    }

    /** First index of {@code c} in [from, to), or -1. */
    int indexWithin(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * First start of {@code s} lying wholly in [from, to), or -1: a search that stops at the bound instead of
     * running on through the rest of the text, and copies nothing.
     */
    int firstIndexWithin(String s, int from, int to) {
        char first = s.charAt(0);
        for (int i = from; i <= to - s.length(); i++) {
            if (text.charAt(i) == first && text.startsWith(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Last start of {@code s} lying wholly in [from, to), or -1. */
    int lastIndexWithin(String s, int from, int to) {
        for (int i = to - s.length(); i >= from; i--) {
            if (text.startsWith(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The character before an index, spaces skipped; a line break at the text start. */
    char charBefore(int index) {
        int i = skipSpacesBack(index);
        return i > 0 ? text.charAt(i - 1) : '\n';
    }

    /** The index of the comma right before an index (spaces skipped), or the index after the spaces. */
    int commaBefore(int index) {
        int i = skipSpacesBack(index);
        return i > 0 && text.charAt(i - 1) == ',' ? i - 1 : i;
    }

    int skipSpaces(int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    int skipSpacesBack(int i) {
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i;
    }

    /** The end of the word after an index. */
    int skipWord(int i) {
        int s = skipSpaces(i);
        return CueLexicon.wordEnd(text, s, text.length());
    }

    /** The start of the word (letters, digits, inner apostrophes and hyphens) ending before an index. */
    int wordStartBefore(int index) {
        int e = skipSpacesBack(index);
        int s = e;
        while (s > 0 && (Character.isLetterOrDigit(text.charAt(s - 1)) || (s - 1 > 0 && s < e
                && (text.charAt(s - 1) == '\'' || text.charAt(s - 1) == '’' || text.charAt(s - 1) == '-')))) {
            s--;
        }
        return s;
    }

    /** The lower-case word of letters right before an index (spaces skipped), or "". */
    String wordBefore(int index) {
        int e = skipSpacesBack(index);
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
            s--;
        }
        return lowerWord(s, e);
    }

    /** The lower-case word of letters right after an index (spaces skipped), or "". */
    String wordAfter(int index) {
        int s = skipSpaces(index);
        return lowerWord(s, CueLexicon.wordEnd(text, s, text.length()));
    }

    String firstWord(TextRange s) {
        return text.substring(s.start(), CueLexicon.wordEnd(text, s.start(), s.end()));
    }

    char firstCharOfWordBefore(int index) {
        return text.charAt(wordStartBefore(index));
    }

    TextRange stripPunctuation(TextRange r) {
        int s = r.start();
        int e = r.end();
        while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1))) {
            e--;
        }
        return new TextRange(s, e);
    }

    /** The index of the next clause punctuation or line break at or after {@code from}. */
    int clauseEnd(int from) {
        int i = from;
        while (i < text.length() && ",.;:!?\n".indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    boolean nextIsCapital(int index) {
        int i = skipSpaces(index);
        return i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    /** Only punctuation follows before the line ends: "..., the agency reports." */
    boolean endsClause(int index) {
        int i = index;
        while (i < text.length() && text.charAt(i) != '\n') {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
            i++;
        }
        return true;
    }

    /** A capitalised word (not "I") follows: ", reported Agency X". */
    boolean restIsName(int from, int end) {
        int s = skipSpaces(from);
        return s < end && Character.isUpperCase(text.charAt(s)) && !wordAfter(from).equals("i");
    }

    /** Finite auxiliaries: after a cue they make a clause ("said the bridge was safe"), not an adverbial. */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("is", "was", "were", "are", "has",
            "had", "have", "will", "would", "could", "can", "may", "might", "did", "does", "do", "be", "been",
            "remains", "remained");

    /** Whether [from, to) holds a finite auxiliary. */
    boolean hasAuxiliary(int from, int to) {
        int i = from;
        while (i < to) {
            int we = CueLexicon.wordEnd(text, i, to);
            if (we == i) {
                i++;
                continue;
            }
            if (AUXILIARIES.contains(lowerWord(i, we))) {
                return true;
            }
            i = we;
        }
        return false;
    }

    /** True when nothing but a few words (a time adverbial) follows the cue before the content end. */
    boolean shortTail(int from, int end) {
        if (from >= end) {
            return true;
        }
        int words = wordsWithin(from, end, MAX_PREPOSITIONAL_TAIL + 1);
        if (words > MAX_PREPOSITIONAL_TAIL) {
            // More words than any short tail has (the test below would say no): most tails run to the end of a
            // long content, which is then neither copied nor lower-cased.
            return false;
        }
        String tail = text.substring(from, end).strip();
        if (tail.isEmpty() || tail.equals(".")) {
            return true;
        }
        String lower = tail.toLowerCase(Locale.ROOT);
        if (opensClause(tail, lower)) {
            return false; // "Speaking to reporters, Roe said the dam held": a clause, not a time phrase
        }
        // "announced at a meeting of the regional government on Friday": prepositional phrases only.
        int maxWords = startsWithPlacePreposition(lower) && tail.indexOf(',') < 0 ? MAX_PREPOSITIONAL_TAIL : 4;
        return !lower.contains(" that ") && !lower.startsWith("that") && words <= maxWords
                && !hasAuxiliary(from, end);
    }

    /**
     * The words of [from, end) stripped ({@code String.strip}), as {@code split("\\s+")} counts them (a run of a
     * regular expression's whitespace between two words), without copying or splitting: at most {@code atMost}.
     * Stripping a range tests each char alone, like {@code strip} does (no surrogate is whitespace).
     */
    int wordsWithin(int from, int end, int atMost) {
        int s = from;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            return 0;
        }
        int words = 1;
        for (int i = s + 1; i < e && words < atMost; i++) {
            if (isRegexSpace(text.charAt(i)) && !isRegexSpace(text.charAt(i - 1))) {
                words++;
            }
        }
        return words;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** How often {@code c} occurs in {@code s}. */
    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Words that open a noun phrase: after a cue they start its content, never an adverbial tail. */
    private static final java.util.Set<String> PHRASE_OPENERS = java.util.Set.of("the", "a", "an", "this", "these",
            "those", "its", "his", "her", "their", "our", "some", "all", "most", "many", "no", "both", "several",
            "it", "they", "he", "she", "we");

    /** Whether a tail after a cue opens with a noun phrase or a figure: the start of a content clause. */
    private static boolean opensClause(String tail, String lower) {
        int space = lower.indexOf(' ');
        if (space < 0) {
            return false; // one word: "said Monday", "added later"
        }
        String first = lower.substring(0, space);
        int end = lower.length();
        while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
            end--;
        }
        String lastWord = lower.substring(lower.lastIndexOf(' ', end - 1) + 1, end);
        if (count(lower, ' ') + 1 <= 4 && TIME_NOUNS.contains(lastWord)) {
            return false; // "said the next day", "said this week", "added two days later"
        }
        return PHRASE_OPENERS.contains(first) || Character.isDigit(tail.charAt(0));
    }

    /** Nouns that end a time phrase after a cue. */
    private static final java.util.Set<String> TIME_NOUNS = java.util.Set.of("day", "days", "week", "weeks", "month",
            "months", "year", "years", "morning", "afternoon", "evening", "night", "weekend", "time", "later", "ago",
            "earlier", "hours");

    /** Most words of a tail of prepositional phrases after a closing cue. */
    private static final int MAX_PREPOSITIONAL_TAIL = 12;
    /** Prepositions that open a time, place or occasion phrase after a cue ("at a meeting", "on Telegram"). */
    static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("at", "on", "in", "during", "after",
            "before", "via", "over", "from", "to", "for", "late", "early", "last", "earlier");

    static boolean startsWithPlacePreposition(String lower) {
        int space = lower.indexOf(' ');
        return space > 0 && PLACE_PREPOSITIONS.contains(lower.substring(0, space));
    }

    /** Whether [from, end) holds at most {@code max} words and no "that". */
    boolean fewWordsWithoutThat(int from, int end, int max) {
        int words = 0;
        int i = from;
        while (i < end) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int we = i;
            while (we < end && Character.isLetterOrDigit(text.charAt(we))) {
                we++;
            }
            if (++words > max || (we - i == 4 && text.regionMatches(true, i, "that", 0, 4))) {
                return false;
            }
            i = we;
        }
        return true;
    }

    /** The index after a "that" among the next {@code maxWords} words, or -1 (also at a quotation mark). */
    int thatWithin(int from, int end, int maxWords) {
        int i = from;
        for (int w = 0; w < maxWords && i < end; w++) {
            i = skipSpaces(i);
            int we = CueLexicon.wordEnd(text, i, end);
            if (we == i) {
                if (i < end && text.charAt(i) == '"' || i < end && text.charAt(i) == '“') {
                    return -1;
                }
                i++;
                continue;
            }
            String word = lowerWord(i, we);
            if (word.equals("that")) {
                return we;
            }
            if (AUXILIARIES.contains(word) || word.equals("and") || word.equals("but")) {
                return -1; // "said the pumps had failed and that ...": a clause began before this "that"
            }
            i = we;
        }
        return -1;
    }
}
