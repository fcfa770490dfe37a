package ru.opora.identification.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The expected share of «2» of a school given its context, fitted by ordinary least squares over
 * the region's schools (domain.md §6.6, #4): rural, size, ОВЗ share, adverse social conditions.
 * A school far better than its context predicts is a candidate tutor school; one far worse is
 * highlighted. The fit is small and explicit so that the page can show every coefficient.
 */
public final class ContextModel {

    /** A school's context and its measured share of «2». */
    public record Observation(UUID schoolId, double[] features, double share2) {}

    /** The fitted model: coefficients in the order of the features (intercept first), R² and the residual spread. */
    public record Fit(
            List<String> names,
            double[] coefficients,
            double rSquared,
            double residualSd,
            int schools,
            List<Gap> gaps) {}

    /** A school's expected and measured share of «2»; {@code z} = (measured − expected) / residual spread. */
    public record Gap(UUID schoolId, double expected, double measured, double z) {}

    private ContextModel() {}

    /**
     * @param names the features' names, without the intercept
     */
    public static Fit fit(List<String> names, List<Observation> observations) {
        int n = observations.size();
        var allNames = new ArrayList<String>();
        allNames.add("intercept");
        allNames.addAll(names);
        int k = allNames.size();
        if (n <= k) return new Fit(allNames, new double[k], 0, 0, n, List.of());
        // columns that do not vary (no rural school in a city region) cannot be fitted: they stay at 0
        boolean[] used = new boolean[k];
        used[0] = true;
        for (int j = 1; j < k; j++) used[j] = varies(observations, j - 1);
        double[][] xtx = new double[k][k];
        double[] xty = new double[k];
        for (Observation o : observations) {
            double[] x = row(o);
            for (int a = 0; a < k; a++) {
                if (!used[a]) continue;
                xty[a] += x[a] * o.share2();
                for (int b = 0; b < k; b++) if (used[b]) xtx[a][b] += x[a] * x[b];
            }
        }
        for (int j = 0; j < k; j++) if (!used[j]) xtx[j][j] = 1; // keeps the system solvable; its coefficient is 0
        double[] beta = solve(xtx, xty);
        double mean =
                observations.stream().mapToDouble(Observation::share2).average().orElse(0);
        double ssRes = 0;
        double ssTot = 0;
        var expected = new double[n];
        for (int i = 0; i < n; i++) {
            var o = observations.get(i);
            expected[i] = dot(beta, row(o));
            ssRes += (o.share2() - expected[i]) * (o.share2() - expected[i]);
            ssTot += (o.share2() - mean) * (o.share2() - mean);
        }
        int parameters = 0;
        for (boolean u : used) if (u) parameters++;
        double sd = Math.sqrt(ssRes / Math.max(1, n - parameters));
        var gaps = new ArrayList<Gap>();
        for (int i = 0; i < n; i++) {
            var o = observations.get(i);
            gaps.add(new Gap(o.schoolId(), expected[i], o.share2(), sd == 0 ? 0 : (o.share2() - expected[i]) / sd));
        }
        return new Fit(allNames, beta, ssTot == 0 ? 0 : 1 - ssRes / ssTot, sd, n, gaps);
    }

    private static boolean varies(List<Observation> observations, int feature) {
        double first = observations.getFirst().features()[feature];
        for (Observation o : observations) if (o.features()[feature] != first) return true;
        return false;
    }

    private static double[] row(Observation o) {
        double[] x = new double[o.features().length + 1];
        x[0] = 1;
        System.arraycopy(o.features(), 0, x, 1, o.features().length);
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /** Gaussian elimination with partial pivoting: k is five or six, no library needed. */
    static double[] solve(double[][] matrix, double[] vector) {
        int k = vector.length;
        double[][] a = new double[k][];
        for (int i = 0; i < k; i++) a[i] = matrix[i].clone();
        double[] b = vector.clone();
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int r = col + 1; r < k; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
            double[] rowSwap = a[col];
            a[col] = a[pivot];
            a[pivot] = rowSwap;
            double bSwap = b[col];
            b[col] = b[pivot];
            b[pivot] = bSwap;
            if (Math.abs(a[col][col]) < 1e-12) continue; // a dependent column: its coefficient stays 0
            for (int r = col + 1; r < k; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < k; c++) a[r][c] -= f * a[col][c];
                b[r] -= f * b[col];
            }
        }
        double[] x = new double[k];
        for (int r = k - 1; r >= 0; r--) {
            if (Math.abs(a[r][r]) < 1e-12) continue;
            double s = b[r];
            for (int c = r + 1; c < k; c++) s -= a[r][c] * x[c];
            x[r] = s / a[r][r];
        }
        return x;
    }
}
