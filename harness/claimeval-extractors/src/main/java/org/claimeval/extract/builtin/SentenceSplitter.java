package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Paragraphs and sentences of a text. Lines are split first, because the sentence detector merges a headline
 * without final period into the next sentence; then {@code SentenceDetectorME} runs inside each line.
 */
final class SentenceSplitter {
    private SentenceSplitter() {
    }

    /** Non-blank lines, trimmed of surrounding whitespace. */
    static List<TextRange> paragraphs(String text) {
        List<TextRange> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int end = lineEnd(text, lineStart);
            TextRange trimmed = trim(text, lineStart, end);
            if (!trimmed.isEmpty()) {
                out.add(trimmed);
            }
            lineStart = end + 1;
        }
        return out;
    }

    /** Index of the line break ('\n' or '\r') ending the line that holds {@code index}, or the text length. */
    static int lineEnd(String text, int index) {
        int i = index;
        while (i < text.length() && !isLineBreak(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The trimmed line holding {@code index}. */
    static TextRange lineAround(String text, int index) {
        int start = Math.min(index, text.length());
        while (start > 0 && !isLineBreak(text.charAt(start - 1))) {
            start--;
        }
        return trim(text, start, lineEnd(text, index));
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** Sentences of one paragraph, trimmed, in order. */
    static List<TextRange> sentences(String text, TextRange paragraph) {
        if (!hasInnerEndOfSentenceChar(text, paragraph)) {
            // No candidate for the detector to decide on but the line's own end (a headline, a byline, a
            // one-sentence paragraph): whatever the detector decides there, the line is one sentence.
            return List.of(paragraph);
        }
        Span[] spans = EnglishModels.sentenceDetector()
                .sentPosDetect(text.subSequence(paragraph.start(), paragraph.end()));
        List<TextRange> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            TextRange t = trim(text, paragraph.start() + s.getStart(), paragraph.start() + s.getEnd());
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Whether the paragraph holds a character the sentence model may split at with a letter or digit after it;
     * marks in the paragraph's final run of punctuation ('."', '?!') can only end its last sentence.
     */
    static boolean hasInnerEndOfSentenceChar(String text, TextRange paragraph) {
        int lastWordChar = paragraph.end() - 1;
        while (lastWordChar >= paragraph.start() && !Character.isLetterOrDigit(text.charAt(lastWordChar))) {
            lastWordChar--;
        }
        char[] eos = EosRange.CHARS;
        for (int i = paragraph.start(); i < lastWordChar; i++) {
            char c = text.charAt(i);
            if (c < EosRange.LOWEST || c > EosRange.HIGHEST) {
                continue; // letters and spaces, most of a paragraph, with one comparison each
            }
            for (char e : eos) {
                if (c == e) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sentence model's end-of-sentence chars and their range, read once (when first needed). */
    private static final class EosRange {
        static final char[] CHARS = EnglishModels.endOfSentenceChars();
        static final char LOWEST = lowest(CHARS);
        static final char HIGHEST = highest(CHARS);

        private static char lowest(char[] chars) {
            char lowest = Character.MAX_VALUE;
            for (char c : chars) {
                lowest = (char) Math.min(lowest, c);
            }
            return lowest;
        }

        private static char highest(char[] chars) {
            char highest = Character.MIN_VALUE;
            for (char c : chars) {
                highest = (char) Math.max(highest, c);
            }
            return highest;
        }
    }

    static List<TextRange> sentences(String text) {
        List<TextRange> out = new ArrayList<>();
        for (TextRange p : paragraphs(text)) {
            out.addAll(sentences(text, p));
        }
        return out;
    }

    static TextRange trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new TextRange(start, end);
    }
}
