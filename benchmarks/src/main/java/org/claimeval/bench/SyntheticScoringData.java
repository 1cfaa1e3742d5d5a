package org.claimeval.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.claimeval.model.Attribution;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimType;
import org.claimeval.model.Claimant;
import org.claimeval.model.ClaimantRegistry;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.QuoteKind;

/**
 * Deterministic synthetic scoring inputs (seeded {@link Random}): documents of random words and gold and
 * predicted claims over them, with the overlaps real extractor output has.
 *
 * <p>{@link #spread}: documents of 25 sentences (paragraphs of five); 60% of sentences carry a gold claim (the
 * sentence, sometimes without its first words) and a quarter of those a second, nested gold claim (a clause
 * ending the sentence); 75% of gold claims are predicted with both ends moved by up to two words; 20% of
 * sentences get a spurious prediction. Claimants, types and attribution are drawn from the bundled registry
 * and the enums, the prediction keeping the gold claimant four times in five. Documents are added until the
 * gold and predicted claims number exactly {@code total}.
 *
 * <p>{@link #overlapping}: the worst case for the assignment: one document, one 200-word sentence, and
 * {@code total} claims (half gold, half predicted) that all start in the first ten words and end in the last
 * ten, so every gold claim is a candidate for every prediction (token IoU at least 0.9): one component.
 *
 * @param dataset     the synthetic documents, the bundled claimant registry and the gold claims
 * @param predictions predicted claims by document id
 * @param claims      gold plus predicted claims
 */
public record SyntheticScoringData(Dataset dataset, Map<String, List<Claim>> predictions, int claims) {
    static final long SEED = 20_240_806L;
    private static final int SENTENCES_PER_DOCUMENT = 25;
    private static final int VOCABULARY = 2_000;

    public static SyntheticScoringData spread(int total, ClaimantRegistry registry) {
        Generator g = new Generator(registry);
        List<Document> documents = new ArrayList<>();
        Map<String, List<Claim>> gold = new LinkedHashMap<>();
        Map<String, List<Claim>> predicted = new LinkedHashMap<>();
        int count = 0;
        for (int d = 0; count < total; d++) {
            String id = String.format("synthetic-%07d", d);
            Text text = g.document(SENTENCES_PER_DOCUMENT);
            Document doc = new Document(id, text.builder.toString());
            List<Claim> goldClaims = new ArrayList<>();
            List<Claim> predictedClaims = new ArrayList<>();
            for (int[] words : text.sentences) {
                if (count < total && g.random.nextDouble() < 0.6) {
                    int first = g.random.nextDouble() < 0.3 ? 1 + g.random.nextInt(3) : 0;
                    count += g.goldAndPrediction(doc, words, first, words.length, goldClaims, predictedClaims,
                            total - count);
                    if (count < total && g.random.nextDouble() < 0.25) {
                        int clauseStart = words.length / 3 + g.random.nextInt(words.length / 3);
                        count += g.goldAndPrediction(doc, words, clauseStart, words.length, goldClaims,
                                predictedClaims, total - count);
                    }
                }
                if (count < total && g.random.nextDouble() < 0.2) {
                    predictedClaims.add(g.claim(doc, words, 0, words.length, null));
                    count++;
                }
            }
            documents.add(doc);
            gold.put(id, goldClaims);
            predicted.put(id, predictedClaims);
        }
        return new SyntheticScoringData(dataset(documents, registry, gold), predicted, count);
    }

    public static SyntheticScoringData overlapping(int total, ClaimantRegistry registry) {
        Generator g = new Generator(registry);
        Text text = g.sentence(200);
        Document doc = new Document("synthetic-overlap", text.builder.toString());
        int[] words = text.sentences.get(0);
        List<Claim> gold = new ArrayList<>();
        List<Claim> predicted = new ArrayList<>();
        for (int k = 0; k < total; k++) {
            int first = g.random.nextInt(10);
            int last = words.length - g.random.nextInt(10);
            (k % 2 == 0 ? gold : predicted).add(g.claim(doc, words, first, last, null));
        }
        return new SyntheticScoringData(dataset(List.of(doc), registry, Map.of(doc.id(), gold)),
                Map.of(doc.id(), predicted), total);
    }

    private static Dataset dataset(List<Document> documents, ClaimantRegistry registry,
                                   Map<String, List<Claim>> gold) {
        return new Dataset("synthetic", "0.0.0", documents, registry, gold, "synthetic");
    }

    /** A text being built, with the start offset of every word of every sentence (plus the sentence end). */
    private static final class Text {
        final StringBuilder builder = new StringBuilder();
        final List<int[]> sentences = new ArrayList<>();
    }

    private static final class Generator {
        final Random random = new Random(SEED);
        final String[] vocabulary = new String[VOCABULARY];
        final String[] claimants;

        Generator(ClaimantRegistry registry) {
            for (int i = 0; i < vocabulary.length; i++) {
                char[] word = new char[2 + random.nextInt(8)];
                for (int c = 0; c < word.length; c++) {
                    word[c] = (char) ('a' + random.nextInt(26));
                }
                vocabulary[i] = new String(word);
            }
            List<String> ids = new ArrayList<>(registry.all().stream().map(Claimant::id).sorted().toList());
            ids.add(Claimant.AUTHOR_ID);
            claimants = ids.toArray(String[]::new);
        }

        Text document(int sentences) {
            Text t = new Text();
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    t.builder.append(s % 5 == 0 ? "\n\n" : " ");
                }
                appendSentence(t, 12 + random.nextInt(13));
            }
            return t;
        }

        Text sentence(int words) {
            Text t = new Text();
            appendSentence(t, words);
            return t;
        }

        /**
         * Appends a sentence and records its word starts; the last entry is the sentence end, so word {@code w}
         * spans {@code [starts[w], starts[w + 1] - 1)} and a claim of words {@code [a, b)} ends at
         * {@code starts[b] - 1} (the period or the space after word b-1).
         */
        private void appendSentence(Text t, int words) {
            int[] starts = new int[words + 1];
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    t.builder.append(' ');
                }
                starts[w] = t.builder.length();
                String word = vocabulary[random.nextInt(vocabulary.length)];
                t.builder.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            }
            t.builder.append('.');
            starts[words] = t.builder.length();
            t.sentences.add(starts);
        }

        /** A gold claim over words [first, end) and, three times in four, its prediction; returns how many. */
        int goldAndPrediction(Document doc, int[] words, int first, int end, List<Claim> gold,
                              List<Claim> predicted, int room) {
            int wordCount = words.length - 1;
            Claim g = claim(doc, words, first, Math.min(end, wordCount), null);
            gold.add(g);
            if (room < 2 || random.nextDouble() >= 0.75) {
                return 1;
            }
            int a = Math.max(0, Math.min(wordCount - 1, first + random.nextInt(5) - 2));
            int b = Math.max(a + 1, Math.min(wordCount, end - random.nextInt(3)));
            String claimant = random.nextDouble() < 0.8 ? g.claimant() : null;
            predicted.add(claim(doc, words, a, b, claimant));
            return 2;
        }

        /** A claim over words [first, end); a null claimant draws one. */
        Claim claim(Document doc, int[] words, int first, int end, String claimant) {
            int start = words[first];
            int stop = end >= words.length - 1 ? words[words.length - 1] : words[end] - 1;
            String who = claimant != null ? claimant : claimants[random.nextInt(claimants.length)];
            Attribution attribution = Claimant.AUTHOR_ID.equals(who) ? Attribution.AUTHOR
                    : random.nextBoolean() ? Attribution.EXPLICIT : Attribution.IMPLICIT;
            ClaimType type = ClaimType.values()[random.nextInt(ClaimType.values().length)];
            return new Claim(null, doc.id(), start, stop, doc.slice(start, stop), who, null, null, List.of(),
                    attribution, QuoteKind.NONE, type, List.of(), null, null);
        }
    }
}
