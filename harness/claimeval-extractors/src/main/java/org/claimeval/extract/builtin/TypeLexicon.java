package org.claimeval.extract.builtin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.claimeval.model.ClaimType;

/**
 * Guesses a claim's type from weighted keywords ({@code types.txt}): single words and pairs of consecutive
 * words in the content, plus a weight for the cue verb ("described X as Y" evaluates). The type with the highest
 * sum wins; ties go to the type listed first; no keyword is OTHER. Loaded once; a lookup builds a string only for
 * a word that may start a two-word keyword and the word after it.
 */
final class TypeLexicon {
    static final String RESOURCE = "types.txt";
    private static final ClaimType[] TYPES = ClaimType.values();
    private static final java.util.List<ClaimType> ORDER = java.util.List.of(TYPES);
    private static final int OTHER = ORDER.indexOf(ClaimType.OTHER);
    private static final TypeLexicon INSTANCE = load();

    /** A keyword's type (by its place in {@link #TYPES}, where the sums are kept) and weight. */
    private record Weight(int type, int weight) {
    }

    /**
     * What a word of the content is: a keyword's weight (or null), and whether it is the first word of a two-word
     * keyword (only after one is a pair looked up, so no string is built for most words).
     */
    private record Word(Weight weight, boolean startsPair) {
    }

    private final Map<String, Weight> byWord;
    private final LowerCaseLookup<Word> words;
    private final Map<String, Weight> byCue;
    /** The order of the type lines, for ties. */
    private final int[] rank;

    private TypeLexicon(Map<String, Weight> byWord, Map<String, Weight> byCue, int[] rank) {
        this.byWord = byWord;
        this.byCue = byCue;
        Map<String, Word> single = new HashMap<>();
        for (Map.Entry<String, Weight> e : byWord.entrySet()) {
            int space = e.getKey().indexOf(' ');
            if (space < 0) {
                single.merge(e.getKey(), new Word(e.getValue(), false), (a, b) -> new Word(b.weight(), a.startsPair()));
            } else {
                single.merge(e.getKey().substring(0, space), new Word(null, true),
                        (a, b) -> new Word(a.weight(), true));
            }
        }
        this.words = new LowerCaseLookup<>(single, LowerCaseLookup.ROOT);
        this.rank = rank;
    }

    static TypeLexicon get() {
        return INSTANCE;
    }

    private static TypeLexicon load() {
        Map<String, Weight> words = new HashMap<>();
        Map<String, Weight> cues = new HashMap<>();
        int[] rank = new int[TYPES.length];
        java.util.Arrays.fill(rank, Integer.MAX_VALUE);
        int line = 0;
        try (InputStream in = TypeLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("type lexicon resource '" + RESOURCE + "' missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String raw; (raw = reader.readLine()) != null; ) {
                String l = raw.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                boolean cueLine = l.startsWith("@cue ");
                if (cueLine) {
                    l = l.substring("@cue ".length());
                }
                int colon = l.indexOf(':');
                ClaimType type = ClaimType.valueOf(l.substring(0, colon).strip());
                if (!cueLine) {
                    rank[ORDER.indexOf(type)] = Math.min(rank[ORDER.indexOf(type)], line++);
                }
                for (String entry : l.substring(colon + 1).strip().split("\\s+")) {
                    int eq = entry.indexOf('=');
                    String word = (eq < 0 ? entry : entry.substring(0, eq)).toLowerCase(Locale.ROOT).replace('_', ' ');
                    int weight = eq < 0 ? 1 : Integer.parseInt(entry.substring(eq + 1));
                    (cueLine ? cues : words).putIfAbsent(word, new Weight(ORDER.indexOf(type), weight));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TypeLexicon(words, cues, rank);
    }

    /** The type of the content in [start, end), OTHER when no keyword is found. */
    ClaimType classify(String text, int start, int end) {
        return classify(text, start, end, null);
    }

    /** The type of the content in [start, end) introduced by {@code cue} (lower case; may be null). */
    ClaimType classify(String text, int start, int end, String cue) {
        int[] sums = new int[TYPES.length];
        String previous = null; // the previous word when it starts a two-word keyword
        int i = start;
        while (i < end) {
            if (!CueLexicon.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int e = CueLexicon.wordEnd(text, i, end);
            Word known = words.get(text, i, e);
            boolean startsPair = known != null && known.startsPair();
            if (known != null) {
                add(sums, known.weight());
            }
            String word = previous != null || startsPair ? LowerCaseLookup.ROOT.lower(text, i, e) : null;
            if (previous != null) {
                add(sums, byWord.get(previous + " " + word));
            }
            previous = startsPair ? word : null;
            i = e;
        }
        if (cue != null) {
            add(sums, byCue.get(cue));
        }
        int best = OTHER;
        int bestSum = 0;
        for (int t = 0; t < TYPES.length; t++) {
            int s = sums[t];
            if (s > bestSum || (s == bestSum && s > 0 && rank[t] < rank[best])) {
                best = t;
                bestSum = s;
            }
        }
        return TYPES[best];
    }

    private static void add(int[] sums, Weight w) {
        if (w != null) {
            sums[w.type()] += w.weight();
        }
    }
}
