package org.claimeval.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.claimeval.model.Attribution;
import org.claimeval.model.Claim;
import org.claimeval.model.ClaimType;
import org.claimeval.model.Dataset;
import org.claimeval.model.Document;
import org.claimeval.model.Span;

/**
 * The scoring invariants of issue 7 on generated documents. Each document is an emoji, then words
 * {@code w0 w1 ...} with a full stop after every fifth, then a final word no generated claim touches (so a
 * prediction there overlaps nothing).
 */
class ScoringProperties {
    private static final String[] CLAIMANTS = {"russian-defence-ministry", "MoD", "zelensky", "isw", "author", null};

    /** A claim over tokens [first, first + length), optionally extended over the following punctuation. */
    record SpanSpec(int first, int length, int claimant, int type, boolean trailing) {
    }

    record DocSpec(int words, List<SpanSpec> gold, List<SpanSpec> predicted) {
    }

    @Provide
    Arbitrary<List<DocSpec>> corpora() {
        Arbitrary<SpanSpec> span = Combinators.combine(
                Arbitraries.integers().between(0, 40), Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(0, CLAIMANTS.length - 1),
                Arbitraries.integers().between(0, ClaimType.values().length - 1),
                Arbitraries.of(true, false)).as(SpanSpec::new);
        Arbitrary<DocSpec> doc = Combinators.combine(Arbitraries.integers().between(1, 40),
                span.list().ofMaxSize(8), span.list().ofMaxSize(10)).as(DocSpec::new);
        return doc.list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<MatchConfig> matchConfigs() {
        return Arbitraries.of(MatchConfig.exact(), MatchConfig.overlap(0.5), MatchConfig.overlap(0.3),
                MatchConfig.overlap(1.0), MatchConfig.partial());
    }

    /** Builds documents, gold and predictions from the specs. */
    static final class Corpus {
        final List<Document> documents = new ArrayList<>();
        final Map<String, List<Claim>> gold = new LinkedHashMap<>();
        final Map<String, List<Claim>> predicted = new LinkedHashMap<>();
        /** Per document: code-point offsets of the reserved last word. */
        final Map<String, int[]> free = new LinkedHashMap<>();

        Corpus(List<DocSpec> specs) {
            for (int d = 0; d < specs.size(); d++) {
                DocSpec spec = specs.get(d);
                String id = "doc" + d;
                StringBuilder text = new StringBuilder("😀 ");
                int cp = 2;
                int[] starts = new int[spec.words()];
                int[] ends = new int[spec.words()];
                for (int w = 0; w < spec.words(); w++) {
                    String word = "w" + w;
                    starts[w] = cp;
                    text.append(word);
                    cp += word.length();
                    ends[w] = cp;
                    String sep = w % 5 == 4 ? ". " : " ";
                    text.append(sep);
                    cp += sep.length();
                }
                free.put(id, new int[] {cp, cp + 4});
                text.append("free");
                Document doc = new Document(id, text.toString());
                documents.add(doc);
                gold.put(id, claims(doc, spec.gold(), starts, ends, "g", true));
                predicted.put(id, claims(doc, spec.predicted(), starts, ends, "p", false));
            }
        }

        private static List<Claim> claims(Document doc, List<SpanSpec> specs, int[] starts, int[] ends,
                                          String prefix, boolean isGold) {
            List<Claim> out = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                SpanSpec s = specs.get(i);
                int first = s.first() % starts.length;
                int last = Math.min(starts.length, first + s.length()) - 1;
                int start = starts[first];
                int end = s.trailing() ? ends[last] + 1 : ends[last];
                String claimant = CLAIMANTS[s.claimant()];
                if (isGold && claimant == null) {
                    claimant = "isw";
                }
                Attribution attribution = "author".equals(claimant) ? Attribution.AUTHOR
                        : s.type() % 2 == 0 ? Attribution.EXPLICIT : Attribution.IMPLICIT;
                if (!isGold && s.type() == 7) {
                    attribution = null;
                }
                out.add(new Claim(doc.id() + "-" + prefix + i, doc.id(), start, end, doc.slice(start, end), claimant,
                        null, null, List.of(), attribution, null, ClaimType.values()[s.type()], List.of(), null,
                        null));
            }
            return out;
        }

        Dataset dataset() {
            return dataset(documents);
        }

        Dataset dataset(List<Document> docs) {
            return new Dataset("props", "1.0.0", docs, Fixture.REGISTRY, gold, "feedfacefeedface");
        }
    }

    private static Scores score(MatchConfig match, Subset subset, Dataset dataset, Map<String, List<Claim>> p) {
        return new Scorer(new ScoreConfig(match, subset)).score(dataset, p);
    }

    @Property(tries = 200)
    void goldAgainstItselfScoresOne(@ForAll("corpora") List<DocSpec> specs, @ForAll("matchConfigs") MatchConfig match,
                                    @ForAll Subset subset) {
        Corpus c = new Corpus(specs);
        Scores s = score(match, subset, c.dataset(), c.gold);
        assertEquals(1.0, s.micro().f1());
        assertEquals(1.0, s.macro().f1());
        assertEquals(0, s.micro().fp() + s.micro().fn());
        assertEquals(1.0, s.attributes().claimant().accuracy());
        assertEquals(1.0, s.attributes().side().accuracy());
        assertEquals(1.0, s.attributes().type().accuracy());
        assertEquals(1.0, s.attributes().strict().f1());
    }

    /**
     * Gold against itself is 1.0 on every metric however the gold and the predictions are ordered, also when
     * gold claims share a span and differ only in claimant, type, cue or mention (issue 12): ties go by the
     * attributes, never by input order.
     */
    @Property(tries = 200)
    void goldAgainstItselfScoresOneInEveryOrderEvenWithClaimsSharingASpan(
            @ForAll("corpora") List<DocSpec> specs, @ForAll("matchConfigs") MatchConfig match, @ForAll long seed) {
        Corpus c = new Corpus(specs);
        Random random = new Random(seed);
        Map<String, List<Claim>> gold = new LinkedHashMap<>();
        c.gold.forEach((doc, claims) -> {
            List<Claim> with = new ArrayList<>();
            for (Claim g : claims) {
                Span first = new Span(g.start(), g.start() + 1, g.text().substring(0, 1));
                with.add(g.toBuilder().cue(first).build());
                if (random.nextBoolean()) {
                    // A second claim on the same span: another claimant, maybe another type, another cue.
                    String other = "zelensky".equals(g.claimant()) ? "isw" : "zelensky";
                    with.add(g.toBuilder().id(g.id() + "-twin").claimant(other).cue(null).claimantMention(first)
                            .type(random.nextBoolean() ? g.type() : ClaimType.OTHER).build());
                }
            }
            Collections.shuffle(with, random);
            gold.put(doc, with);
        });
        Map<String, List<Claim>> predicted = new LinkedHashMap<>();
        gold.forEach((doc, claims) -> {
            List<Claim> shuffled = new ArrayList<>(claims);
            Collections.shuffle(shuffled, random);
            predicted.put(doc, shuffled);
        });
        Dataset dataset = new Dataset("props", "1.0.0", c.documents, Fixture.REGISTRY, gold, "feedfacefeedface");
        Scores s = new Scorer(new ScoreConfig(match, Subset.ALL)).score(dataset, predicted);
        assertEquals(0, s.micro().fp() + s.micro().fn());
        AttributeScores a = s.attributes();
        for (double v : new double[] {s.micro().f1(), s.macro().f1(), a.claimant().accuracy(), a.side().accuracy(),
                a.type().accuracy(), a.strict().f1(), a.quantities().f1(), a.mention().exact().f1(),
                a.mention().overlap().f1(), a.cue().exact().f1(), a.cue().overlap().f1(), a.relation().f1()}) {
            assertEquals(1.0, v, () -> "not 1.0 against itself: " + a);
        }
    }

    @Property(tries = 300)
    void countsAreConsistentAndScoresBounded(@ForAll("corpora") List<DocSpec> specs,
                                             @ForAll("matchConfigs") MatchConfig match, @ForAll Subset subset) {
        Corpus c = new Corpus(specs);
        Scores s = score(match, subset, c.dataset(), c.predicted);
        Counts sum = Counts.ZERO;
        for (DocumentScore d : s.documents()) {
            long gold = c.gold.get(d.doc()).stream().filter(subset::keepsGold).count();
            long predicted = c.predicted.get(d.doc()).stream().filter(subset::keepsPrediction).count();
            Counts k = d.counts();
            assertTrue(k.tp() <= Math.min(gold, predicted));
            assertEquals(gold, k.tp() + k.fn());
            assertEquals(predicted, k.tp() + k.fp());
            assertBounded(k);
            assertTrue(d.attributes().strict().tp() <= k.tp(), "strict can only lose matches");
            sum = sum.plus(k);
        }
        assertEquals(sum, s.micro());
        assertBounded(s.micro());
        for (double v : new double[] {s.macro().precision(), s.macro().recall(), s.macro().f1(),
                s.attributes().claimant().accuracy(), s.attributes().side().accuracy(),
                s.attributes().type().accuracy()}) {
            assertTrue(v >= 0.0 && v <= 1.0, "out of [0,1]: " + v);
        }
        for (Breakdown b : List.of(s.byType(), s.byAttribution(), s.bySide())) {
            assertEquals(s.micro(), b.total(), b.dimension());
            b.rows().values().forEach(ScoringProperties::assertBounded);
        }
    }

    private static void assertBounded(Counts k) {
        for (double v : new double[] {k.precision(), k.recall(), k.f1()}) {
            assertTrue(v >= 0.0 && v <= 1.0, "out of [0,1]: " + v + " for " + k);
        }
    }

    @Property(tries = 200)
    void orderOfPredictionsAndDocumentsChangesNothing(@ForAll("corpora") List<DocSpec> specs,
                                                     @ForAll("matchConfigs") MatchConfig match,
                                                     @ForAll long seed) {
        Corpus c = new Corpus(specs);
        Scores before = score(match, Subset.ALL, c.dataset(), c.predicted);
        Random random = new Random(seed);
        Map<String, List<Claim>> shuffled = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>(c.predicted.keySet());
        Collections.shuffle(ids, random);
        for (String id : ids) {
            List<Claim> claims = new ArrayList<>(c.predicted.get(id));
            Collections.shuffle(claims, random);
            shuffled.put(id, claims);
        }
        List<Document> docs = new ArrayList<>(c.documents);
        Collections.shuffle(docs, random);
        assertEquals(before, score(match, Subset.ALL, c.dataset(docs), shuffled));
    }

    @Property(tries = 200)
    void aPredictionOverlappingNothingNeverRaisesPrecisionNorChangesRecall(
            @ForAll("corpora") List<DocSpec> specs, @ForAll("matchConfigs") MatchConfig match) {
        Corpus c = new Corpus(specs);
        if (c.documents.isEmpty()) {
            return;
        }
        Scores before = score(match, Subset.ALL, c.dataset(), c.predicted);
        String doc = c.documents.get(0).id();
        int[] free = c.free.get(doc);
        Map<String, List<Claim>> more = new LinkedHashMap<>(c.predicted);
        List<Claim> claims = new ArrayList<>(more.get(doc));
        claims.add(Claim.span("extra", doc, free[0], free[1], "free"));
        more.put(doc, claims);
        Scores after = score(match, Subset.ALL, c.dataset(), more);
        assertTrue(after.micro().precision() <= before.micro().precision());
        assertEquals(before.micro().recall(), after.micro().recall());
        assertEquals(before.micro().tp(), after.micro().tp());
        assertEquals(before.micro().fp() + 1, after.micro().fp());
    }

    @Property(tries = 100)
    void threadsGiveIdenticalScores(@ForAll("corpora") List<DocSpec> specs, @ForAll("matchConfigs") MatchConfig match,
                                    @ForAll Subset subset) {
        Corpus c = new Corpus(specs);
        ScoreConfig config = new ScoreConfig(match, subset);
        assertEquals(new Scorer(config, 1).score(c.dataset(), c.predicted),
                new Scorer(config, 3).score(c.dataset(), c.predicted));
    }
}
