package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.List;

/**
 * Stages of the {@code cue} extractor made callable from outside the package, so that the benchmarks time the
 * real code instead of a copy of it. Not an extractor API: names and results follow the extractor's internals.
 */
public final class CueStages {
    private CueStages() {
    }

    /** A cue found by the lexicon scan, in char indices; {@code nounAmbiguous} when a noun reading needs checking. */
    public record CueHit(int start, int end, boolean nounAmbiguous) {
    }

    /** The lexicon scan over a whole text, as the extractor runs it: the number of cues found. */
    public static int countCues(String text) {
        return CueLexicon.get().scan(text, 0, text.length()).size();
    }

    /** The cues of a text, in order. */
    public static List<CueHit> cues(String text) {
        List<CueHit> hits = new ArrayList<>();
        for (CueLexicon.Hit h : CueLexicon.get().scan(text, 0, text.length())) {
            hits.add(new CueHit(h.start(), h.end(), h.entry().nounAmbiguous()));
        }
        return hits;
    }

    /** The first word of every lexicon entry, sorted: the words a regular-expression alternation would match. */
    public static List<String> firstWords() {
        List<String> words = new ArrayList<>(CueLexicon.get().firstWords());
        words.sort(null);
        return words;
    }
}
