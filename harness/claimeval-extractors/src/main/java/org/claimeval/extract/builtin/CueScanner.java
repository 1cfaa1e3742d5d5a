package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.Span;
import org.claimeval.extract.builtin.CueLexicon.Hit;
import org.claimeval.extract.builtin.CueLexicon.Shape;

/**
 * The cues of a range of one text: the lexicon scan, without compounds ("state-owned"), possessive entries,
 * participles after a determiner ("the reported losses"), negated or agent-less passive cues ("did not
 * specify", "has not been confirmed") and noun uses of ambiguous forms ("their claims"). Tokenizes and tags
 * only the sentences whose cue form is also a common noun, and only to ask whether it is a verb.
 */
final class CueScanner {
    private static final Set<String> NOUN_FOLLOWERS = Set.of("from", "of", "by", "in", "on", "about", "that",
            "suggest", "suggests", "say", "indicate", "indicated", "show", "showed", "were", "was", "are", "is");
    /** Words after which an ambiguous form is a noun: determiners, possessives, prepositions. */
    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
            "my", "your", "this", "these", "those", "such", "of", "in", "on", "about", "from", "with", "without",
            "amid", "despite", "following", "after", "over", "under", "against", "among", "into");
    /** Words after which an ambiguous form is a verb: subject pronouns, relatives, auxiliaries, "to". */
    private static final Set<String> VERB_MARKERS = Set.of("he", "she", "it", "they", "we", "i", "you", "who",
            "which", "has", "have", "had", "will", "would", "could", "can", "should", "must", "may", "might", "to",
            "also", "reportedly");
    private static final Set<String> NEGATIONS = Set.of("not", "neither", "nor", "never", "no");
    private static final Set<String> BE = Set.of("be", "been", "being", "is", "are", "was", "were");

    private final String text;
    private final TextNav nav;
    private final CueLexicon lexicon = CueLexicon.get();
    /** Quotations and sentences are scanned over overlapping ranges: each ambiguous form is tagged once. */
    private final Map<Integer, Boolean> verbAt = new HashMap<>();

    CueScanner(TextNav nav) {
        this.nav = nav;
        this.text = nav.text();
    }

    /** Cues in a range, without the noun uses of ambiguous forms and without negated or passive ones. */
    List<Hit> cues(int from, int to) {
        List<Hit> hits = lexicon.scan(text, from, to);
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if ((h.start() > 0 && text.charAt(h.start() - 1) == '-') || (h.end() < text.length()
                    && text.charAt(h.end()) == '-')) {
                continue; // part of a compound: "state-owned"
            }
            // The cheap tests first: the tagger runs only for an ambiguous form that survives them all.
            if (h.entry().shape() == Shape.POSSESSIVE) {
                continue;
            }
            if (h.entry().shape() == Shape.VERB && precededByDeterminer(h.start())) {
                continue; // "the reported losses", "its stated aim"
            }
            if (h.entry().shape() == Shape.VERB && (negated(h.start())
                    || (passive(h.start()) && !"by".equals(nav.wordAfter(h.end()))))) {
                continue; // "did not specify", "has not been confirmed": no claim of the source
            }
            if (h.entry().nounAmbiguous() && !nav.endsClause(h.end()) && !isVerb(h)) {
                continue;
            }
            out.add(h);
        }
        return out;
    }

    private boolean negated(int index) {
        String w = nav.wordBefore(index);
        if (w.endsWith("ly") && w.length() > 4) {
            w = nav.wordBefore(nav.wordStartBefore(index));
        }
        return NEGATIONS.contains(w) || w.endsWith("n't") || w.equals("t");
    }

    private boolean passive(int index) {
        String w = nav.wordBefore(index);
        if (w.endsWith("ly") && w.length() > 4 || w.equals("not")) {
            w = nav.wordBefore(nav.wordStartBefore(index));
        }
        return BE.contains(w);
    }

    private boolean precededByDeterminer(int index) {
        String w = nav.wordBefore(index);
        return NounPhrases.DETERMINERS.contains(w) && !w.equals("his") && !w.equals("her");
    }

    /**
     * Whether an ambiguous cue form ("reports", "claims") is used as a verb: decided by the word before it when
     * that word settles it, else by tagging the words around it.
     */
    private boolean isVerb(Hit h) {
        String before = nav.wordBefore(h.start());
        if (NOUN_MARKERS.contains(before)) {
            return false; // "their claims", "of reports"
        }
        if (VERB_MARKERS.contains(before)) {
            return true; // "he claims", "to report", "has stated"
        }
        if (NOUN_FOLLOWERS.contains(nav.wordAfter(h.end()))) {
            return false; // "reports from", "claims of"
        }
        return verbAt.computeIfAbsent(h.start(), k -> tagAsVerb(h));
    }

    private boolean tagAsVerb(Hit h) {
        int from = Math.max(0, h.start() - 40);
        int to = Math.min(text.length(), h.end() + 25);
        String window = text.substring(from, to);
        Span[] tokens = WordTokenizer.tokenize(window);
        String[] words = Span.spansToStrings(tokens, window);
        String[] tags = EnglishModels.tagger().tag(words);
        for (int t = 0; t < tokens.length; t++) {
            if (from + tokens[t].getStart() == h.start()) {
                return tags[t].equals("VERB") || tags[t].startsWith("VB");
            }
        }
        return false;
    }
}
