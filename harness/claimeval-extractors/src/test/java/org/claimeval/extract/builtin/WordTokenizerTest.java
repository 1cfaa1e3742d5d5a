package org.claimeval.extract.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {
    static String[] tokens(String text) {
        return Span.spansToStrings(WordTokenizer.tokenize(text), text);
    }

    @Test
    void splitsPunctuationAndCliticsTheUdWay() {
        // Hand-split after the UD English conventions: clitics and punctuation are tokens of their own.
        assertArrayEquals(new String[] {"The", "agency", "'s", "data", "do", "n't", "lie", ",", "she", "said", "."},
                tokens("The agency's data don't lie, she said."));
    }

    @Test
    void keepsNumbersHyphenatedWordsAndCurlyApostrophes() {
        assertArrayEquals(new String[] {"12,000", "well-armed", "troops", "(", "5.5", "%", ")", "Roe", "’s"},
                tokens("12,000 well-armed troops (5.5%) Roe’s"));
    }

    @Test
    void emptyAndBlankTextHaveNoTokens() {
        assertArrayEquals(new String[0], tokens(""));
        assertArrayEquals(new String[0], tokens("  \n "));
    }
}
