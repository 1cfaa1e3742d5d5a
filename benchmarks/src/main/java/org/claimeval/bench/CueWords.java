package org.claimeval.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The public equivalent of the {@code cue} extractor's lexicon scan (its {@code CueLexicon} is package-private):
 * the same lexicon resource ({@code cues.txt}) and the same walk, one pass over the characters cutting words at
 * letter boundaries, lower-casing each word into a new string and looking it up in a hash map by first word.
 * Multi-word cues are found by their first word only, which costs the same lookup. Also gives the lexicon as a
 * {@code java.util.regex} alternation, the slower alternative the issue measured, for comparison.
 */
final class CueWords {
    static final String RESOURCE = "/org/claimeval/extract/builtin/cues.txt";

    /** Cue forms by first word (lower case); true when the form is also a common noun and needs the tagger. */
    private final Map<String, Boolean> ambiguousByWord;

    private CueWords(Map<String, Boolean> ambiguousByWord) {
        this.ambiguousByWord = ambiguousByWord;
    }

    static CueWords load() {
        Map<String, Boolean> map = new HashMap<>();
        try (InputStream in = CueWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("cue lexicon " + RESOURCE + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int at = line.indexOf('@');
                String body = (at >= 0 ? line.substring(0, at) : line).strip().toLowerCase(Locale.ROOT);
                String[] forms = body.split("\\s+");
                // A verb line lists inflections; any other line is one phrase whose first word is looked up.
                int count = at >= 0 && !line.endsWith("@quote") ? 1 : forms.length;
                for (int k = 0; k < count; k++) {
                    boolean ambiguous = forms[k].startsWith("?");
                    map.merge(ambiguous ? forms[k].substring(1) : forms[k], ambiguous, Boolean::logicalOr);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CueWords(map);
    }

    /** A cue word found in the text, in char indices. */
    record Hit(int start, int end, boolean ambiguous) {
    }

    /** Cue words in {@code [start, end)}, in order. */
    List<Hit> scan(String text, int start, int end) {
        List<Hit> hits = new ArrayList<>();
        int i = start;
        while (i < end) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int wordEnd = i;
            while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            Boolean ambiguous = wordEnd - i <= 12 ? ambiguousByWord.get(lower(text, i, wordEnd)) : null;
            if (ambiguous != null) {
                hits.add(new Hit(i, wordEnd, ambiguous));
            }
            i = wordEnd;
        }
        return hits;
    }

    /** The same lexicon as one case-insensitive alternation with word boundaries. */
    Pattern asRegex() {
        List<String> words = new ArrayList<>(ambiguousByWord.keySet());
        words.sort(null);
        return Pattern.compile("\\b(?:" + String.join("|", words) + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    private static String lower(String text, int s, int e) {
        char[] chars = new char[e - s];
        for (int k = s; k < e; k++) {
            chars[k - s] = Character.toLowerCase(text.charAt(k));
        }
        return new String(chars);
    }
}
