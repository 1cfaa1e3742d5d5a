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
     * What a word of the content is: a keyword's weight (or null), and the second words of the two-word keywords
     * it starts, by that second word (or null), so a pair is looked up in place, no string built.
     */
    private record Word(Weight weight, LowerCaseLookup<Weight> seconds) {
    }

    private final LowerCaseLookup<Word> words;
    private final Map<String, Weight> byCue;
    /** The order of the type lines, for ties. */
    private final int[] rank;

    private TypeLexicon(Map<String, Weight> byWord, Map<String, Weight> byCue, int[] rank) {
        this.byCue = byCue;
        Map<String, Weight> single = new HashMap<>();
        Map<String, Map<String, Weight>> pairs = new HashMap<>();
        for (Map.Entry<String, Weight> e : byWord.entrySet()) {
            int space = e.getKey().indexOf(' ');
            if (space < 0) {
                single.put(e.getKey(), e.getValue());
            } else {
                pairs.computeIfAbsent(e.getKey().substring(0, space), w -> new HashMap<>())
                        .put(e.getKey().substring(space + 1), e.getValue());
            }
        }
        Map<String, Word> known = new HashMap<>();
        single.forEach((w, weight) -> known.put(w, new Word(weight, null)));
        // A lower-cased word holds no space, so "first second" is a pair's key exactly when the first word is the
        // part before the key's first space and the second the rest: the split finds every pair the key found.
        pairs.forEach((w, seconds) -> known.put(w,
                new Word(single.get(w), new LowerCaseLookup<>(seconds, LowerCaseLookup.ROOT))));
        this.words = new LowerCaseLookup<>(known, LowerCaseLookup.ROOT);
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
        LowerCaseLookup<Weight> pairsOfPrevious = null; // when the previous word starts two-word keywords
        int i = start;
        while (i < end) {
            if (!CueLexicon.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int e = CueLexicon.wordEnd(text, i, end);
            Word known = words.get(text, i, e);
            if (known != null) {
                add(sums, known.weight());
            }
            if (pairsOfPrevious != null) {
                add(sums, pairsOfPrevious.get(text, i, e));
            }
            pairsOfPrevious = known == null ? null : known.seconds();
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
