package org.claimeval.extract.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The searches in place that the speaker and rule code uses instead of copying phrases give, on every range of
 * texts written here (non-ASCII letters, curly quotes, tabs, doubled spaces), what the copying code gave.
 */
class SpeakerFastPathsTest {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final List<String> TEXTS = List.of(
            "The ministry, which said on Monday that the dam held, and urged residents to stay.",
            " and asked  İstanbul officials who  ſaid “this” on\tTuesday and and  and ",
            "Roe’s office last week said it earlier this year on on the  that  which who ",
            "", " ", "  and ", "a");

    @Test
    void firstIndexWithinIsTheFirstOccurrenceInACopyOfTheRange() {
        for (String text : TEXTS) {
            TextNav nav = new TextNav(text);
            for (String s : List.of(" and ", " who ", " on ", " this ", "a", "ſ")) {
                for (int from = 0; from <= text.length(); from++) {
                    for (int to = from; to <= text.length(); to++) {
                        int inCopy = text.substring(from, to).indexOf(s);
                        assertEquals(inCopy < 0 ? -1 : from + inCopy, nav.firstIndexWithin(s, from, to),
                                () -> s + " in [" + text + "]");
                    }
                }
            }
        }
    }

    @Test
    void headOfCutsWhereTheCopyWasCut() {
        for (String text : TEXTS) {
            NounPhrases phrases = new NounPhrases(new TextNav(text));
            for (int from = 0; from <= text.length(); from++) {
                for (int to = from; to <= text.length(); to++) {
                    String s = text.substring(from, to);
                    int cut = s.length();
                    for (String marker : List.of(" on ", " last ", " earlier ", " this ")) {
                        int at = s.indexOf(marker);
                        if (at > 0 && at < cut) {
                            cut = at;
                        }
                    }
                    assertEquals(new TextRange(from, from + cut), phrases.headOf(new TextRange(from, to)));
                }
            }
        }
    }

    @Test
    void wordTestsInPlaceAgreeWithSplitting() {
        Set<String> words = Set.of("ministry", "and", "ſaid", "“this”", "İstanbul");
        for (String text : TEXTS) {
            for (int from = 0; from <= text.length(); from++) {
                for (int to = from; to <= text.length(); to++) {
                    String phrase = text.substring(from, to);
                    String[] split = SPACES.split(phrase);
                    boolean anyInSplit = List.of(split).stream().anyMatch(words::contains);
                    assertEquals(anyInSplit, ClaimantResolver.hasWordIn(phrase, words), phrase);
                    if (!phrase.isBlank()) {
                        assertEquals(split[split.length - 1], ClaimantResolver.lastToken(phrase), phrase);
                    }
                    String stripped = phrase.strip();
                    String[] strippedWords = SPACES.split(stripped);
                    assertEquals(String.join(" ", strippedWords).equals(stripped),
                            ClaimantResolver.singleSpaced(stripped, strippedWords), stripped);
                }
            }
        }
    }

    @Test
    void wordsCountedInPlaceAreTheWordsOfTheStrippedSplitCopy() {
        for (String text : List.of(TEXTS.get(1), " \u2003Roe\u2003said \t\n on  İt ſo \u2003", "a\u00a0b c")) {
            TextNav nav = new TextNav(text);
            for (int from = 0; from <= text.length(); from++) {
                for (int to = from; to <= text.length(); to++) {
                    String stripped = text.substring(from, to).strip();
                    int words = stripped.isEmpty() ? 0 : SPACES.split(stripped).length;
                    assertEquals(words, nav.wordsWithin(from, to, Integer.MAX_VALUE), stripped);
                    assertEquals(Math.min(words, 3), nav.wordsWithin(from, to, 3), stripped);
                }
            }
        }
    }

    @Test
    void openingNamesAfterABoundAreTheNamesBeyondIt() {
        String text = "Roe visited the dam. Then \"The Interior Ministry said so.\"\nİlkay Roe left. ſo it said. Bo said";
        List<TextRange> all = OpeningNames.between(text, -1, text.length());
        for (int after = -1; after < text.length(); after++) {
            int bound = after;
            assertEquals(all.stream().filter(r -> r.start() > bound).toList(),
                    OpeningNames.between(text, after, text.length()), "after " + after);
        }
    }

    @Test
    void aBoundedBackwardSearchFindsWhatTheWholeTextSearchFoundInTheRange() {
        String text = "a report by the  İnstitute by ſo, seen by “them” by by";
        TextNav nav = new TextNav(text);
        for (int start = 0; start <= text.length(); start++) {
            for (int end = start; end <= text.length(); end++) {
                int whole = text.lastIndexOf(" by ", end);
                int bounded = nav.lastIndexWithin(" by ", start, Math.min(text.length(), end + 4));
                assertEquals(whole >= start ? whole : -1, bounded, "[" + start + ", " + end + ")");
            }
        }
    }

    @Test
    void theRelativePronounPreTestNeverMissesOne() {
        String text = "Roe WHO said, İt whİch ſaid Which tHat whom, The group That tracks who";
        TextNav nav = new TextNav(text);
        Set<String> relatives = Set.of("that", "who", "which");
        for (int from = 0; from <= text.length(); from++) {
            for (int cue = from; cue < text.length(); cue++) {
                boolean any = false;
                for (int i = from; i <= cue; i++) {
                    any |= nav.skipSpaces(i) <= cue && relatives.contains(nav.wordAfter(i));
                }
                if (any) {
                    assertEquals(true, CueSpeaker.mayHoldRelativePronoun(text, from, cue), from + ", " + cue);
                }
            }
        }
        assertEquals(false, CueSpeaker.mayHoldRelativePronoun("The ministry said", 0, 13));
    }

    @Test
    void headlineWordsAreThePiecesOfTheStrippedSplit() {
        String text = "  Floods \t cut  İstanbul\u2003roads – ministry ſays ";
        TextNav nav = new TextNav(text);
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                int pieces = from == to ? 0 : text.substring(from, to).strip().split("\\s+").length;
                int inPlace = HeadlineSourceRule.words(nav, new TextRange(from, to));
                assertEquals(pieces, inPlace, text.substring(from, to));
            }
        }
    }

    @Test
    void genderMarksReadInPlaceAreThoseOfTheCopiedWords() {
        List<String> mentions = List.of("Ms Roe", "the Kremlin's SPOKESMAN", "his spokeswoman and her son",
                "the widow’s son", "İstanbul's mayor, Mrs Öz", "ſir ſon Sir", "\u212Aing Lady", "madam\tking",
                "mr", "", " ", "  woman  ");
        for (String mention : mentions) {
            String lower = mention.toLowerCase(java.util.Locale.ROOT);
            assertEquals(copiedGenderMarks(lower), GenderMarks.of(lower), mention);
        }
    }

    /** What GenderMarks.of gave when it copied each word and asked the two lists. */
    private static GenderMarks copiedGenderMarks(String lower) {
        GenderMarks found = GenderMarks.UNKNOWN;
        for (String w : lower.split("[^\\p{L}]+")) {
            GenderMarks word = GenderMarks.FEMALE_WORDS.contains(w) ? GenderMarks.FEMALE
                    : GenderMarks.MALE_WORDS.contains(w) ? GenderMarks.MALE : GenderMarks.UNKNOWN;
            if (word != GenderMarks.UNKNOWN) {
                if (found != GenderMarks.UNKNOWN && found != word) {
                    return GenderMarks.UNKNOWN;
                }
                found = word;
            }
        }
        return found;
    }

    @Test
    void frontedOpenersReadInPlaceAreTheCopiedFirstWordsLowerCased() {
        String text = "Meanwhile MEANWHILE İn ſo So, \u212Aater Earlier “this” on\tLast yesterday’s by";
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                String first = text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
                boolean copied = ClaimantResolver.SENTENCE_ADVERBS.contains(first)
                        || ClaimantResolver.ADVERBIAL_OPENERS.contains(first);
                assertEquals(copied, ClaimantResolver.FRONTED_OPENERS.get(text, from, to) != null, first);
            }
        }
    }
}
