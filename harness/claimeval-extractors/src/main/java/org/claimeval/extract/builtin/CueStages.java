package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.List;

/**
 * Stages of the {@code cue} extractor made callable from outside the package, so that the benchmarks time the
 * extractor's own code, never a copy of it. Not an extractor API: names and results follow the extractor's
 * internals. Ranges are char indices of the text.
 */
public final class CueStages {
    private CueStages() {
    }

    /** A range of a text, in char indices. */
    public record Range(int start, int end) {
    }

    /** The sentences of a text, as the extractor splits it: lines, then the sentence model inside each line. */
    public static List<Range> sentences(String text) {
        List<Range> out = new ArrayList<>();
        for (TextRange s : SentenceSplitter.sentences(text)) {
            out.add(new Range(s.start(), s.end()));
        }
        return out;
    }

    /** The lexicon scan over a whole text: the number of cues found. */
    public static int countCues(String text) {
        return CueLexicon.get().scan(text, 0, text.length()).size();
    }

    /**
     * The cues of each sentence as the extractor's scanner keeps them: the lexicon scan, then its filters, and the
     * tagger for every ambiguous form the filters leave ("reports", "claims"). Quotations are not left out first,
     * as the extractor does, so the tagger runs for at least as many forms as in the extractor.
     */
    public static int countSentenceCues(String text, List<Range> sentences) {
        CueScanner scanner = new CueScanner(new TextNav(text));
        int found = 0;
        for (Range s : sentences) {
            found += scanner.cues(s.start(), s.end()).size();
        }
        return found;
    }

    /** What a claim's content gets besides its span: the type lexicon's guess and the quantities in it. */
    public static Object typeAndQuantities(String text, Range content) {
        return List.of(TypeLexicon.get().classify(text, content.start(), content.end()),
                QuantityFinder.find(text, content.start(), content.end()));
    }
}
