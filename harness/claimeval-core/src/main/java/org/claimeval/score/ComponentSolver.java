package org.claimeval.score;

import java.util.Arrays;

/**
 * Splits the candidate graph of one document into connected components (union-find) and solves the
 * maximum-cardinality, then maximum-similarity assignment within each. Gold and predicted claims are given by
 * their index in span order; every step scans in index order, so the result is deterministic.
 */
final class ComponentSolver {
    private final int goldCount;
    private final Matcher.Edges edges;
    private final int[] parent;

    ComponentSolver(int goldCount, int predCount, Matcher.Edges edges) {
        this.goldCount = goldCount;
        this.edges = edges;
        this.parent = new int[goldCount + predCount];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
    }

    /** Fills {@code predOfGold} (left at -1 for unmatched gold) and {@code simOfGold}. */
    void solve(int[] predOfGold, double[] simOfGold) {
        for (int e = 0; e < edges.size; e++) {
            union(edges.gold[e], goldCount + edges.pred[e]);
        }
        // Bucket the edges by component (counting sort keeps each bucket in edge order).
        int[] componentOfRoot = new int[parent.length];
        Arrays.fill(componentOfRoot, -1);
        int components = 0;
        int[] componentOfEdge = new int[edges.size];
        for (int e = 0; e < edges.size; e++) {
            int root = find(edges.gold[e]);
            if (componentOfRoot[root] < 0) {
                componentOfRoot[root] = components++;
            }
            componentOfEdge[e] = componentOfRoot[root];
        }
        int[] bucketStart = new int[components + 1];
        for (int e = 0; e < edges.size; e++) {
            bucketStart[componentOfEdge[e] + 1]++;
        }
        for (int c = 0; c < components; c++) {
            bucketStart[c + 1] += bucketStart[c];
        }
        int[] fill = Arrays.copyOf(bucketStart, components);
        int[] sortedEdges = new int[edges.size];
        for (int e = 0; e < edges.size; e++) {
            sortedEdges[fill[componentOfEdge[e]]++] = e;
        }
        int[] localGold = new int[goldCount];
        int[] localPred = new int[parent.length - goldCount];
        Arrays.fill(localGold, -1);
        Arrays.fill(localPred, -1);
        for (int c = 0; c < components; c++) {
            if (bucketStart[c + 1] - bucketStart[c] == 1) {
                // A single candidate pair: nothing to choose.
                int e = sortedEdges[bucketStart[c]];
                predOfGold[edges.gold[e]] = edges.pred[e];
                simOfGold[edges.gold[e]] = edges.sim[e];
            } else {
                int[] bucket = Arrays.copyOfRange(sortedEdges, bucketStart[c], bucketStart[c + 1]);
                solveComponent(bucket, localGold, localPred, predOfGold, simOfGold);
            }
        }
    }

    private void solveComponent(int[] bucket, int[] localGold, int[] localPred, int[] predOfGold,
                                double[] simOfGold) {
        int[] golds = distinctSorted(bucket, edges.gold);
        int[] preds = distinctSorted(bucket, edges.pred);
        for (int k = 0; k < golds.length; k++) {
            localGold[golds[k]] = k;
        }
        for (int k = 0; k < preds.length; k++) {
            localPred[preds[k]] = k;
        }
        // Rows are the smaller side; the Hungarian method needs rows <= columns.
        boolean goldRows = golds.length <= preds.length;
        int rows = Math.min(golds.length, preds.length);
        int cols = Math.max(golds.length, preds.length);
        Weights weights = Weights.forPairs(rows, cols);
        long[][] cost = new long[rows][cols];
        double[][] sim = new double[rows][cols];
        boolean[][] edge = new boolean[rows][cols];
        for (int e : bucket) {
            int gl = localGold[edges.gold[e]];
            int pl = localPred[edges.pred[e]];
            int r = goldRows ? gl : pl;
            int col = goldRows ? pl : gl;
            cost[r][col] = -weights.of(edges.sim[e], edges.agree[e]);
            sim[r][col] = edges.sim[e];
            edge[r][col] = true;
        }
        // A row assigned to a non-candidate column (cost 0) is simply unmatched.
        int[] colOfRow = Hungarian.solve(cost);
        for (int r = 0; r < rows; r++) {
            int col = colOfRow[r];
            if (edge[r][col]) {
                int g = goldRows ? golds[r] : golds[col];
                int p = goldRows ? preds[col] : preds[r];
                predOfGold[g] = p;
                simOfGold[g] = sim[r][col];
            }
        }
        for (int g : golds) {
            localGold[g] = -1;
        }
        for (int p : preds) {
            localPred[p] = -1;
        }
    }

    /**
     * The weight of a candidate pair as one whole number whose sum over an assignment orders assignments
     * lexicographically: first by pairs, then by total similarity (rounded to six decimals), then by claimant,
     * type, attribution and quantity agreements. Each criterion gets its own range of digits, wide enough that
     * the sums of all later criteria over at most {@code k} pairs never reach it. For a component too large for
     * that to fit in a long (over about 60 claims a side, never seen in news text) the attribute digits, then
     * similarity decimals, are given up; the canonical claim order still decides ties.
     */
    record Weights(long pairUnit, long simUnit, long simScale, long base, boolean attributes) {
        static final long SIM_SCALE = 1_000_000;

        static Weights forPairs(int k, int cols) {
            long simScale = SIM_SCALE;
            boolean attributes = true;
            while (true) {
                long base = k + 1L;
                long simUnit = attributes ? base * base * base * base : 1;
                long pairUnit = (k * simScale + 1) * simUnit;
                // Potentials stay within a small multiple of the largest cost times the matrix side.
                double largest = 2.0 * pairUnit * (k + cols + 2.0);
                if (largest < Long.MAX_VALUE / 4.0) {
                    return new Weights(pairUnit, simUnit, simScale, base, attributes);
                }
                if (attributes) {
                    attributes = false;
                } else if (simScale > 1) {
                    simScale /= 10;
                } else {
                    return new Weights(1, 0, 0, 1, false); // cardinality only
                }
            }
        }

        long of(double similarity, int agreement) {
            long weight = pairUnit + Math.round(similarity * simScale) * simUnit;
            if (attributes) {
                weight += bit(agreement, Matcher.CLAIMANT) * base * base * base
                        + bit(agreement, Matcher.TYPE) * base * base
                        + bit(agreement, Matcher.ATTRIBUTION) * base
                        + bit(agreement, Matcher.QUANTITIES);
            }
            return weight;
        }

        private static long bit(int bits, int mask) {
            return (bits & mask) != 0 ? 1 : 0;
        }
    }

    private static int[] distinctSorted(int[] bucket, int[] ends) {
        int[] values = new int[bucket.length];
        for (int k = 0; k < bucket.length; k++) {
            values[k] = ends[bucket[k]];
        }
        return Arrays.stream(values).sorted().distinct().toArray();
    }

    private int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            // The smaller root wins: a fixed rule, so the component structure never depends on chance.
            if (ra < rb) {
                parent[rb] = ra;
            } else {
                parent[ra] = rb;
            }
        }
    }
}
