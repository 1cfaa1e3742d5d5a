package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations inside one paragraph: curly and straight, double and single marks, and guillemets. A single
 * mark between two letters or digits is an apostrophe ("Russia's", "don't"), never a quotation mark; a straight
 * mark opens when it follows a space, an opening bracket or the paragraph start and precedes a non-space.
 */
final class QuotationFinder {
    private QuotationFinder() {
    }

    /**
     * Index of the first quotation mark at or after {@code from}, or -1. An apostrophe inside a word ("Russia's")
     * is passed over, as {@link #find} does: a line whose only marks are such apostrophes has no quotation.
     */
    static int nextMark(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!cannotBeMark(c) && ContentTrimmer.isQuoteMark(c) && !insideWord(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A two-comparison pre-test: every quotation mark is at most '\'' or at least '«', so the characters between
     * (all ASCII letters and digits among them) need no closer look, nor does a space.
     */
    private static boolean cannotBeMark(char c) {
        return c > '\'' && c < '«' || c == ' ';
    }

    private static boolean insideWord(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '‘' || c == '’') && i > 0 && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    static List<Quotation> find(String text, TextRange paragraph) {
        Scan scan = scan(text, paragraph);
        List<Quotation> out = scan.closed();
        int doubleOpen = scan.doubleOpen();
        if (doubleOpen >= 0 && text.charAt(doubleOpen) != '"') {
            // A quotation running to the paragraph end without a closing mark: the convention for a quotation
            // continued in the next paragraph. It still ends here.
            out.add(new Quotation(doubleOpen, paragraph.end()));
        }
        out.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return removeNested(out);
    }

    /**
     * Whether a double quotation is still open at the end of the paragraph (guideline H27: it continues when the
     * next paragraph opens with a quotation mark).
     */
    static boolean openAtEnd(String text, TextRange paragraph) {
        return scan(text, paragraph).doubleOpen() >= 0;
    }

    /** The quotations a scan closed, and where a double quotation still open at the end opened (or -1). */
    private record Scan(List<Quotation> closed, int doubleOpen) {
    }

    private static Scan scan(String text, TextRange paragraph) {
        List<Quotation> out = new ArrayList<>();
        int doubleOpen = -1;
        int singleOpen = -1;
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            if (cannotBeMark(c)) {
                continue;
            }
            char prev = i > paragraph.start() ? text.charAt(i - 1) : ' ';
            char next = i + 1 < paragraph.end() ? text.charAt(i + 1) : ' ';
            switch (c) {
                case '\n', '\r' -> {
                    // Inside a block of paragraphs (H27), the opening mark of the next paragraph continues the
                    // open quotation instead of closing it.
                    int resume = SentenceSplitter.trim(text, i, paragraph.end()).start();
                    if (doubleOpen >= 0 && resume < paragraph.end() && opensParagraph(text.charAt(resume))) {
                        i = resume;
                    }
                }
                case '“', '«', '„' -> {
                    if (doubleOpen < 0) {
                        doubleOpen = i;
                    }
                }
                case '”', '»' -> {
                    if (doubleOpen >= 0) {
                        out.add(new Quotation(doubleOpen, i));
                        doubleOpen = -1;
                        singleOpen = -1;
                    }
                }
                case '"' -> {
                    if (doubleOpen < 0 && opens(prev, next)) {
                        doubleOpen = i;
                    } else if (doubleOpen >= 0) {
                        out.add(new Quotation(doubleOpen, i));
                        doubleOpen = -1;
                        singleOpen = -1;
                    }
                }
                case '\'', '‘', '’' -> {
                    if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
                        continue; // apostrophe inside a word
                    }
                    if (singleOpen < 0 && c != '’' && opens(prev, next)) {
                        singleOpen = i;
                    } else if (singleOpen >= 0 && !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next)) {
                        if (doubleOpen < 0 || doubleOpen < singleOpen) {
                            out.add(new Quotation(singleOpen, i));
                        }
                        singleOpen = -1;
                    }
                }
                default -> {
                }
            }
        }
        return new Scan(out, doubleOpen);
    }

    /** A mark that opens a paragraph continuing a quotation: the same marks that open one. */
    static boolean opensParagraph(char c) {
        return c == '"' || c == '“' || c == '«' || c == '„';
    }

    private static boolean opens(char prev, char next) {
        boolean before = Character.isWhitespace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–'
                || prev == ':' || prev == '-';
        return before && !Character.isWhitespace(next);
    }

    /** Single-quoted stretches inside a double quotation are part of it, not quotations of their own. */
    private static List<Quotation> removeNested(List<Quotation> sorted) {
        List<Quotation> out = new ArrayList<>();
        int coveredTo = -1;
        for (Quotation q : sorted) {
            if (q.open() > coveredTo) {
                out.add(q);
                coveredTo = q.close();
            }
        }
        return out;
    }

    /**
     * Number of words in a quotation, counted up to {@code limit + 1}: a caller compares it with {@code limit} or
     * less, and a long content is read only as far as that (one or two words is a scare quote or a term, not a
     * quotation).
     */
    static int wordsUpTo(String text, Quotation q, int limit) {
        int words = 0;
        boolean inWord = false;
        for (int i = q.open() + 1; i < q.close(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord && ++words > limit) {
                return words;
            }
            inWord = letter || (inWord && (text.charAt(i) == '-' || text.charAt(i) == '\''));
        }
        return words;
    }
}
