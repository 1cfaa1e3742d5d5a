package org.claimeval.extract.builtin;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimeval.extract.builtin.CueLexicon.Hit;

/**
 * Noun phrases found by punctuation and function words, without tagging: the subject before a verb, the name
 * after a cue, the phrase that opens a sentence.
 */
final class NounPhrases {
    /** Words between a subject and its verb that are not part of the subject. */
    static final Set<String> SKIP_BEFORE_VERB = Set.of("also", "earlier", "previously", "has", "have",
            "had", "already", "later", "then", "further", "again", "recently", "once", "repeatedly", "publicly",
            "officially", "would", "will", "could", "may", "might", "reportedly", "separately", "too",
            "initially", "first", "subsequently", "did", "does", "not", "never", "just", "now", "is",
            "was", "were", "are", "been");
    /** Words that end a subject when walking back from the verb. */
    static final Set<String> SUBJECT_STOPS = Set.of("that", "and", "but", "while", "as", "when", "after",
            "because", "since", "although", "though", "where", "if", "than", "so", "whereas", "before", "until",
            "which", "who", "whom", "whose", "what");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
            "this", "these", "those");
    /** Number words and quantifiers that open a subject like a determiner ("Three aides said"). */
    private static final Set<String> QUANTIFIERS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "several", "some", "many", "most", "both", "few", "dozens");

    private final String text;
    private final TextNav nav;
    private final CueLexicon lexicon = CueLexicon.get();
    /** The sentence whose subject {@link #sentenceSubject} found last, and that subject. */
    private TextRange subjectOf;
    private TextRange subject;

    NounPhrases(TextNav nav) {
        this.nav = nav;
        this.text = nav.text();
    }

    /**
     * The subject of a verb: the words before it back to punctuation or a clause word; relative pronouns and
     * appositives lead to the noun phrase before them.
     */
    TextRange subjectBefore(int verbStart, int limit) {
        int e = verbStart;
        if ("to".equals(nav.wordBefore(e))) {
            // "Roe went on to say", "the ministry declined to confirm": the subject is before the governing verb.
            e = nav.wordStartBefore(e);
            for (int k = 0; k < 2 && e > limit && Character.isLowerCase(nav.firstCharOfWordBefore(e))
                    && !SUBJECT_STOPS.contains(nav.wordBefore(e)); k++) {
                e = nav.wordStartBefore(e);
            }
        }
        while (true) {
            int ws = nav.skipSpacesBack(e);
            String w = nav.wordBefore(e);
            if (w.isEmpty() || !(SKIP_BEFORE_VERB.contains(w) || (w.endsWith("ly") && w.length() > 4))) {
                e = ws;
                break;
            }
            e = nav.wordStartBefore(e);
        }
        if (e > limit && text.charAt(e - 1) == ',') {
            // An appositive or relative clause ends here: "Alaudinov, commander of X, reported". A name in the
            // appositive is the speaker ("A spokesman for the unit, Colonel Jane Roe, said").
            int previousComma = nav.lastIndexWithin(",", limit, e - 1);
            if (previousComma > limit) {
                TextRange appositive = nav.stripPunctuation(new TextRange(previousComma + 1, e - 1));
                if (isName(appositive)) {
                    return appositive;
                }
                return nounPhraseBefore(previousComma, limit);
            }
            return new TextRange(e, e);
        }
        String w = nav.wordBefore(e);
        if (w.equals("which") || w.equals("who")) {
            int comma = nav.skipSpacesBack(nav.wordStartBefore(e));
            if (comma > limit && text.charAt(comma - 1) == ',') {
                TextRange antecedent = nounPhraseBefore(comma - 1, limit);
                // "according to the ministry, which also stated": the antecedent is the source named.
                for (Hit h : lexicon.scan(text, antecedent.start(), antecedent.end())) {
                    if (h.start() == antecedent.start()) {
                        return new TextRange(nav.skipSpaces(h.end()), antecedent.end());
                    }
                }
                return antecedent;
            }
        }
        return nounPhraseBefore(e, limit);
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /** A short phrase of capitalised words (titles and names): "Colonel Jane Roe", "FrontWatch". */
    private boolean isName(TextRange r) {
        if (r.isEmpty() || !Character.isUpperCase(text.charAt(r.start()))) {
            return false;
        }
        int words = 0;
        int i = r.start();
        while (i < r.end()) {
            int we = CueLexicon.wordEnd(text, i, r.end());
            if (we == i) {
                if (text.charAt(i) != ' ' && text.charAt(i) != '-' && text.charAt(i) != '.') {
                    return false;
                }
                i++;
                continue;
            }
            if (!Character.isUpperCase(text.charAt(i)) || ++words > 5) {
                return false;
            }
            i = we;
        }
        return words > 0;
    }

    TextRange nounPhraseBefore(int end, int limit) {
        int e = nav.skipSpacesBack(end);
        int s = e;
        while (s > limit) {
            int ws = nav.wordStartBefore(s);
            if (ws == s) {
                break; // punctuation
            }
            String w = nav.lowerWord(ws, s);
            if (SUBJECT_STOPS.contains(w) || (s < e && isNumber(w))) {
                break; // a number before the phrase is a timestamp ("14:32 The ministry"), not part of it
            }
            s = ws;
            int before = nav.skipSpacesBack(s);
            if (before == s && before > limit && text.charAt(before - 1) != '-') {
                break;
            }
            s = before;
        }
        // s may sit on spaces: move forward to the first word.
        while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        return new TextRange(s, e);
    }

    /** Capitalised noun phrase after an index: "Ria Novosti", "the Financial Times". */
    TextRange nounPhraseAfter(int index) {
        int s = nav.skipSpaces(index);
        int e = s;
        int i = s;
        int words = 0;
        while (i < text.length() && words < 12) {
            int we = CueLexicon.wordEnd(text, i, text.length());
            if (we == i) {
                break;
            }
            String w = text.substring(i, we);
            String lw = w.toLowerCase(Locale.ROOT);
            boolean allowed = Character.isUpperCase(w.charAt(0)) || DETERMINERS.contains(lw) || lw.equals("of")
                    || (words > 0 && !lw.equals("on") && !lw.equals("in") && !lw.equals("citing")
                    && !lw.equals("that") && !lw.equals("last") && !lw.equals("earlier") && words < 6
                    && Character.isLowerCase(w.charAt(0)) && nav.nextIsCapital(we));
            if (!allowed && words > 0 && (lw.equals("on") || lw.equals("in") || lw.equals("citing")
                    || lw.equals("that") || lw.equals("last") || lw.equals("earlier"))) {
                break;
            }
            if (!allowed && words > 0 && !Character.isLowerCase(w.charAt(0))) {
                break;
            }
            if (!allowed && words == 0) {
                // "a senior source in ...": lower-case phrases run to punctuation.
                return nav.stripPunctuation(new TextRange(s, nav.clauseEnd(s)));
            }
            words++;
            e = we;
            i = we;
            if (i < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '’')) {
                break;
            }
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
        }
        return new TextRange(s, e);
    }

    /**
     * The phrase opening a sentence up to its first auxiliary or verb-like word. The speaker of each cue of a
     * sentence may ask for it several times: the last sentence's subject is kept.
     */
    TextRange sentenceSubject(TextRange s) {
        if (!s.equals(subjectOf)) {
            subject = findSentenceSubject(s);
            subjectOf = s;
        }
        return subject;
    }

    private TextRange findSentenceSubject(TextRange s) {
        int i = s.start();
        int e = i;
        int words = 0;
        while (i < s.end() && words < 8) {
            int we = CueLexicon.wordEnd(text, i, s.end());
            if (we == i) {
                break;
            }
            while (we + 1 < s.end() && isWordJoiner(text.charAt(we)) && Character.isLetter(text.charAt(we + 1))) {
                we = CueLexicon.wordEnd(text, we + 1, s.end()); // "Western-funded", "Russia's" are one word
            }
            String w = nav.lowerWord(i, we);
            if (SKIP_BEFORE_VERB.contains(w) || lexicon.lookup(w) != null || SUBJECT_STOPS.contains(w)) {
                break;
            }
            if (words > 0 && Character.isLowerCase(text.charAt(i)) && !DETERMINERS.contains(w) && !w.equals("of")
                    && (w.endsWith("ed") || (Character.isUpperCase(nav.firstCharOfWordBefore(i))
                    && !DETERMINERS.contains(nav.wordBefore(i)) // "The country's", "A spokesman"
                    && !QUANTIFIERS.contains(nav.wordBefore(i)) // "Three aides", "Several officials"
                    && !afterDeterminer(nav.wordStartBefore(i), s.start())))) {
                break; // a verb after the subject: "Vladimir Putin condemned", "A commander identified"
            }
            e = we;
            words++;
            i = nav.skipSpaces(we);
        }
        return new TextRange(s.start(), e);
    }

    private static boolean isWordJoiner(char c) {
        return c == '-' || c == '\'' || c == '’';
    }

    /** Whether the word starting at {@code wordStart} follows a determiner: "A Russian war correspondent". */
    private boolean afterDeterminer(int wordStart, int limit) {
        return wordStart > limit && DETERMINERS.contains(nav.wordBefore(wordStart));
    }

    /** The head noun phrase of "a report by the Financial Times on Tuesday": cut at a time phrase. */
    TextRange headOf(TextRange source) {
        int cut = source.end();
        for (String marker : TIME_PHRASE_MARKERS) {
            // The first occurrence only, as in a copy of the phrase: one at its very start cuts nothing.
            int at = nav.firstIndexWithin(marker, source.start(), source.end());
            if (at > source.start() && at < cut) {
                cut = at;
            }
        }
        return new TextRange(source.start(), cut);
    }

    private static final List<String> TIME_PHRASE_MARKERS = List.of(" on ", " last ", " earlier ", " this ");
}
