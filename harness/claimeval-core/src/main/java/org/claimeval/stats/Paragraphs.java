package org.claimeval.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.claimeval.model.Document;

/**
 * The paragraphs of a document, the unit the bootstrap resamples: a paragraph is a line with non-blank
 * text. A paragraph owns its line and the blank lines after it, so every code-point offset belongs to exactly
 * one paragraph (offsets before the first paragraph belong to the first; a text with no paragraph at all is
 * one unit).
 */
public final class Paragraphs {
    private final String doc;
    /** Code-point offset where each paragraph's line starts, ascending. */
    private final int[] starts;

    private Paragraphs(String doc, int[] starts) {
        this.doc = doc;
        this.starts = starts;
    }

    public static Paragraphs of(Document document) {
        String text = document.text();
        List<Integer> starts = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                starts.add(document.toCodePointOffset(lineStart));
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        if (starts.isEmpty()) {
            starts.add(0);
        }
        return new Paragraphs(document.id(), starts.stream().mapToInt(Integer::intValue).toArray());
    }

    public String doc() {
        return doc;
    }

    public int size() {
        return starts.length;
    }

    /** The index (0-based) of the paragraph a code-point offset belongs to. */
    public int indexOf(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        int index = found >= 0 ? found : -found - 2;
        return Math.max(index, 0);
    }
}
