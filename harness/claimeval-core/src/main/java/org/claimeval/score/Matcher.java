package org.claimeval.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.claimeval.model.Attribution;
import org.claimeval.model.Claim;
import org.claimeval.model.QuoteKind;
import org.claimeval.model.Span;

/**
 * One document's optimal one-to-one assignment between gold and predicted claims.
 *
 * <p>Objective: first the largest number of matched pairs, then, among assignments with that many, the
 * largest total similarity. Each candidate pair weighs {@code 1 + similarity / (k + 1)} where k bounds the
 * number of pairs in its component, so no similarity gain can outweigh one more match. The assignment is
 * exact (Hungarian method), never greedy.
 *
 * <p>Ties never depend on input order. Among assignments with as many pairs and the same total similarity
 * (compared to six decimals), the one with the most claimant agreements wins, then the most type agreements,
 * then attribution, then quantities (the same multiset); what is still tied goes by the canonical order
 * {@link #SPAN_ORDER} (start, end, text, then the claim's content, then id), in which both sides are sorted
 * before solving. So a gold file scores 1.0 against itself however its claims are ordered, even with two
 * claims on one span that differ only in the claimant.
 *
 * <p>Scales with the number of candidate pairs, not all pairs: a sweep over spans sorted by their first token
 * finds the pairs whose tokens overlap, union-find groups them into connected components, and each component
 * is solved on its own (1×1 and 1×k components directly, larger ones with the Hungarian method, which is cubic
 * in the component's size). Claims as annotated in news text form components of a handful of spans.
 */
public final class Matcher {
    /** The canonical order of claims within a document. */
    public static final Comparator<Claim> SPAN_ORDER = Matcher::compareSpans;

    /**
     * Written out rather than composed from comparingInt/thenComparing: it runs millions of times. The content
     * comes before the id, so two claims on one span keep one order whichever the input listed first.
     */
    private static int compareSpans(Claim a, Claim b) {
        int c = Integer.compare(a.start(), b.start());
        if (c == 0) {
            c = Integer.compare(a.end(), b.end());
        }
        if (c == 0) {
            c = NULLS_FIRST.compare(a.text(), b.text());
        }
        if (c == 0) {
            c = CONTENT_ORDER.compare(a, b);
        }
        if (c == 0) {
            c = NULLS_FIRST.compare(a.id(), b.id());
        }
        return c;
    }

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private static final Comparator<Span> SPANS = Comparator.nullsFirst(
            Comparator.comparingInt(Span::start).thenComparingInt(Span::end));

    /** Everything a claim says besides its content span, in a fixed order; only reached for claims on one span. */
    private static final Comparator<Claim> CONTENT_ORDER = Comparator
            .comparing(Claim::claimant, NULLS_FIRST)
            .thenComparing(c -> c.type() == null ? null : c.type().json(), NULLS_FIRST)
            .thenComparing(Claim::attribution, Comparator.nullsFirst(Comparator.<Attribution>naturalOrder()))
            .thenComparing(Claim::quote, Comparator.nullsFirst(Comparator.<QuoteKind>naturalOrder()))
            .thenComparing(c -> c.quantities().toString())
            .thenComparing(Claim::claimantMention, SPANS)
            .thenComparing(Claim::cue, SPANS)
            .thenComparing(Claim::score, Comparator.nullsFirst(Comparator.<Double>naturalOrder()))
            .thenComparing(Claim::cluster, NULLS_FIRST)
            .thenComparing(c -> c.via().toString());

    /** Attribute agreement bits of a candidate pair, in the order ties are broken: claimant first. */
    static final int CLAIMANT = 8;
    static final int TYPE = 4;
    static final int ATTRIBUTION = 2;
    static final int QUANTITIES = 1;

    /** Which attributes of a pair agree, as the bits above; claimants compared by {@code sameClaimant}. */
    static int agreement(Claim gold, Claim predicted, BiPredicate<Claim, Claim> sameClaimant) {
        int bits = 0;
        if (sameClaimant.test(gold, predicted)) {
            bits |= CLAIMANT;
        }
        if (gold.type() != null && gold.type().equals(predicted.type())) {
            bits |= TYPE;
        }
        if (gold.attribution() != null && gold.attribution() == predicted.attribution()) {
            bits |= ATTRIBUTION;
        }
        Counts quantities = AttributeScores.quantityCounts(gold.quantities(), predicted.quantities());
        if (quantities.fp() == 0 && quantities.fn() == 0) {
            bits |= QUANTITIES;
        }
        return bits;
    }

    private final SpanSimilarity similarity;
    private final BiPredicate<Claim, Claim> sameClaimant;

    /**
     * A matcher whose tie-break counts claimants as agreeing when their strings are equal.
     *
     * @param config how spans are matched
     */
    public Matcher(MatchConfig config) {
        this(config, (g, p) -> g.claimant() != null && g.claimant().equals(p.claimant()));
    }

    /** @param sameClaimant when a gold and a predicted claim name the same claimant (the scorer resolves aliases) */
    Matcher(MatchConfig config, BiPredicate<Claim, Claim> sameClaimant) {
        this.similarity = new SpanSimilarity(config);
        this.sameClaimant = sameClaimant;
    }

    public Alignment align(TokenView tokens, List<Claim> gold, List<Claim> predicted) {
        return candidates(tokens, gold, predicted).solve();
    }

    /**
     * @param compatible an extra condition a pair must meet to be a candidate at all (the strict claim +
     *                   claimant score requires the same claimant); applied before solving, so the assignment
     *                   is optimal under the condition
     */
    public Alignment align(TokenView tokens, List<Claim> gold, List<Claim> predicted,
                           BiPredicate<Claim, Claim> compatible) {
        return candidates(tokens, gold, predicted).solve(compatible);
    }

    /**
     * The candidate pairs of one document, found once and solvable several times (span matching, then the
     * strict claim + claimant matching) without sorting and sweeping again.
     */
    public Candidates candidates(TokenView tokens, List<Claim> gold, List<Claim> predicted) {
        Claim[] g = gold.toArray(Claim[]::new);
        Claim[] p = predicted.toArray(Claim[]::new);
        Arrays.sort(g, SPAN_ORDER);
        Arrays.sort(p, SPAN_ORDER);
        TokenRange[] gt = ranges(tokens, g);
        TokenRange[] pt = ranges(tokens, p);
        Edges edges = new Edges();
        addTokenlessCandidates(g, gt, p, pt, edges);
        addOverlappingCandidates(g, gt, p, pt, edges);
        return new Candidates(g, p, edges);
    }

    /** Gold and predicted claims in span order, and the pairs that match by span. */
    public static final class Candidates {
        private final Claim[] gold;
        private final Claim[] predicted;
        private final Edges edges;

        private Candidates(Claim[] gold, Claim[] predicted, Edges edges) {
            this.gold = gold;
            this.predicted = predicted;
            this.edges = edges;
        }

        public Alignment solve() {
            return solve(edges);
        }

        /** The optimal assignment using only candidate pairs that also meet {@code compatible}. */
        public Alignment solve(BiPredicate<Claim, Claim> compatible) {
            Edges kept = new Edges();
            for (int e = 0; e < edges.size; e++) {
                if (compatible.test(gold[edges.gold[e]], predicted[edges.pred[e]])) {
                    kept.add(edges.gold[e], edges.pred[e], edges.sim[e], edges.agree[e]);
                }
            }
            return solve(kept);
        }

        private Alignment solve(Edges candidates) {
            int[] predOfGold = new int[gold.length];
            double[] simOfGold = new double[gold.length];
            Arrays.fill(predOfGold, -1);
            new ComponentSolver(gold.length, predicted.length, candidates).solve(predOfGold, simOfGold);

            List<Match> matches = new ArrayList<>();
            List<Claim> missed = new ArrayList<>();
            boolean[] predMatched = new boolean[predicted.length];
            for (int i = 0; i < gold.length; i++) {
                if (predOfGold[i] < 0) {
                    missed.add(gold[i]);
                } else {
                    matches.add(new Match(gold[i], predicted[predOfGold[i]], simOfGold[i]));
                    predMatched[predOfGold[i]] = true;
                }
            }
            List<Claim> spurious = new ArrayList<>();
            for (int j = 0; j < predicted.length; j++) {
                if (!predMatched[j]) {
                    spurious.add(predicted[j]);
                }
            }
            return new Alignment(matches, missed, spurious);
        }
    }

    private static TokenRange[] ranges(TokenView tokens, Claim[] claims) {
        TokenRange[] ranges = new TokenRange[claims.length];
        for (int i = 0; i < claims.length; i++) {
            Claim c = claims[i];
            if (c.start() < 0 || c.end() < c.start() || c.end() > tokens.length()) {
                throw new IllegalArgumentException("claim " + c.id() + " of " + c.doc() + ": span [" + c.start()
                        + "," + c.end() + ") outside the document (0.." + tokens.length() + ")");
            }
            ranges[i] = tokens.range(c.start(), c.end());
        }
        return ranges;
    }

    /** Spans touching no token can only match identical offsets: look those up directly. */
    private void addTokenlessCandidates(Claim[] g, TokenRange[] gt, Claim[] p, TokenRange[] pt, Edges edges) {
        Map<Long, List<Integer>> goldByOffsets = new HashMap<>();
        for (int i = 0; i < g.length; i++) {
            if (gt[i].isEmpty()) {
                goldByOffsets.computeIfAbsent(offsetKey(g[i]), k -> new ArrayList<>()).add(i);
            }
        }
        if (goldByOffsets.isEmpty()) {
            return;
        }
        for (int j = 0; j < p.length; j++) {
            if (pt[j].isEmpty()) {
                for (int i : goldByOffsets.getOrDefault(offsetKey(p[j]), List.of())) {
                    addIfMatching(g, gt, i, p, pt, j, edges);
                }
            }
        }
    }

    private static long offsetKey(Claim c) {
        return ((long) c.start() << 32) | (c.end() & 0xffffffffL);
    }

    /**
     * Sweep over all spans that touch tokens, ordered by first token, keeping the spans of each side still
     * open (last token not yet passed). Every open span of the other side overlaps the incoming one, so only
     * overlapping pairs are ever compared.
     */
    private void addOverlappingCandidates(Claim[] g, TokenRange[] gt, Claim[] p, TokenRange[] pt, Edges edges) {
        long[] events = new long[g.length + p.length];
        int n = 0;
        for (int i = 0; i < g.length; i++) {
            if (!gt[i].isEmpty()) {
                events[n++] = ((long) gt[i].first() << 32) | i;
            }
        }
        for (int j = 0; j < p.length; j++) {
            if (!pt[j].isEmpty()) {
                events[n++] = ((long) pt[j].first() << 32) | (1L << 31) | j;
            }
        }
        Arrays.sort(events, 0, n);
        int[] openGold = new int[8];
        int openGoldSize = 0;
        int[] openPred = new int[8];
        int openPredSize = 0;
        for (int e = 0; e < n; e++) {
            int first = (int) (events[e] >>> 32);
            boolean isPred = (events[e] & (1L << 31)) != 0;
            int index = (int) (events[e] & 0x7fffffffL);
            if (isPred) {
                openGoldSize = prune(openGold, openGoldSize, gt, first);
                for (int k = 0; k < openGoldSize; k++) {
                    addIfMatching(g, gt, openGold[k], p, pt, index, edges);
                }
                if (openPredSize == openPred.length) {
                    openPred = Arrays.copyOf(openPred, openPredSize * 2);
                }
                openPred[openPredSize++] = index;
            } else {
                openPredSize = prune(openPred, openPredSize, pt, first);
                for (int k = 0; k < openPredSize; k++) {
                    addIfMatching(g, gt, index, p, pt, openPred[k], edges);
                }
                if (openGoldSize == openGold.length) {
                    openGold = Arrays.copyOf(openGold, openGoldSize * 2);
                }
                openGold[openGoldSize++] = index;
            }
        }
    }

    /** Drops open spans whose tokens end at or before {@code first}, keeping the others in order. */
    private static int prune(int[] open, int size, TokenRange[] ranges, int first) {
        int kept = 0;
        for (int k = 0; k < size; k++) {
            if (ranges[open[k]].end() > first) {
                open[kept++] = open[k];
            }
        }
        return kept;
    }

    private void addIfMatching(Claim[] g, TokenRange[] gt, int i, Claim[] p, TokenRange[] pt, int j, Edges edges) {
        double sim = similarity.of(g[i].start(), g[i].end(), gt[i], p[j].start(), p[j].end(), pt[j]);
        if (sim != SpanSimilarity.NO_MATCH) {
            edges.add(i, j, sim, agreement(g[i], p[j], sameClaimant));
        }
    }

    /** Candidate pairs as parallel arrays: no object per pair, since there can be millions. */
    static final class Edges {
        int[] gold = new int[16];
        int[] pred = new int[16];
        double[] sim = new double[16];
        /** Attribute agreement bits ({@link #agreement}), used only to break ties. */
        int[] agree = new int[16];
        int size;

        void add(int g, int p, double s, int agreement) {
            if (size == gold.length) {
                gold = Arrays.copyOf(gold, size * 2);
                pred = Arrays.copyOf(pred, size * 2);
                sim = Arrays.copyOf(sim, size * 2);
                agree = Arrays.copyOf(agree, size * 2);
            }
            gold[size] = g;
            pred[size] = p;
            agree[size] = agreement;
            sim[size++] = s;
        }
    }
}
