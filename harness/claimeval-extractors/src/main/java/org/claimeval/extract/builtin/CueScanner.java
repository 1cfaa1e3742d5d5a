package org.claimeval.extract.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;
import org.claimeval.extract.builtin.CueLexicon.Hit;
import org.claimeval.extract.builtin.CueLexicon.Shape;

/**
 * The cues of a range of one text: the lexicon scan, without compounds ("state-owned"), nominal entries that
 * follow no possessive ("the estimates"; "the agency's estimate" is kept as the noun), participles after a
 * determiner ("the reported losses"), negated or agent-less passive cues ("did not
 * specify", "has not been confirmed") and noun uses of ambiguous forms ("their claims"). Tokenizes and tags
 * only the sentences whose cue form is also a common noun, and only to ask whether it is a verb.
 */
final class CueScanner {
    /** Words after which an ambiguous form is a noun ("reports from"); "that" is left to the tagger ("Russia claims that"). */
    private static final Set<String> NOUN_FOLLOWERS = Set.of("from", "of", "by", "in", "on", "about",
            "suggest", "suggests", "say", "indicate", "indicated", "show", "showed", "were", "was", "are", "is");
    /** Words after which an ambiguous form is a noun: determiners, possessives, prepositions. */
    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
            "my", "your", "this", "these", "those", "such", "of", "in", "on", "about", "from", "with", "without",
            "amid", "despite", "following", "after", "over", "under", "against", "among", "into",
            "give", "gave", "given", "giving", "provide", "provided", "providing", "offer", "offered", "release",
            "released", "publish", "published", "share", "shared", "issue", "issued", "any", "no", "more", "new",
            "further", "other", "initial", "latest", "unconfirmed", "conflicting");
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
    /** The last range scanned and its hits: a sentence is scanned for its cues and then for its speakers. */
    private int scannedFrom = -1;
    private int scannedTo = -1;
    private List<Hit> scanned = List.of();

    CueScanner(TextNav nav) {
        this.nav = nav;
        this.text = nav.text();
    }

    /** Cues in a range, without the noun uses of ambiguous forms and without negated or passive ones. */
    List<Hit> cues(int from, int to) {
        return cues(from, to, h -> true);
    }

    /**
     * The cues in a range that the caller will consider: {@code considered} is tested first, so that the tagger
     * never runs for a hit the caller would drop anyway (one inside a quotation).
     */
    List<Hit> cues(int from, int to, Predicate<Hit> considered) {
        List<Hit> hits = scan(from, to);
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!considered.test(h)) {
                continue;
            }
            if ((h.start() > 0 && text.charAt(h.start() - 1) == '-') || (h.end() < text.length()
                    && text.charAt(h.end()) == '-')) {
                continue; // part of a compound: "state-owned"
            }
            // The cheap tests first: the tagger runs only for an ambiguous form that survives them all.
            if (h.entry().shape() == Shape.VERB && h.entry().nounAmbiguous() && afterPossessive(h.start())) {
                CueLexicon.Entry nominal = lexicon.possessiveEntry(
                        text.substring(h.start(), h.end()).toLowerCase(java.util.Locale.ROOT));
                if (nominal != null) {
                    Hit noun = new Hit(h.start(), h.end(), nominal); // "the agency's estimate": the noun, no verb
                    if (nominal.frame() == null || frameFollows(noun)) {
                        out.add(noun);
                    }
                    continue;
                }
            }
            if (h.entry().shape() == Shape.POSSESSIVE && !afterPossessive(h.start())) {
                continue; // "the estimates", "casualty figures": only "X's estimate" names a source
            }
            if (h.entry().shape() == Shape.VERB && precededByDeterminer(h.start())) {
                continue; // "the reported losses", "its stated aim"
            }
            if (h.entry().shape() == Shape.VERB && (negated(h.start()) || (passive(h.start())
                    && !"by".equals(nav.wordAfter(h.end())) && !agentlessPassive(h.start(), h.end())))) {
                continue; // "did not specify", "has not been confirmed": no claim of the source
            }
            if (h.entry().shape() == Shape.VERB && "to".equals(nav.wordBefore(h.start()))
                    && !"that".equals(nav.wordAfter(h.end()))) {
                continue; // "urged residents to report strangers": an act asked for, not a report
            }
            if (h.entry().shape() == Shape.VERB && addsAnObject(h)) {
                continue; // "would add $4.2 billion", "added a clause": adding a thing, not words
            }
            if (h.entry().frame() != null && !frameFollows(h)) {
                continue; // "dismissed the figures" without "as": a bare referent, no claim
            }
            if (h.entry().shape() == Shape.SOURCE_AFTER && h.entry().words().length == 1 && !bareSourceCue(h)) {
                continue; // "15,000 roubles per person", "64 per cent"
            }
            if (h.entry().nounAmbiguous() && (NOUN_MARKERS.contains(nav.wordBefore(h.start()))
                    || !nav.endsClause(h.end()) && !isVerb(h))) {
                continue; // "their claims.", "declining to give details.": a noun even at the clause end
            }
            out.add(h);
        }
        return out;
    }

    /**
     * Speech verbs whose clause makes no claim but whose subject has spoken ("A spokesman rejected the findings.
     * ... he said"): verbs without their frame, for pronoun resolution only.
     */
    List<Hit> speakersOnly(int from, int to) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : scan(from, to)) {
            if (h.entry().shape() == Shape.VERB && h.entry().frame() != null && !h.entry().nounAmbiguous()
                    && !negated(h.start()) && !passive(h.start()) && !frameFollows(h)) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * Negated speech verbs ("The General Staff did not confirm the loss"): no claim, but their subject is the
     * nearest candidate for a pronoun after them ("In its evening update, it said ...").
     */
    List<Hit> negatedSpeakers(int from, int to) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : scan(from, to)) {
            if (h.entry().shape() == Shape.VERB && !h.entry().nounAmbiguous() && negated(h.start())
                    && !passive(h.start())) {
                out.add(h);
            }
        }
        return out;
    }

    /** The lexicon's hits in a range; the same range twice in a row is scanned once. */
    private List<Hit> scan(int from, int to) {
        if (from != scannedFrom || to != scannedTo) {
            scanned = lexicon.scan(text, from, to);
            scannedFrom = from;
            scannedTo = to;
        }
        return scanned;
    }

    /**
     * Cues whose subject is a speaker, found cheaply (no tagger: ambiguous forms are left out) for a reader that
     * only needs to know who spoke before a quotation.
     */
    List<Hit> cheapSpeakerCues(int from, int to) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : scan(from, to)) {
            boolean verb = h.entry().shape() == Shape.VERB && !h.entry().nounAmbiguous() && !h.entry().isParticiple()
                    && !negated(h.start()) && !passive(h.start()) && !precededByDeterminer(h.start());
            if (verb || h.entry().shape() == Shape.SOURCE_AFTER && (h.entry().words().length > 1 || bareSourceCue(h))) {
                out.add(h);
            }
        }
        return out;
    }

    /** Words after "called" or "put" that make another verb of it ("called for", "put off"). */
    private static final Set<String> PARTICLES = Set.of("for", "on", "upon", "off", "in", "up", "out", "back",
            "it", "forward", "down", "into", "away");
    /** How far a frame word may follow its cue, in characters ("put the force now in the region at ..."). */
    private static final int FRAME_REACH = 90;

    /** The cue's frame word ("as", "at") or a quotation mark follows within its clause. */
    private boolean frameFollows(Hit h) {
        if (PARTICLES.contains(nav.wordAfter(h.end()))) {
            return false;
        }
        String frame = h.entry().frame();
        if (frame.equals(CueLexicon.THAT_CLAUSE)) {
            // A noun's that-clause follows it at once ("the ministry's claim that X"); "the ministry's statement
            // detailed that X" is the verb's.
            return h.entry().shape() == Shape.POSSESSIVE ? "that".equals(nav.wordAfter(h.end()))
                    : complementClauseFollows(h);
        }
        int limit = Math.min(text.length(), h.end() + FRAME_REACH);
        for (int i = h.end(); i < limit; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ';' || c == '\n') {
                return false;
            }
            if (frame.equals("\"") ? ContentTrimmer.isQuoteMark(c) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    : (c == ' ' && text.startsWith(frame, i + 1) && i + 1 + frame.length() < text.length()
                    && text.charAt(i + 1 + frame.length()) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** Words that open a noun phrase: a "that" after one begins a relative clause, not the verb's complement. */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our",
            "this", "these", "those", "some", "any", "no", "two", "several", "many");

    /**
     * "found that X", "expected last week that X": "that" opens the verb's complement within the next three
     * words; "found a breach that X" is a relative clause of the object, so no frame.
     */
    private boolean complementClauseFollows(Hit h) {
        int at = h.end();
        for (int words = 0; words < 3; words++) {
            String w = nav.wordAfter(at); // "" at punctuation: the clause goes on without a complement
            if (w.equals("that")) {
                return true;
            }
            if (w.isEmpty() || DETERMINERS.contains(w)) {
                return false;
            }
            at = nav.skipWord(at);
        }
        return false;
    }

    /** A one-word "Per X" opens a clause and is followed by a name or a determiner. */
    private boolean bareSourceCue(Hit h) {
        char before = nav.charBefore(h.start());
        String next = nav.wordAfter(h.end());
        int nextStart = nav.skipSpaces(h.end());
        boolean opensClause = before == '\n' || before == ',' || before == '.' || before == ';'
                || ContentTrimmer.isQuoteMark(before);
        boolean namesSource = NounPhrases.DETERMINERS.contains(next)
                || (nextStart < text.length() && Character.isUpperCase(text.charAt(nextStart)));
        return opensClause && namesSource;
    }

    private static final Set<String> ADD = Set.of("add", "adds", "added");

    /** "add" followed by its object (a determiner, a figure, a currency sign) rather than by words said. */
    private boolean addsAnObject(Hit h) {
        if (!ADD.contains(text.substring(h.start(), h.end()).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        int next = nav.skipSpaces(h.end());
        if (next >= text.length()) {
            return false;
        }
        char c = text.charAt(next);
        return Character.isDigit(c) || c == '$' || c == '€' || c == '£' || OBJECT_OPENERS.contains(nav.wordAfter(h.end()));
    }

    /** Words opening the object of "add" ("added a clause"); not number words ("added two days later"). */
    private static final Set<String> OBJECT_OPENERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our",
            "more", "another", "new", "extra");

    /** Auxiliaries walked back over to find the subject of a passive. */
    private static final Set<String> AUXILIARIES = Set.of("was", "is", "were", "are", "been", "has", "had", "have",
            "be", "being");

    /**
     * A reporting passive with no agent that still reports: "It was reported (...) that X", "X were said to Y"
     * (guideline H24), as opposed to "the figures have been confirmed".
     */
    boolean agentlessPassive(int cueStart, int cueEnd) {
        if (!passive(cueStart) || negated(cueStart)) {
            return false;
        }
        String after = nav.wordAfter(cueEnd);
        if ("to".equals(after)) {
            return true;
        }
        int i = cueStart;
        while (AUXILIARIES.contains(nav.wordBefore(i))) {
            i = nav.wordStartBefore(i);
        }
        return "it".equals(nav.wordBefore(i)) && nav.thatWithin(cueEnd, Math.min(text.length(), cueEnd + 60), 6) >= 0;
    }

    /** Whether the word before {@code index} ends in "'s" or "’s" ("the agency's estimate"). */
    private boolean afterPossessive(int index) {
        int e = nav.skipSpacesBack(index);
        return e >= 2 && text.charAt(e - 1) == 's' && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '’');
    }

    private boolean negated(int index) {
        String w = nav.wordBefore(index);
        if (w.endsWith("ly") && w.length() > 4 || w.equals("yet")) {
            w = nav.wordBefore(nav.wordStartBefore(index)); // "not publicly said", "has not yet confirmed"
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
        return NounPhrases.DETERMINERS.contains(w) && !w.equals("his") && !w.equals("her") || isSuperlative(w);
    }

    /** "Moscow's largest reported gain", "its first confirmed kill": a participle after these modifies a noun. */
    private static boolean isSuperlative(String w) {
        return (w.length() > 4 && w.endsWith("est") && !w.equals("protest") && !w.equals("request")
                && !w.equals("suggest") && !w.equals("contest")) || w.equals("first") || w.equals("only");
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
        for (int t = 0; t < tokens.length; t++) {
            if (from + tokens[t].getStart() == h.start()) {
                String tag = EnglishModels.wordTagger().tagOf(Span.spansToStrings(tokens, window), t);
                return tag.equals("VERB") || tag.startsWith("VB");
            }
        }
        return false;
    }
}
