package ru.opora.identification.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The expected share of «2» of a school given its context, fitted by ordinary least squares over
 * the region's schools (docs/domain.md §6.6, #4): rural, size, ОВЗ share, adverse social conditions.
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
        double mean =
                observations.stream().mapToDouble(Observation::share2).average().orElse(0);
        double[] beta = standardizedFit(observations, used, mean);
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

    /**
     * Least squares on centred and scaled features: with columns of such different sizes as a
     * yes/no and a logarithm of hundreds, the normal equations in raw units left rounding noise
     * above any fixed tolerance and a dependent column got a coefficient of millions (an R² of −34
     * once the social index joined, issue #16). In unit scale a dependent column's pivot is zero to
     * rounding and is left out. Returns the coefficients in raw units, intercept first.
     */
    private static double[] standardizedFit(List<Observation> observations, boolean[] used, double meanY) {
        int k = used.length;
        int n = observations.size();
        double[] mu = new double[k];
        double[] sd = new double[k];
        for (int j = 1; j < k; j++) {
            if (!used[j]) continue;
            for (Observation o : observations) mu[j] += o.features()[j - 1] / n;
            for (Observation o : observations) sd[j] += Math.pow(o.features()[j - 1] - mu[j], 2) / n;
            sd[j] = Math.sqrt(sd[j]);
        }
        double[][] ztz = new double[k][k];
        double[] zty = new double[k];
        ztz[0][0] = 1; // the intercept is the mean of the centred system: solved apart
        for (Observation o : observations) {
            for (int a = 1; a < k; a++) {
                if (!used[a]) continue;
                double za = (o.features()[a - 1] - mu[a]) / sd[a];
                zty[a] += za * (o.share2() - meanY);
                for (int b = 1; b < k; b++) if (used[b]) ztz[a][b] += za * (o.features()[b - 1] - mu[b]) / sd[b];
            }
        }
        for (int j = 1; j < k; j++) if (!used[j]) ztz[j][j] = 1; // keeps the system solvable; its coefficient is 0
        double[] gamma = solve(ztz, zty);
        double[] beta = new double[k];
        beta[0] = meanY;
        for (int j = 1; j < k; j++) {
            if (!used[j]) continue;
            beta[j] = gamma[j] / sd[j];
            beta[0] -= beta[j] * mu[j];
        }
        return beta;
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

    /**
     * Gaussian elimination with partial pivoting: k is five or six, no library needed. A column
     * that the others explain (rural schools that are all the small ones) leaves a pivot that is
     * zero only up to rounding; it is judged against the column's own size, not an absolute 1e-12,
     * which let rounding noise through as coefficients of millions and an R² of −34 (issue #16).
     */
    static double[] solve(double[][] matrix, double[] vector) {
        int k = vector.length;
        double[][] a = new double[k][];
        for (int i = 0; i < k; i++) a[i] = matrix[i].clone();
        double[] b = vector.clone();
        double scale = 0;
        for (int i = 0; i < k; i++) scale = Math.max(scale, Math.abs(matrix[i][i]));
        double tiny = Math.max(1e-12, scale * 1e-10);
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int r = col + 1; r < k; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
            double[] rowSwap = a[col];
            a[col] = a[pivot];
            a[pivot] = rowSwap;
            double bSwap = b[col];
            b[col] = b[pivot];
            b[pivot] = bSwap;
            if (Math.abs(a[col][col]) < tiny) continue; // a dependent column: its coefficient stays 0
            for (int r = col + 1; r < k; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < k; c++) a[r][c] -= f * a[col][c];
                b[r] -= f * b[col];
            }
        }
        double[] x = new double[k];
        for (int r = k - 1; r >= 0; r--) {
            if (Math.abs(a[r][r]) < tiny) continue;
            double s = b[r];
            for (int c = r + 1; c < k; c++) s -= a[r][c] * x[c];
            x[r] = s / a[r][r];
        }
        return x;
    }
}
