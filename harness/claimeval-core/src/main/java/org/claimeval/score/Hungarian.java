package org.claimeval.score;

import java.util.Arrays;

/**
 * The Hungarian method (Kuhn-Munkres with potentials, O(n²m)) for a rectangular cost matrix with no more
 * rows than columns: assigns every row a distinct column at minimum total cost. Costs are whole numbers, so
 * equal totals are exactly equal and the tie-breaking encoded in them ({@link ComponentSolver}) is exact.
 * Deterministic: remaining ties go to the lowest column index the scan meets first.
 */
final class Hungarian {
    private Hungarian() {
    }

    /**
     * @param cost {@code cost[row][col]}, {@code rows <= cols}; the caller keeps |cost| times the matrix size
     *             well inside the long range
     * @return for each row, its column
     */
    static int[] solve(long[][] cost) {
        int n = cost.length;
        int m = n == 0 ? 0 : cost[0].length;
        if (n > m) {
            throw new IllegalArgumentException("more rows than columns: " + n + " > " + m);
        }
        // 1-based arrays as in the classic formulation; column 0 is the virtual start of each augmenting path.
        long[] u = new long[n + 1];
        long[] v = new long[m + 1];
        int[] rowOfCol = new int[m + 1];
        int[] way = new int[m + 1];
        long[] minv = new long[m + 1];
        boolean[] used = new boolean[m + 1];
        for (int i = 1; i <= n; i++) {
            rowOfCol[0] = i;
            int j0 = 0;
            Arrays.fill(minv, Long.MAX_VALUE);
            Arrays.fill(used, false);
            do {
                used[j0] = true;
                int i0 = rowOfCol[j0];
                long delta = Long.MAX_VALUE;
                int j1 = -1;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        long cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[rowOfCol[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (rowOfCol[j0] != 0);
            do {
                int j1 = way[j0];
                rowOfCol[j0] = rowOfCol[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] colOfRow = new int[n];
        for (int j = 1; j <= m; j++) {
            if (rowOfCol[j] != 0) {
                colOfRow[rowOfCol[j] - 1] = j - 1;
            }
        }
        return colOfRow;
    }
}
