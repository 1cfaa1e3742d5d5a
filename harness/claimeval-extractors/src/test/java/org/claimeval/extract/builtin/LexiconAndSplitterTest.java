package org.claimeval.extract.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.claimeval.model.ClaimType;
import org.junit.jupiter.api.Test;

/** The lexicons and the line and sentence splitting, on invented text. */
class LexiconAndSplitterTest {
    @Test
    void cueScanFindsLongInflectionsAndPhrases() {
        // "acknowledging" has 13 letters: the scan once stopped at 12. Hand-listed cues, in text order.
        String text = "Acknowledging the delay, the mayor, according to aides, announced a new date.";
        List<String> cues = CueLexicon.get().scan(text, 0, text.length()).stream()
                .map(h -> text.substring(h.start(), h.end())).toList();
        assertEquals(List.of("Acknowledging", "according to", "announced"), cues);
    }

    @Test
    void typeLexiconUsesGeneralVocabulary() {
        String assessment = "The plan was a serious mistake and clearly ineffective.";
        // Hand-counted hits: serious, mistake, clearly, ineffective (ASSESSMENT); nothing else.
        assertEquals(ClaimType.ASSESSMENT, TypeLexicon.get().classify(assessment, 0, assessment.length()));
        String casualties = "Two civilians were killed and five injured.";
        // killed, injured, civilians (CASUALTIES) against nothing else.
        assertEquals(ClaimType.CASUALTIES, TypeLexicon.get().classify(casualties, 0, casualties.length()));
        String other = "The museum opens on Sunday.";
        assertEquals(ClaimType.OTHER, TypeLexicon.get().classify(other, 0, other.length()));
    }

    @Test
    void typeLexiconFindsTwoWordKeywordsInAnyCase() {
        // Alone "hold" is TERRITORY (1). With the pairs "we will" (INTENT 4) and "will hold" (INTENT 2): INTENT 6.
        String pairs = "WE Will hold.";
        assertEquals(ClaimType.INTENT, TypeLexicon.get().classify(pairs, 0, pairs.length()));
        String single = "They hold.";
        assertEquals(ClaimType.TERRITORY, TypeLexicon.get().classify(single, 0, single.length()));
        // Dotted capital I lower-cases (Locale.ROOT) to "i" + U+0307: "\u0130n order" is not the pair "in order".
        String dotted = "\u0130n order to hold";
        assertEquals(ClaimType.TERRITORY, TypeLexicon.get().classify(dotted, 0, dotted.length()));
        String plain = "In order to hold";
        // "in order" (INTENT 2) against "hold" (TERRITORY 1).
        assertEquals(ClaimType.INTENT, TypeLexicon.get().classify(plain, 0, plain.length()));
    }

    @Test
    void linesWithoutSentenceEndAreOneSentenceEach() {
        // A headline and a byline without final period, then two sentences: hand-split into four.
        String text = "Harbour reopens after storm\r\nBy Jane Roe\n\nShips docked on Monday. Trade resumed.";
        List<String> sentences = SentenceSplitter.sentences(text).stream()
                .map(r -> text.substring(r.start(), r.end())).toList();
        assertEquals(List.of("Harbour reopens after storm", "By Jane Roe", "Ships docked on Monday.",
                "Trade resumed."), sentences);
    }

    @Test
    void lineAroundAnIndexIsTrimmed() {
        String text = "first\n  second line  \nthird";
        TextRange line = SentenceSplitter.lineAround(text, 10);
        assertEquals("second line", text.substring(line.start(), line.end()));
        assertEquals(text.length(), SentenceSplitter.lineEnd(text, 23));
    }

    @Test
    void detectorIsSkippedOnlyWhereItCouldNotSplit() {
        // Final punctuation alone cannot split a line; an inner period can. Hand-read expectations.
        String text = "Is the harbour open?\" he asked.\nThe harbour is open.\"\nDr. Roe arrived. Ships docked.";
        List<TextRange> lines = SentenceSplitter.paragraphs(text);
        assertEquals(true, SentenceSplitter.hasInnerEndOfSentenceChar(text, lines.get(0)));
        assertEquals(false, SentenceSplitter.hasInnerEndOfSentenceChar(text, lines.get(1)));
        assertEquals(true, SentenceSplitter.hasInnerEndOfSentenceChar(text, lines.get(2)));
        // Where it is skipped, the result is what the detector itself gives: the whole line.
        for (TextRange line : lines) {
            List<TextRange> detected = new java.util.ArrayList<>();
            for (opennlp.tools.util.Span s : EnglishModels.sentenceDetector()
                    .sentPosDetect(text.subSequence(line.start(), line.end()))) {
                detected.add(SentenceSplitter.trim(text, line.start() + s.getStart(), line.start() + s.getEnd()));
            }
            assertEquals(detected, SentenceSplitter.sentences(text, line));
        }
    }
}
