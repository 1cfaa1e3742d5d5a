package org.claimeval.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PhraseSearchTest {

    @Test
    void findsOverlappingPhrasesAndPhrasesEndingInsideOthers() {
        // "ushers" holds "she", "he" (inside "she") and "hers" (overlapping "she"), but not "his".
        assertEquals(Set.of("he", "she", "hers"),
                PhraseSearch.occurring(List.of("he", "she", "his", "hers"), List.of("ushers")));
    }

    @Test
    void followsTheFailureLinksAfterAPartialMatch() {
        // "abcd" fails at "e"; "bc" and "c" must still be found on the way.
        assertEquals(Set.of("bc", "c"), PhraseSearch.occurring(List.of("abcd", "bc", "c"), List.of("abce")));
    }

    @Test
    void matchesCaseSensitivelyAcrossSeveralTexts() {
        List<String> texts = List.of("A senior Chechen commander underlines", "the ministry said");
        assertEquals(Set.of("A senior Chechen commander", "the ministry"), PhraseSearch.occurring(
                List.of("a senior Chechen commander", "A senior Chechen commander", "the ministry", "The ministry"),
                texts));
    }

    @Test
    void everyPhraseOfALongSuffixChainIsFound() {
        // "x", "xx", ..., "x" * 300 all end at the last position of a text of 300 x's.
        List<String> phrases = IntStream.rangeClosed(1, 300).mapToObj("x"::repeat).toList();
        assertEquals(Set.copyOf(phrases), PhraseSearch.occurring(phrases, List.of("x".repeat(300))));
        assertEquals(Set.copyOf(phrases.subList(0, 299)), PhraseSearch.occurring(phrases, List.of("x".repeat(299))));
    }

    @Test
    void emptyPhrasesAndNoTextsFindNothing() {
        assertEquals(Set.of(), PhraseSearch.occurring(List.of("", "a"), List.of()));
        assertEquals(Set.of(), PhraseSearch.occurring(List.of(), List.of("abc")));
    }
}
