package org.claimeval.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.claimeval.model.Claim;

/**
 * The matcher against brute force on small documents: it must find the largest number of pairs and, among
 * those, the largest total similarity. Spans are token ranges over "t0 t1 ... t11", so several predictions
 * and gold claims overlap at once and components have more than one pair.
 */
class MatcherOptimalityProperties {
    private static final String TEXT = "t0 t1 t2 t3 t4 t5 t6 t7 t8 t9 ta tb";
    private static final TokenView TOKENS = TokenView.of(TEXT);

    @Provide
    Arbitrary<List<int[]>> spans() {
        return Arbitraries.integers().between(0, 11).tuple2()
                .map(t -> new int[] {Math.min(t.get1(), t.get2()), Math.max(t.get1(), t.get2())})
                .list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<MatchConfig> configs() {
        return Arbitraries.of(MatchConfig.exact(), MatchConfig.overlap(0.5), MatchConfig.overlap(0.25),
                MatchConfig.partial());
    }

    /** Token i is "ti" at code points [3i, 3i + 2). */
    private static List<Claim> claims(List<int[]> spans, String prefix) {
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int start = 3 * spans.get(i)[0];
            int end = 3 * spans.get(i)[1] + 2;
            out.add(Claim.span(prefix + i, "d", start, end, TEXT.substring(start, end)));
        }
        return out;
    }

    @Property(tries = 500)
    void matchesTheBruteForceOptimum(@ForAll("spans") List<int[]> goldSpans, @ForAll("spans") List<int[]> predSpans,
                                     @ForAll("configs") MatchConfig config) {
        List<Claim> gold = claims(goldSpans, "g");
        List<Claim> predicted = claims(predSpans, "p");
        Alignment a = new Matcher(config).align(TOKENS, gold, predicted);
        double[][] sim = new double[gold.size()][predicted.size()];
        SpanSimilarity similarity = new SpanSimilarity(config);
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < predicted.size(); j++) {
                Claim g = gold.get(i);
                Claim p = predicted.get(j);
                sim[i][j] = similarity.of(g.start(), g.end(), TOKENS.range(g.start(), g.end()),
                        p.start(), p.end(), TOKENS.range(p.start(), p.end()));
            }
        }
        double[] best = bruteForce(sim, 0, new HashSet<>());
        assertEquals((int) best[0], a.matches().size());
        double total = a.matches().stream().mapToDouble(Match::similarity).sum();
        assertEquals(best[1], total, 1e-9);
        // Each match is a real candidate pair with the similarity it claims.
        for (Match m : a.matches()) {
            int i = gold.indexOf(m.gold());
            int j = predicted.indexOf(m.predicted());
            assertEquals(sim[i][j], m.similarity());
        }
    }

    /** {number of pairs, total similarity} of the best assignment of gold claims from index i on. */
    private static double[] bruteForce(double[][] sim, int i, Set<Integer> used) {
        if (i == sim.length) {
            return new double[] {0, 0};
        }
        double[] best = bruteForce(sim, i + 1, used);
        for (int j = 0; j < sim[i].length; j++) {
            if (sim[i][j] != SpanSimilarity.NO_MATCH && used.add(j)) {
                double[] rest = bruteForce(sim, i + 1, used);
                used.remove(j);
                double pairs = rest[0] + 1;
                double total = rest[1] + sim[i][j];
                if (pairs > best[0] || (pairs == best[0] && total > best[1] + 1e-12)) {
                    best = new double[] {pairs, total};
                }
            }
        }
        return best;
    }
}
