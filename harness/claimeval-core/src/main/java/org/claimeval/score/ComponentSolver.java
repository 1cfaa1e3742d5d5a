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
        // Weight 1 + sim/(rows+1): at most `rows` pairs, so their similarity adds up to less than one match.
        double scale = rows + 1.0;
        double[][] cost = new double[rows][cols];
        double[][] sim = new double[rows][cols];
        boolean[][] edge = new boolean[rows][cols];
        for (int e : bucket) {
            int gl = localGold[edges.gold[e]];
            int pl = localPred[edges.pred[e]];
            int r = goldRows ? gl : pl;
            int col = goldRows ? pl : gl;
            cost[r][col] = -(1.0 + edges.sim[e] / scale);
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
