package org.claimeval.extract.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** The tag of one word is the tag POSTaggerME gives it in its best tagging of the whole sequence. */
class WordTaggerTest {
    /** Sentences written for this test, with ambiguous forms ("reports", "claims", "estimate") in both uses. */
    private static final List<String> SENTENCES = List.of(
            "The agency reports that the bridge was closed on Monday.",
            "Their reports of shelling could not be verified by anyone.",
            "A spokesman claims the convoy turned back before dawn.",
            "Claims of a breakthrough were denied by the regional governor.",
            "Officials estimate the damage at several million dollars.",
            "Ask me in a month whether the dam still holds.",
            "Follow our coverage as the talks continue in Geneva.",
            "Record rainfall forced the evacuation of two villages.",
            "Local media report heavy fighting near the border town, witnesses said.",
            "Please leave the area, the mayor urged residents.",
            "Reports suggest that the shipment never arrived.",
            "He reports to the minister, not to the army.",
            "Walk", "Stop it", "Close the door now");

    @Test
    void everyWordGetsTheTagOfTheTaggersBestSequence() {
        POSTaggerME reference = new POSTaggerME(EnglishModels.posModel());
        WordTagger tagger = new WordTagger(EnglishModels.posModel());
        int compared = 0;
        for (String sentence : SENTENCES) {
            String[] words = Span.spansToStrings(WordTokenizer.tokenize(sentence), sentence);
            String[] expected = reference.tag(words);
            for (int i = 0; i < words.length; i++) {
                assertEquals(expected[i], tagger.tagOf(words, i), sentence + " / word " + i + " of " + Arrays.toString(words));
                compared++;
            }
        }
        assertEquals(SENTENCES.stream().mapToInt(s -> WordTokenizer.tokenize(s).length).sum(), compared);
    }

    @Test
    void theThresholdIsTheBeamSizesLargestScoreWithTiesCountedApart() {
        double[] scores = {0.1, 0.5, 0.2, 0.5, 0.05};
        // Sorted: 0.05 0.1 0.2 0.5 0.5; BeamSearch reads index length - 3 = 2: 0.2.
        assertEquals(0.2, WordTagger.largest(scores, 3));
        // Index length - 2 = 3: 0.5 (the tie counts twice).
        assertEquals(0.5, WordTagger.largest(scores, 2));
        // A beam as wide as the scores reads index 0: the smallest.
        assertEquals(0.05, WordTagger.largest(scores, 5));
    }
}
