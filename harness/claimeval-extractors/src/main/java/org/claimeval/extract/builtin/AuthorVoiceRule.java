package org.claimeval.extract.builtin;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Claims in the article's own voice (guideline 3): a sentence the attribution rules made no claim of, outside
 * quotations, that asserts a checkable fact. Two families, each known by words the sentence already holds, so the
 * rule reads each sentence once, word by word, with one look-up per word and no tagger:
 * <ul>
 *   <li>{@link Kind#NO_STATEMENT}: a source did not comment, confirm, specify or give a figure, or a claim could
 *       not be verified ("The ministry did not specify the number", "It gave no figures", "The claim could not be
 *       verified"): an author claim of type OTHER (section 3, H51);</li>
 *   <li>{@link Kind#FACT}: a statement with a date or a figure and nothing that makes it a hedge, a forecast, the
 *       outlet speaking of itself or an evaluation ("Ukrainian troops crossed the border on 6 August").</li>
 * </ul>
 * Headlines and lines without a final period, questions, quotations and reported speech are left alone: they are
 * never the author's statement of a fact, or the attribution rules already decided them. Besides whole sentences
 * ({@link #find}), the rule judges the author's first clause before a source's coordinated clause
 * ({@link #findBefore}) and whether a sentence is plain enough to be a report's detail ({@link #detail}); which
 * sentence needs which is {@link UncuedClaims}' to decide.
 */
final class AuthorVoiceRule {
    /** Which family a sentence belongs to. */
    enum Kind { NO_STATEMENT, FACT }

    /** A sentence's author claim: its content and family. */
    record Found(TextRange content, Kind kind) {
    }

    /** Verbs and nouns of stating whose negation says a source gave no statement ("did not comment"). */
    private static final Set<String> STATEMENT_WORDS = Set.of("comment", "commented", "comments", "commenting",
            "confirm", "confirmed", "specify", "specified", "say", "said", "verify", "verified", "publish",
            "published", "disclose", "disclosed", "check", "checked", "figure", "figures", "number", "numbers",
            "evidence", "sign", "signs", "answer", "questions");
    /** Words that negate a statement word a few words after them ("has not yet commented", "made no comment"). */
    private static final Set<String> NEGATIONS = Set.of("not", "no", "neither", "nor", "never", "declined",
            "refused");
    /** Verbs of giving that a following "no" negates ("gave no figures"). */
    private static final Set<String> GIVING = Set.of("gave", "give", "gives", "provided", "released", "offered");
    /** How far before a statement word its negation may stand ("did not immediately or officially confirm"). */
    private static final int NEGATION_REACH = 4;

    /** Modals: a fact stated with one is a hedge or a forecast, not a checkable fact (guideline 3, H48). */
    private static final Set<String> MODALS = Set.of("will", "would", "could", "should", "may", "might", "must",
            "can", "cannot", "shall");
    /** The outlet speaking of itself or to the reader: introductions, notices, pledges (H48), not facts. */
    private static final Set<String> PERSONAL = Set.of("we", "our", "us", "i", "my", "me", "you", "your");
    /** Words of evaluation and framing: the main clause judges or relates rather than states (section 3, H14). */
    private static final Set<String> FRAMING = Set.of("appear", "appears", "appeared", "seem", "seems", "seemed",
            "likely", "unlikely", "perhaps", "probably", "possibly", "question", "whether", "answer", "marks",
            "comes", "echoed", "echoes", "reportedly", "allegedly", "tensions", "unclear", "response");
    /**
     * Verbs of evidence and of a source's stance (H38, H40): "Footage shows X", "Officials estimate X". The
     * attribution rules decide such a sentence; when they made no claim of it, it is still no plain fact.
     */
    private static final Set<String> STANCE_OR_EVIDENCE = Set.of("shows", "show", "showed", "suggests", "suggest",
            "suggested", "indicates", "indicate", "estimate", "estimates", "believe", "believes", "expect", "expects",
            "expected", "insist", "insists", "concede", "concedes");
    /**
     * Subjects that are a source's words or the sentence before ("The comments were in response to ...", "This
     * comes after ..."): the sentence relates words to their occasion, which is framing (H14).
     */
    private static final Set<String> WORDS_AS_SUBJECT = Set.of("this", "these", "comments", "remarks", "statement",
            "statements", "words", "remark", "announcement");
    /** How many opening words may hold such a subject ("The president's comments"). */
    private static final int SUBJECT_REACH = 3;
    /**
     * Names of months and weekdays: a date makes a statement checkable. They count only capitalised and not as the
     * first word ("May", "March", "Sunday" are other words there or in lower case).
     */
    private static final Set<String> DATE_NAMES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");
    /** Small numbers written as words ("two aid centres"); vague amounts ("several", "dozens") are none (H44). */
    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");
    /** Units of a span of time, which a number word before them makes no figure of. */
    private static final Set<String> TIME_SPANS = Set.of("days", "weeks", "months", "years", "hours", "decades");
    /** Fewest words of a statement: shorter lines are labels and fragments. */
    private static final int MIN_WORDS = 5;

    private AuthorVoiceRule() {
    }

    /** The sentence's author claim, or null. The caller has checked that no attribution rule claimed it. */
    static Found find(String text, TextRange sentence, boolean reportsSpeech) {
        char last = text.charAt(sentence.end() - 1);
        if (last != '.' || hasQuoteOrSeparator(text, sentence) || opensWithLabel(text, sentence)) {
            return null; // headlines, questions, quotations, "Sources: ...": not the author's statement (4, H4)
        }
        return ofClause(text, sentence, reportsSpeech);
    }

    /** Fewest words of a detail that continues a report ("Nobody was injured"). */
    private static final int MIN_DETAIL_WORDS = 3;

    /**
     * The content of a sentence that can continue a source's report as its detail (guideline 2, implicit): a plain
     * statement, with or without a figure, and nothing that makes it a hedge, a forecast, the outlet's own words or
     * an evaluation; or null. Whether a report stands before it is the caller's to know.
     */
    static TextRange detail(String text, TextRange sentence, boolean reportsSpeech) {
        char last = text.charAt(sentence.end() - 1);
        if (last != '.' || reportsSpeech || hasQuoteOrSeparator(text, sentence) || opensWithLabel(text, sentence)) {
            return null;
        }
        Words words = Words.of(text, sentence);
        if (words.size() < MIN_DETAIL_WORDS || !words.plain() || words.deniesStatement()) {
            return null;
        }
        TextRange content = ContentTrimmer.trim(text, withoutListDash(text, sentence), sentence.end());
        return content.isEmpty() ? null : content;
    }

    /** Most words between a coordinator and the claim of a source after it (", but on Friday it said"). */
    private static final int MAX_WORDS_TO_SOURCE = 4;

    /**
     * The author claim of a sentence's first clause, when a coordinated clause of a source follows it: "X did not
     * comment on the figures, but Y said Z" and "Troops crossed the border on 6 August, and Kyiv said Z" hold an
     * author claim before the comma (H6: two verbs, two claims). {@code sourceStart} is where the first part of a
     * source's claim (mention, cue or content) begins; the caller has checked the sentence holds one.
     */
    static Found findBefore(String text, TextRange sentence, int sourceStart) {
        char last = text.charAt(sentence.end() - 1);
        int comma = coordinatingComma(text, sentence.start(), sourceStart);
        if (last != '.' || comma < 0) {
            return null;
        }
        TextRange clause = new TextRange(sentence.start(), comma);
        if (hasQuoteOrSeparator(text, clause) || opensWithLabel(text, clause)) {
            return null;
        }
        return ofClause(text, clause, false); // the source's cue stands after the clause, not in it
    }

    /** The comma of ", and" or ", but" shortly before {@code to}, or -1. */
    private static int coordinatingComma(String text, int from, int to) {
        int words = 0;
        for (int i = to - 1; i > from; i--) {
            char c = text.charAt(i);
            if (c == ',') {
                return text.startsWith(", and ", i) || text.startsWith(", but ", i) ? i : -1;
            }
            if (c == ' ' && ++words > MAX_WORDS_TO_SOURCE + 1) {
                return -1;
            }
        }
        return -1;
    }

    private static Found ofClause(String text, TextRange clause, boolean reportsSpeech) {
        Words words = Words.of(text, clause);
        Kind kind = words.deniesStatement() ? Kind.NO_STATEMENT
                : !reportsSpeech && words.statesFact() ? Kind.FACT : null;
        if (kind == null) {
            return null;
        }
        TextRange content = ContentTrimmer.trim(text, withoutListDash(text, clause), clause.end());
        return content.isEmpty() ? null : new Found(content, kind);
    }

    /** Where a sentence starts after the dash of a list item ("- Ukraine holds ..."), which is no part of it. */
    private static int withoutListDash(String text, TextRange s) {
        char c = text.charAt(s.start());
        boolean dash = (c == '-' || c == '–' || c == '—') && s.start() + 1 < s.end()
                && Character.isWhitespace(text.charAt(s.start() + 1));
        return dash ? s.start() + 1 : s.start();
    }

    /** "Sources: ...", "Verdict: ...": a label before a colon opens a list or a rating, not a statement. */
    private static boolean opensWithLabel(String text, TextRange s) {
        int e = CueLexicon.wordEnd(text, s.start(), s.end());
        return e < s.end() && text.charAt(e) == ':';
    }

    /**
     * Whether a quotation mark or a field separator stands in the sentence: a quotation is a source's, and a line of
     * fields ("The Tribune | 16 June | Edited for length.") is a section line (NonClaimLines), not a statement.
     */
    private static boolean hasQuoteOrSeparator(String text, TextRange s) {
        for (int i = s.start(); i < s.end(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„' || c == '|' || c == '·') {
                return true;
            }
        }
        return false;
    }

    // The word classes, as bits: one look-up per word tells every class it belongs to ("answer" is two).
    private static final int STATEMENT = 1;
    private static final int NEGATION = 1 << 1;
    private static final int NO = 1 << 2;
    private static final int GIVES = 1 << 3;
    private static final int MODAL = 1 << 4;
    private static final int NOT_PLAIN = 1 << 5;
    private static final int SUBJECT_WORDS = 1 << 6;
    private static final int DATE = 1 << 7;
    private static final int NUMBER = 1 << 8;
    private static final int TIME_SPAN = 1 << 9;

    /** Each word of the sets above with the bits of its classes; read without building a string per word. */
    private static final LowerCaseLookup<Integer> CLASSES = LowerCaseLookup.wordSets(Map.ofEntries(
            Map.entry(STATEMENT, STATEMENT_WORDS), Map.entry(NEGATION, NEGATIONS), Map.entry(NO, Set.of("no")),
            Map.entry(GIVES, GIVING), Map.entry(MODAL, MODALS),
            Map.entry(NOT_PLAIN, union(PERSONAL, FRAMING, STANCE_OR_EVIDENCE)),
            Map.entry(SUBJECT_WORDS, WORDS_AS_SUBJECT), Map.entry(DATE, DATE_NAMES), Map.entry(NUMBER, NUMBER_WORDS),
            Map.entry(TIME_SPAN, TIME_SPANS)));

    @SafeVarargs
    private static java.util.Collection<String> union(Set<String>... sets) {
        java.util.Collection<String> all = new java.util.ArrayList<>();
        for (Set<String> s : sets) {
            all.addAll(s);
        }
        return all;
    }

    /** The classes of a sentence's words, one bit set per word, and whether it holds a figure or a date. */
    private record Words(int[] classes, int size, boolean figure) {
        static Words of(String text, TextRange s) {
            int[] classes = new int[8];
            int size = 0;
            boolean figure = false;
            int i = s.start();
            while (i < s.end()) {
                char c = text.charAt(i);
                if (Character.isDigit(c)) {
                    figure = true;
                    i++;
                } else if (CueLexicon.isLetter(c)) {
                    int e = CueLexicon.wordEnd(text, i, s.end());
                    Integer found = CLASSES.get(text, i, e);
                    int bits = found == null ? 0 : found;
                    if ((bits & DATE) != 0) {
                        // "on 3 May" is a date, never the modal "may"; a first or lower-case word is no date.
                        bits = Character.isUpperCase(c) && size > 0 ? DATE : bits & ~DATE;
                        figure |= bits == DATE;
                    }
                    if (e == i + 1 && c == 't' && i >= s.start() + 2 && text.charAt(i - 2) == 'n'
                            && ContentTrimmer.isQuoteMark(text.charAt(i - 1))) {
                        bits = NEGATION; // "didn't", "hasn't": the "t" after the apostrophe
                    }
                    if (size == classes.length) {
                        classes = Arrays.copyOf(classes, 2 * size);
                    }
                    classes[size++] = bits;
                    i = e;
                } else {
                    i++;
                }
            }
            return new Words(classes, size, figure);
        }

        private boolean is(int k, int bit) {
            return (classes[k] & bit) != 0;
        }

        /** "did not comment", "has not confirmed", "declined to say", "made no comment", "gave no figures". */
        boolean deniesStatement() {
            for (int k = 0; k < size; k++) {
                if (is(k, STATEMENT) && negatedBefore(k) || is(k, GIVES) && k + 1 < size && is(k + 1, NO)) {
                    return true;
                }
            }
            return false;
        }

        private boolean negatedBefore(int k) {
            for (int j = Math.max(0, k - NEGATION_REACH); j < k; j++) {
                if (is(j, NEGATION)) {
                    return true;
                }
            }
            return false;
        }

        /** "two aid centres", but not a span of time ("Two months after ..."), which dates nothing. */
        private boolean countsInWords() {
            for (int k = 0; k + 1 < size; k++) {
                if (is(k, NUMBER) && !is(k + 1, TIME_SPAN)) {
                    return true;
                }
            }
            return false;
        }

        /** A figure or a date, enough words for a statement, and {@link #plain()}. */
        boolean statesFact() {
            return (figure || countsInWords()) && size >= MIN_WORDS && plain();
        }

        /** No modal, first person, framing, stance or evidence word, and no source's words as the subject. */
        boolean plain() {
            for (int k = 0; k < size; k++) {
                if (is(k, MODAL | NOT_PLAIN) || k < SUBJECT_REACH && is(k, SUBJECT_WORDS)) {
                    return false;
                }
            }
            return true;
        }
    }
}
