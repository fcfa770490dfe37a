package ru.opora.support.matching;

import java.util.Arrays;

/**
 * The Hungarian method (Kuhn–Munkres, O(n²·m) with potentials) for a rectangular cost matrix with
 * rows ≤ columns: each row gets a distinct column and the total cost is the least possible.
 */
final class Hungarian {

    private Hungarian() {}

    /** The column chosen for each row. */
    static int[] solve(double[][] cost) {
        int n = cost.length;
        if (n == 0) return new int[0];
        int m = cost[0].length;
        if (m < n) throw new IllegalArgumentException("more rows than columns");
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] p = new int[m + 1]; // p[j]: the row matched to column j (1-based), 0 when free
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[m + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (used[j]) continue;
                    double cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
                    if (cur < minv[j]) {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if (minv[j] < delta) {
                        delta = minv[j];
                        j1 = j;
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else minv[j] -= delta;
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] result = new int[n];
        for (int j = 1; j <= m; j++) if (p[j] != 0) result[p[j] - 1] = j - 1;
        return result;
    }
}
