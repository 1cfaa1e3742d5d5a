package org.claimeval.extract.builtin;

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

/**
 * The reporting-cue lexicon ({@code cues.txt}) and a single-pass scan for its entries. The scan walks the
 * characters once, cuts words at letter boundaries and looks each word up in a hash map: no regular expression,
 * so its cost does not grow with the size of the lexicon.
 */
final class CueLexicon {
    static final String RESOURCE = "cues.txt";

    /** The shape of a cue, which decides where its source and content are. */
    enum Shape { VERB, SOURCE_AFTER, CHANNEL, POSSESSIVE }

    /**
     * One lexicon entry: the words of the cue (lower case), its shape, whether it needs the tagger, whether it
     * counts only next to a quotation, and the frame word it needs after it ("put X at Y": "at"; '"' for a
     * quotation), or null.
     */
    /** The frame "that opens the verb's complement" ({@code @frame:that-clause}): "found that X", not "found a breach that X". */
    static final String THAT_CLAUSE = "that-clause";

    record Entry(String[] words, Shape shape, boolean nounAmbiguous, boolean quoteOnly, String frame) {
        boolean isParticiple() {
            return words.length == 1 && words[0].endsWith("ing");
        }
    }

    /** A cue found in the text, in char indices. */
    record Hit(int start, int end, Entry entry) {
    }

    private static final CueLexicon INSTANCE = load();

    /** Entries by their first word. */
    private final Map<String, List<Entry>> byFirstWord;
    private final LowerCaseLookup<List<Entry>> firstWords;

    private CueLexicon(Map<String, List<Entry>> byFirstWord) {
        this.byFirstWord = byFirstWord;
        this.firstWords = new LowerCaseLookup<>(byFirstWord, CueLexicon::lowerAscii);
    }

    static CueLexicon get() {
        return INSTANCE;
    }

    private static CueLexicon load() {
        Map<String, List<Entry>> map = new HashMap<>();
        try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("cue lexicon resource '" + RESOURCE + "' missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Shape shape = Shape.VERB;
                boolean quoteOnly = false;
                String frame = null;
                int frameAt = line.indexOf("@frame:");
                if (frameAt >= 0) {
                    frame = line.substring(frameAt + "@frame:".length()).strip();
                    line = line.substring(0, frameAt).strip();
                }
                if (line.endsWith("@quote")) {
                    quoteOnly = true;
                } else if (line.endsWith("@source")) {
                    shape = Shape.SOURCE_AFTER;
                } else if (line.endsWith("@channel")) {
                    shape = Shape.CHANNEL;
                } else if (line.endsWith("@possessive")) {
                    shape = Shape.POSSESSIVE;
                }
                int at = line.indexOf('@');
                String body = (at >= 0 ? line.substring(0, at) : line).strip().toLowerCase(Locale.ROOT);
                if (shape == Shape.VERB) {
                    // A verb line lists its inflections, each a one-word cue.
                    for (String form : body.split("\\s+")) {
                        boolean ambiguous = form.startsWith("?");
                        String word = ambiguous ? form.substring(1) : form;
                        add(map, new Entry(new String[] {word}, shape, ambiguous, quoteOnly, frame));
                    }
                } else {
                    add(map, new Entry(body.split("\\s+"), shape, false, false, frame));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CueLexicon(map);
    }

    private static void add(Map<String, List<Entry>> map, Entry entry) {
        List<Entry> list = map.computeIfAbsent(entry.words()[0], k -> new ArrayList<>());
        // The same form on two lines ("predicts") is one entry.
        for (Entry e : list) {
            if (java.util.Arrays.equals(e.words(), entry.words()) && e.shape() == entry.shape()) {
                return;
            }
        }
        list.add(entry);
        // Longer phrases first, so "according to" wins over a one-word entry starting the same way.
        list.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
    }

    /** The first words of all entries (lower case). */
    java.util.Set<String> firstWords() {
        return java.util.Collections.unmodifiableSet(byFirstWord.keySet());
    }

    /** Whether a lower-case word is a cue form on its own. */
    /** The word's nominal entry ("estimate @possessive"), or null: a form may also be a verb's ("estimate"). */
    Entry possessiveEntry(String lowerWord) {
        for (Entry e : byFirstWord.getOrDefault(lowerWord, List.of())) {
            if (e.shape() == Shape.POSSESSIVE) {
                return e;
            }
        }
        return null;
    }

    Entry lookup(String lowerWord) {
        List<Entry> list = byFirstWord.get(lowerWord);
        if (list == null) {
            return null;
        }
        for (Entry e : list) {
            if (e.words().length == 1) {
                return e;
            }
        }
        return null;
    }

    /** Cues in {@code [start, end)} of the text, in order, not overlapping. */
    List<Hit> scan(String text, int start, int end) {
        List<Hit> hits = new ArrayList<>();
        int i = start;
        while (i < end) {
            if (!isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int wordEnd = wordEnd(text, i, end);
            // Apostrophes end the scanned word ("Moscow's" is looked up as "moscow").
            // Most words are settled by the look-up's pre-tests (initial and length, hash bits), without hashing.
            List<Entry> entries = firstWords.get(text, i, wordEnd);
            int next = wordEnd;
            if (entries != null) {
                for (Entry e : entries) {
                    int matchedEnd = matchRest(text, wordEnd, end, e.words());
                    if (matchedEnd >= 0) {
                        hits.add(new Hit(i, matchedEnd, e));
                        next = matchedEnd;
                        break;
                    }
                }
            }
            i = next;
        }
        return hits;
    }

    private static int matchRest(String text, int from, int end, String[] words) {
        int pos = from;
        for (int w = 1; w < words.length; w++) {
            int s = pos;
            while (s < end && text.charAt(s) == ' ') {
                s++;
            }
            if (s == pos) {
                return -1;
            }
            int e = wordEnd(text, s, end);
            if (e == s || !lowerAscii(text, s, e).equals(words[w])) {
                return -1;
            }
            pos = e;
        }
        return pos;
    }

    static int wordEnd(String text, int i, int end) {
        while (i < end && isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@link Character#isLetter(char)}, without its table look-up for ASCII, the bulk of a text. */
    static boolean isLetter(char c) {
        if (c < 0x80) {
            char lower = (char) (c | 0x20);
            return lower >= 'a' && lower <= 'z';
        }
        return Character.isLetter(c);
    }

    private static String lowerAscii(String text, int s, int e) {
        char[] chars = new char[e - s];
        for (int k = s; k < e; k++) {
            chars[k - s] = Character.toLowerCase(text.charAt(k));
        }
        return new String(chars);
    }
}
