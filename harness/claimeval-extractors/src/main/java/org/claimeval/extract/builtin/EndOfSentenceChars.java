package org.claimeval.extract.builtin;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.lang.Factory;

/**
 * OpenNLP's {@link DefaultEndOfSentenceScanner}, the same positions, without boxing every char of a paragraph to
 * look it up in a {@code Set<Character>}: that scan was a third of the sentence detector's time.
 */
final class EndOfSentenceChars implements EndOfSentenceScanner {
    private final Set<Character> set;
    private final char[] chars;

    private EndOfSentenceChars(Set<Character> set) {
        this.set = Set.copyOf(set);
        this.chars = new char[set.size()];
        int k = 0;
        for (char c : set) {
            chars[k++] = c;
        }
    }

    /** The scanner itself when it is OpenNLP's default one (the same characters), any other scanner as it is. */
    static EndOfSentenceScanner replacing(EndOfSentenceScanner scanner) {
        return scanner.getClass() == DefaultEndOfSentenceScanner.class
                ? new EndOfSentenceChars(scanner.getEOSCharacters()) : scanner;
    }

    @Override
    public Set<Character> getEOSCharacters() {
        return set;
    }

    @Override
    public List<Integer> getPositions(CharSequence s) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            for (char e : chars) {
                if (c == e) {
                    positions.add(i);
                    break;
                }
            }
        }
        return positions;
    }

    @Override
    public List<Integer> getPositions(StringBuffer s) {
        return getPositions((CharSequence) s);
    }

    @Override
    public List<Integer> getPositions(char[] s) {
        return getPositions(CharBuffer.wrap(s));
    }

    /**
     * The language factory the sentence detector takes to build its scanner, giving it this scanner. Its other
     * parts (the context generator) are the factory's own, built from the model's characters and abbreviations
     * exactly as the model's own factory builds them.
     */
    static final class Scanning extends Factory {
        @Override
        public EndOfSentenceScanner createEndOfSentenceScanner(String languageCode) {
            return replacing(super.createEndOfSentenceScanner(languageCode));
        }

        @Override
        public EndOfSentenceScanner createEndOfSentenceScanner(char[] eosCharacters) {
            return replacing(super.createEndOfSentenceScanner(eosCharacters));
        }
    }
}
