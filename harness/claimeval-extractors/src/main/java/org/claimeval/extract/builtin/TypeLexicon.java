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

/** Guesses a claim's type from keywords ({@code types.txt}): the type with most keyword hits wins. */
final class TypeLexicon {
    static final String RESOURCE = "types.txt";
    private static final TypeLexicon INSTANCE = load();

    private final Map<String, ClaimType> byWord;

    private TypeLexicon(Map<String, ClaimType> byWord) {
        this.byWord = byWord;
    }

    static TypeLexicon get() {
        return INSTANCE;
    }

    private static TypeLexicon load() {
        Map<String, ClaimType> map = new HashMap<>();
        try (InputStream in = TypeLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("type lexicon resource '" + RESOURCE + "' missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                ClaimType type = ClaimType.valueOf(line.substring(0, colon).strip());
                for (String word : line.substring(colon + 1).strip().split("\\s+")) {
                    map.putIfAbsent(word.toLowerCase(Locale.ROOT), type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TypeLexicon(map);
    }

    /** The most frequent keyword type in the range, OTHER when none. */
    ClaimType classify(String text, int start, int end) {
        ClaimType[] labels = ClaimType.values();
        java.util.List<ClaimType> order = java.util.List.of(labels);
        int[] counts = new int[labels.length];
        int i = start;
        while (i < end) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int e = CueLexicon.wordEnd(text, i, end);
            ClaimType t = byWord.get(text.substring(i, e).toLowerCase(Locale.ROOT));
            if (t != null) {
                counts[order.indexOf(t)]++;
            }
            i = e;
        }
        ClaimType best = ClaimType.OTHER;
        int bestCount = 0;
        for (int k = 0; k < labels.length; k++) {
            if (counts[k] > bestCount) {
                best = labels[k];
                bestCount = counts[k];
            }
        }
        return best;
    }
}
