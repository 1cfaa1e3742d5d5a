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
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                TextRange trimmed = trim(text, lineStart, i);
                if (!trimmed.isEmpty()) {
                    out.add(trimmed);
                }
                lineStart = i + 1;
            }
        }
        return out;
    }

    /** Sentences of one paragraph, trimmed, in order. */
    static List<TextRange> sentences(String text, TextRange paragraph) {
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
