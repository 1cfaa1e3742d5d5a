package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * A rule tokenizer close to the UD English conventions the POS model was trained on, for the few words around
 * an ambiguous cue: words are runs of letters and digits (with inner hyphens, and inner periods or commas
 * between digits), a clitic ("'s", "n't") is a token of its own, and every other non-space character is a
 * token. It is a plain char scan, several times cheaper than {@code TokenizerME}, whose maxent decision at
 * every character the verb check does not need.
 */
final class WordTokenizer {
    private WordTokenizer() {
    }

    static Span[] tokenize(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int e = wordEnd(text, i);
                int clitic = cliticStart(text, i, e);
                if (clitic > i) {
                    out.add(new Span(i, clitic));
                }
                if (clitic < e) {
                    out.add(new Span(clitic, e));
                }
                i = e;
            } else {
                out.add(new Span(i, i + 1));
                i++;
            }
        }
        return out.toArray(Span[]::new);
    }

    /** End of a word: letters and digits, inner hyphens and apostrophes, periods or commas between digits. */
    private static int wordEnd(String text, int i) {
        int n = text.length();
        int e = i;
        while (e < n) {
            char c = text.charAt(e);
            if (Character.isLetterOrDigit(c)) {
                e++;
            } else if (e + 1 < n && e > i && Character.isLetterOrDigit(text.charAt(e + 1))
                    && (c == '-' || c == '\'' || c == '’'
                    || ((c == '.' || c == ',') && Character.isDigit(text.charAt(e - 1))
                    && Character.isDigit(text.charAt(e + 1))))) {
                e++;
            } else {
                break;
            }
        }
        return e;
    }

    /** Where a final clitic starts ("Russia|'s", "do|n't"), or {@code e} when the word has none. */
    private static int cliticStart(String text, int s, int e) {
        if (e - s > 2 && isApostrophe(text.charAt(e - 2)) && Character.toLowerCase(text.charAt(e - 1)) == 's') {
            return e - 2;
        }
        if (e - s > 3 && isApostrophe(text.charAt(e - 2)) && Character.toLowerCase(text.charAt(e - 1)) == 't'
                && Character.toLowerCase(text.charAt(e - 3)) == 'n') {
            return e - 3;
        }
        return e;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
