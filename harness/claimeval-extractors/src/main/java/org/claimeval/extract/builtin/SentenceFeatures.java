package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The features the {@code learned} classifier sees for one sentence, as strings for OpenNLP's bag-of-words
 * document categorizer: its lower-case words, and markers for a reporting cue (by shape), a figure, a
 * quotation mark, the sentence's position and length.
 */
final class SentenceFeatures {
    private SentenceFeatures() {
    }

    static String[] of(String text, TextRange s, int indexInDocument) {
        List<String> f = new ArrayList<>();
        boolean digit = false;
        boolean quote = false;
        int words = 0;
        int i = s.start();
        while (i < s.end()) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            }
            if (ContentTrimmer.isQuoteMark(c) && (i == s.start() || !Character.isLetter(text.charAt(i - 1)))) {
                quote = true;
            }
            if (Character.isLetter(c)) {
                int e = CueLexicon.wordEnd(text, i, s.end());
                f.add(text.substring(i, e).toLowerCase(Locale.ROOT));
                words++;
                i = e;
            } else {
                i++;
            }
        }
        for (CueLexicon.Hit h : CueLexicon.get().scan(text, s.start(), s.end())) {
            f.add("__cue_" + h.entry().shape());
        }
        if (digit) {
            f.add("__digit");
        }
        if (quote) {
            f.add("__quote");
        }
        f.add(indexInDocument == 0 ? "__first" : "__later");
        f.add(words < 6 ? "__short" : words < 25 ? "__medium" : "__long");
        char last = text.charAt(s.end() - 1);
        f.add(last == '.' || last == '"' || last == '”' ? "__final_period" : last == '?' ? "__question" : "__no_period");
        return f.toArray(String[]::new);
    }
}
