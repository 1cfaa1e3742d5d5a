package org.claimeval.extract.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import opennlp.tools.sentdetect.SentenceDetectorME;
import org.junit.jupiter.api.Test;

/** The extractor's sentence detector splits exactly as OpenNLP's own detector over the same model. */
class EndOfSentenceCharsTest {
    /** Paragraphs written for this test: abbreviations, decimals, quotations, ellipses, questions, no end mark. */
    private static final List<String> PARAGRAPHS = List.of(
            "The governor said on Monday that 3.5 million people had left. Officials disputed the figure.",
            "Dr. Roe of the U.N. mission arrived at 9 a.m. local time. She met Mr. Smith... Then she left!",
            "\"We are not leaving,\" the mayor said. \"Never.\" Residents cheered? Some did.",
            "Shelling continued overnight (the third night in a row). Power was cut in two districts.",
            "A headline without an end mark",
            "Prices rose 4.2% in May. Analysts at St. Petersburg University expect more - maybe 5%.");

    @Test
    void sameSentencesAsOpenNlpsDetector() {
        SentenceDetectorME reference = new SentenceDetectorME(EnglishModels.sentenceModel());
        for (String paragraph : PARAGRAPHS) {
            assertArrayEquals(reference.sentPosDetect(paragraph), EnglishModels.sentenceDetector().sentPosDetect(paragraph),
                    paragraph);
        }
    }

    @Test
    void samePositionsAsTheDefaultScanner() {
        char[] eos = EnglishModels.endOfSentenceChars();
        DefaultEndOfSentenceScanner reference = new DefaultEndOfSentenceScanner(eos);
        var scanner = EndOfSentenceChars.replacing(reference);
        for (String paragraph : PARAGRAPHS) {
            assertEquals(reference.getPositions(paragraph), scanner.getPositions(paragraph), paragraph);
            assertEquals(reference.getPositions(paragraph.toCharArray()), scanner.getPositions(paragraph.toCharArray()));
        }
        assertEquals(reference.getEOSCharacters(), scanner.getEOSCharacters());
    }
}
