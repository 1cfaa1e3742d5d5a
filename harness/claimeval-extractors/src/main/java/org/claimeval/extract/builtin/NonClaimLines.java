package org.claimeval.extract.builtin;

import java.util.Locale;
import java.util.Set;

/**
 * Lines that are never claims, in any extractor (guideline 4, H26): bylines ("By Jane Roe", "Words and photos
 * by ..."), credits and captions with a label ("Photo: ..."), timestamps and update lines ("09:42 GMT",
 * "Updated 5 May at 18:20"), and section lines of separated fields ("Politics | 15 May"). All have no final
 * period; a sentence that starts with "By" ("By Moscow's estimate, ...") ends with one and is kept. A caption
 * without a label is known by the credit line next to it.
 */
final class NonClaimLines {
    /** Labels of a credit or caption line, lower case, before a colon. */
    private static final Set<String> CREDIT_LABELS = Set.of("photo", "photos", "photograph", "picture", "image",
            "images", "credit", "credits", "video", "caption", "illustration", "graphic", "map", "фото");
    /** First words of a dateline-like update line. */
    private static final Set<String> UPDATE_WORDS = Set.of("updated", "published", "posted", "last", "first",
            "modified");
    /** Words that sign a byline ("Words and photos by ...", "Reporting by ..."). */
    private static final Set<String> BYLINE_WORDS = Set.of("by", "words", "reporting", "text", "written", "edited");

    private NonClaimLines() {
    }

    /** Whether the paragraph {@code p} is a byline, credit, caption label, timestamp or section line. */
    static boolean isNonClaim(String text, TextRange p) {
        if (FactCheckRule.isRating(text, p)) {
            return true; // "Verdict: False.": the author's rating (H45)
        }
        if (separators(text, p) >= 2) {
            return true; // "Outlet | 16 June 2025 | Edited for length.": a section line of separated fields
        }
        if (text.charAt(p.start()) == '[' && text.charAt(p.end() - 1) == ']') {
            return true; // "[On screen: ...]": a transcript's on-screen line or stage direction is a caption (H37)
        }
        char last = text.charAt(p.end() - 1);
        if (last == '.' || last == '!' || last == '"' || last == '”') {
            return false;
        }
        String line = text.substring(p.start(), p.end());
        String lower = line.toLowerCase(Locale.ROOT);
        if (isCredit(text, p)) {
            return true;
        }
        String first = firstWord(lower);
        if (BYLINE_WORDS.contains(first) && (lower.startsWith("by ") || lower.contains(" by "))) {
            return true;
        }
        if (UPDATE_WORDS.contains(first) || hasClockTime(line)) {
            return true;
        }
        return line.indexOf('|') >= 0 || line.indexOf('·') >= 0;
    }

    private static int separators(String text, TextRange p) {
        int n = 0;
        for (int i = p.start(); i < p.end(); i++) {
            if (text.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }

    /** Most words of a section heading ("A unique operation", "Key points"). */
    private static final int MAX_HEADING_WORDS = 4;

    /**
     * A line that is never a claim: {@link #isNonClaim} or a section heading without a proposition (a few words,
     * no final punctuation, no quotation, no figure). The first line is the headline, never a section heading
     * ("Port reopens").
     */
    static boolean skip(String text, TextRange p) {
        return isNonClaim(text, p) || (!isFirstLine(text, p) && (isHeading(text, p) || isCaption(text, p)));
    }

    /** Most words of a caption. */
    private static final int MAX_CAPTION_WORDS = 30;

    /**
     * A caption: a short line right above a credit line ("Smoke rises over the port on Monday." above "Photo:
     * Agency/Handout"). It describes a picture, whatever its tense (H26), with no quotation and no reporting cue.
     * The line below a credit is not judged so: it is as often the article's first paragraph.
     */
    private static boolean isCaption(String text, TextRange p) {
        TextRange next = nextLineStart(text, p.end());
        if (next == null || !isCredit(text, next)
                || QuotationFinder.wordsUpTo(text, new Quotation(p.start() - 1, p.end()), MAX_CAPTION_WORDS) > MAX_CAPTION_WORDS) {
            return false;
        }
        int mark = QuotationFinder.nextMark(text, p.start());
        return (mark < 0 || mark >= p.end()) // a caption quotes nobody
                && CueLexicon.get().scan(text, p.start(), p.end()).isEmpty(); // nor reports anything
    }

    /**
     * The start of the next non-blank line after {@code from}, as long as {@link #isCredit} reads (its label and
     * colon), or null: every line is asked whether a credit follows it, so the next line is not read to its end.
     */
    private static TextRange nextLineStart(String text, int from) {
        TextRange rest = SentenceSplitter.trim(text, from, text.length());
        if (rest.isEmpty()) {
            return null;
        }
        int end = rest.start();
        int limit = Math.min(text.length(), rest.start() + MAX_LABEL + 1);
        while (end < limit && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return new TextRange(rest.start(), end);
    }

    /** Longest credit label before its colon ("illustration"). */
    private static final int MAX_LABEL = 12;

    private static boolean isCredit(String text, TextRange line) {
        int limit = Math.min(line.end(), line.start() + MAX_LABEL + 1);
        for (int i = line.start(); i < limit; i++) {
            if (text.charAt(i) == ':') {
                return CREDIT_LABELS.contains(text.substring(line.start(), i).strip().toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    private static boolean isFirstLine(String text, TextRange p) {
        for (int i = 0; i < p.start(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isHeading(String text, TextRange p) {
        char last = text.charAt(p.end() - 1);
        if (last == '.' || last == '!' || last == '?' || ContentTrimmer.isQuoteMark(last)) {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = p.start(); i < p.end(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || ContentTrimmer.isQuoteMark(c)) {
                return false;
            }
            boolean letter = Character.isLetter(c);
            if (letter && !inWord && ++words > MAX_HEADING_WORDS) {
                return false;
            }
            inWord = letter || (inWord && c == '-');
        }
        return words > 0;
    }

    private static String firstWord(String lower) {
        int e = 0;
        while (e < lower.length() && Character.isLetter(lower.charAt(e))) {
            e++;
        }
        return lower.substring(0, e);
    }

    /** "09:42", "7:30": a clock time, which only timestamps and schedules carry in a line without a period. */
    private static boolean hasClockTime(String line) {
        for (int i = 1; i + 2 < line.length(); i++) {
            if (line.charAt(i) == ':' && Character.isDigit(line.charAt(i - 1)) && Character.isDigit(line.charAt(i + 1))
                    && Character.isDigit(line.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }
}
