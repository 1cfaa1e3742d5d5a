package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Claims in the article's own voice (guideline 3): a sentence the attribution rules made no claim of, outside
 * quotations, that asserts a checkable fact. Two families, each known by words the sentence already holds, so the
 * rule reads each sentence once, word by word, and needs no tagger:
 * <ul>
 *   <li>{@link Kind#NO_STATEMENT}: a source did not comment, confirm, specify or give a figure, or a claim could
 *       not be verified ("The ministry did not specify the number", "It gave no figures", "The claim could not be
 *       verified"): an author claim of type OTHER (section 3, H51);</li>
 *   <li>{@link Kind#FACT}: a statement with a date or a figure and nothing that makes it a hedge, a forecast, the
 *       outlet speaking of itself or an evaluation ("Ukrainian troops crossed the border on 6 August").</li>
 * </ul>
 * Headlines and lines without a final period, questions, quotations and reported speech are left alone: they are
 * never the author's statement of a fact, or the attribution rules already decided them.
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
        if (words.lower().size() < MIN_DETAIL_WORDS || !words.plain() || words.deniesStatement()) {
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

    /** A sentence's words in lower case (dates as written), and whether it holds a figure or a date. */
    private record Words(List<String> lower, boolean figure) {
        static Words of(String text, TextRange s) {
            List<String> lower = new ArrayList<>();
            boolean figure = false;
            int i = s.start();
            while (i < s.end()) {
                char c = text.charAt(i);
                if (Character.isDigit(c)) {
                    figure = true;
                    i++;
                } else if (CueLexicon.isLetter(c)) {
                    int e = CueLexicon.wordEnd(text, i, s.end());
                    String word = text.substring(i, e).toLowerCase(Locale.ROOT);
                    boolean date = DATE_NAMES.contains(word) && Character.isUpperCase(c) && !lower.isEmpty();
                    figure |= date;
                    // A date keeps its capital, so that "on 3 May" is never read as the modal "may".
                    lower.add(date ? text.substring(i, e) : word);
                    i = e;
                } else {
                    i++;
                }
            }
            return new Words(lower, figure);
        }

        /** "did not comment", "has not confirmed", "declined to say", "made no comment", "gave no figures". */
        boolean deniesStatement() {
            for (int k = 0; k < lower.size(); k++) {
                String w = lower.get(k);
                if (STATEMENT_WORDS.contains(w) && negatedBefore(k)) {
                    return true;
                }
                if (GIVING.contains(w) && k + 1 < lower.size() && lower.get(k + 1).equals("no")) {
                    return true;
                }
            }
            return false;
        }

        /** "two aid centres", but not a span of time ("Two months after ..."), which dates nothing. */
        private boolean countsInWords() {
            for (int k = 0; k + 1 < lower.size(); k++) {
                if (NUMBER_WORDS.contains(lower.get(k)) && !TIME_SPANS.contains(lower.get(k + 1))) {
                    return true;
                }
            }
            return false;
        }

        private boolean negatedBefore(int k) {
            for (int j = Math.max(0, k - NEGATION_REACH); j < k; j++) {
                String w = lower.get(j);
                if (NEGATIONS.contains(w) || w.equals("t") && j > 0 && lower.get(j - 1).endsWith("n")) {
                    return true; // "did not", "declined to", and "didn't" (split at the apostrophe)
                }
            }
            return false;
        }

        /**
         * A figure or a date, enough words for a statement, and {@link #plain()}.
         */
        boolean statesFact() {
            return (figure || countsInWords()) && lower.size() >= MIN_WORDS && plain();
        }

        /** No modal, first person, framing, stance or evidence word, and no source's words as the subject. */
        boolean plain() {
            for (int k = 0; k < lower.size(); k++) {
                String w = lower.get(k);
                if (MODALS.contains(w) || PERSONAL.contains(w) || FRAMING.contains(w) || STANCE_OR_EVIDENCE.contains(w)
                        || k < SUBJECT_REACH && WORDS_AS_SUBJECT.contains(w)) {
                    return false;
                }
            }
            return true;
        }
    }
}
