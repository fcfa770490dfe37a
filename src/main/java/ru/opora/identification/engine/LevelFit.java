package ru.opora.identification.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the region's schools predict for one measure of a school (its share of works on a mark's
 * lowest score, its gap between hard and easy tasks…) from the school's level and size.
 *
 * <p>The expected value is a weighted polynomial in the level, fitted twice: the second fit leaves
 * out the schools far from the first, so that a few non-objective schools do not bend what is
 * «normal». The spread has two parts, estimated from the same schools: a part every school has
 * (schools differ) and a part that shrinks with the number of works (chance), so a class of five is
 * judged with five pupils' uncertainty and a school of two hundred with its own.
 */
final class LevelFit {

    /** One school's measure in one assessment: its level {@code x} (NaN when unknown), value {@code y}, from {@code n} works. */
    record Point(double x, double y, double n) {}

    /** The least variance a measure from {@code n} works can have, whatever the region's data say. */
    @FunctionalInterface
    interface Floor {
        double variance(double expected, double n);
    }

    /** Fewer schools than this cannot say what is normal. */
    static final int MIN_SCHOOLS = 8;

    /** The expected value as a function of the scaled level. */
    @FunctionalInterface
    private interface Curve {
        double at(double u);
    }

    private final Curve curve;
    private final double centre;
    private final double scale;
    private final double between;
    private final double within;
    private final Floor floor;

    private LevelFit(Curve curve, double centre, double scale, double between, double within, Floor floor) {
        this.curve = curve;
        this.centre = centre;
        this.scale = scale;
        this.between = between;
        this.within = within;
        this.floor = floor;
    }

    /**
     * The fit over the region's schools; empty when there are too few to say what is normal.
     *
     * @param degree 0: the region's level; 1: a straight line in the level; 2: a local line (each
     *     level judged by the schools nearest to it), for measures that bend near the ceiling
     */
    static Optional<LevelFit> of(List<Point> points, int degree, Floor floor) {
        if (points.size() < MIN_SCHOOLS) return Optional.empty();
        long known = points.stream().filter(p -> !Double.isNaN(p.x())).count();
        // a level known for fewer than half the schools cannot carry the prediction: use the region's level
        int d = known * 2 < points.size() ? 0 : Math.min(degree, points.size() < 15 ? 1 : degree);
        double[] xs = levels(points);
        double centre = Arrays.stream(xs).average().orElse(0);
        double sd = Math.sqrt(
                Arrays.stream(xs).map(x -> (x - centre) * (x - centre)).sum() / xs.length);
        if (sd == 0) d = 0;
        double scale = sd == 0 ? 1 : sd;
        double[] u = Arrays.stream(xs).map(x -> (x - centre) / scale).toArray();
        boolean[] use = new boolean[points.size()];
        Arrays.fill(use, true);
        Curve curve = curve(points, u, use, d);
        double[] r = residuals(points, u, curve);
        trim(r, use);
        curve = curve(points, u, use, d);
        r = residuals(points, u, curve);
        double[] components = components(points, r, use, Math.min(d, 1) + 1 + (d == 2 ? 2 : 0));
        return Optional.of(new LevelFit(curve, centre, scale, components[0], components[1], floor));
    }

    double expected(double x) {
        double u = Double.isNaN(x) ? 0 : (x - centre) / scale;
        return curve.at(u);
    }

    private static Curve curve(List<Point> points, double[] u, boolean[] use, int degree) {
        if (degree < 2) {
            double[] beta = solve(points, u, use, degree);
            return v -> polynomial(beta, v);
        }
        return local(points, u, use);
    }

    /**
     * A local line: at each of 25 levels spread over the schools' levels, a line through the
     * nearest third of the schools (tricube weights), joined by straight segments and held flat
     * beyond the ends. Unlike a polynomial it follows a measure that bends near the ceiling and
     * does not swing where schools are few.
     */
    private static Curve local(List<Point> points, double[] u, boolean[] use) {
        double[] used = java.util.stream.IntStream.range(0, u.length)
                .filter(i -> use[i])
                .mapToDouble(i -> u[i])
                .sorted()
                .toArray();
        int grid = 25;
        double[] at = new double[grid];
        double[] value = new double[grid];
        int k = Math.max(MIN_SCHOOLS, used.length / 3);
        for (int g = 0; g < grid; g++) {
            at[g] = used[(int) Math.round((double) g / (grid - 1) * (used.length - 1))];
            value[g] = localLine(points, u, use, at[g], k);
        }
        return v -> {
            if (v <= at[0]) return value[0];
            if (v >= at[grid - 1]) return value[grid - 1];
            int g = 1;
            while (at[g] < v) g++;
            double width = at[g] - at[g - 1];
            return width == 0 ? value[g] : value[g - 1] + (v - at[g - 1]) / width * (value[g] - value[g - 1]);
        };
    }

    private static double localLine(List<Point> points, double[] u, boolean[] use, double centre, int k) {
        double[] distances = java.util.stream.IntStream.range(0, u.length)
                .filter(i -> use[i])
                .mapToDouble(i -> Math.abs(u[i] - centre))
                .sorted()
                .toArray();
        double radius = Math.max(distances[Math.min(k, distances.length) - 1], 1e-6) * 1.0001;
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < u.length; i++) {
            double d = Math.abs(u[i] - centre) / radius;
            if (!use[i] || d >= 1) continue;
            double w = Math.pow(1 - d * d * d, 3) * Math.min(points.get(i).n(), 100);
            double x = u[i] - centre;
            sw += w;
            sx += w * x;
            sy += w * points.get(i).y();
            sxx += w * x * x;
            sxy += w * x * points.get(i).y();
        }
        double denominator = sw * sxx - sx * sx;
        if (sw == 0) return 0;
        if (Math.abs(denominator) < 1e-12 * Math.max(1, sw * sxx)) return sy / sw;
        double slope = (sw * sxy - sx * sy) / denominator;
        return (sy - slope * sx) / sw;
    }

    /** The standard deviation of the measure of a school with {@code n} works around its expected value. */
    double sd(double expected, double n) {
        return Math.sqrt(Math.max(Math.max(between + within / n, floor.variance(expected, n)), 1e-9));
    }

    /** How much schools of the same level differ beyond chance, as a standard deviation. */
    double spread() {
        return Math.sqrt(between);
    }

    private static double[] levels(List<Point> points) {
        double known = points.stream()
                .filter(p -> !Double.isNaN(p.x()))
                .mapToDouble(Point::x)
                .average()
                .orElse(0);
        // a school whose level is unknown is taken at the region's average level
        return points.stream()
                .mapToDouble(p -> Double.isNaN(p.x()) ? known : p.x())
                .toArray();
    }

    /** Leaves out the points whose residual lies beyond 3.5 robust standard deviations of the median. */
    private static void trim(double[] r, boolean[] use) {
        double median = median(r);
        double mad =
                1.4826 * median(Arrays.stream(r).map(v -> Math.abs(v - median)).toArray());
        for (int i = 0; i < r.length; i++) use[i] = Math.abs(r[i] - median) <= Math.max(3.5 * mad, 1e-9);
    }

    /**
     * The between-school and per-work variance: squared residuals regressed on 1/n over the points
     * used, corrected for the fitted coefficients; neither may be negative.
     */
    private static double[] components(List<Point> points, double[] r, boolean[] use, int fitted) {
        var inv = new ArrayList<double[]>();
        for (int i = 0; i < r.length; i++)
            if (use[i]) inv.add(new double[] {1 / points.get(i).n(), r[i] * r[i]});
        int k = inv.size();
        double correction = k > fitted ? (double) k / (k - fitted) : 1;
        double mx = inv.stream().mapToDouble(a -> a[0]).average().orElse(0);
        double my = inv.stream().mapToDouble(a -> a[1]).average().orElse(0);
        double sxx = inv.stream().mapToDouble(a -> (a[0] - mx) * (a[0] - mx)).sum();
        double sxy = inv.stream().mapToDouble(a -> (a[0] - mx) * (a[1] - my)).sum();
        double within = sxx == 0 ? 0 : sxy / sxx;
        double between = my - within * mx;
        if (within < 0) {
            within = 0;
            between = my;
        } else if (between < 0) {
            between = 0;
            within = mx == 0 ? 0 : my / mx;
        }
        return new double[] {between * correction, within * correction};
    }

    private static double[] residuals(List<Point> points, double[] u, Curve curve) {
        double[] r = new double[u.length];
        for (int i = 0; i < u.length; i++) r[i] = points.get(i).y() - curve.at(u[i]);
        return r;
    }

    /**
     * Weighted least squares; a school's weight is its works, capped so that one large school does
     * not decide. Levels that do not vary enough for the degree get a lower one.
     */
    private static double[] solve(List<Point> points, double[] u, boolean[] use, int degree) {
        for (int d = degree; d > 0; d--) {
            double[] beta = solveExactly(points, u, use, d + 1);
            if (beta != null) return beta;
        }
        double sum = 0;
        double weights = 0;
        for (int i = 0; i < u.length; i++) {
            if (!use[i]) continue;
            sum += Math.min(points.get(i).n(), 100) * points.get(i).y();
            weights += Math.min(points.get(i).n(), 100);
        }
        return new double[] {weights == 0 ? 0 : sum / weights};
    }

    private static double @org.jspecify.annotations.Nullable [] solveExactly(
            List<Point> points, double[] u, boolean[] use, int p) {
        double[][] a = new double[p][p + 1];
        for (int i = 0; i < u.length; i++) {
            if (!use[i]) continue;
            double w = Math.min(points.get(i).n(), 100);
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) a[j][k] += w * Math.pow(u[i], j + k);
                a[j][p] += w * Math.pow(u[i], j) * points.get(i).y();
            }
        }
        for (int col = 0; col < p; col++) {
            int pivot = col;
            for (int row = col + 1; row < p; row++) if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row;
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            if (Math.abs(a[col][col]) < 1e-9) return null;
            for (int row = 0; row < p; row++) {
                if (row == col) continue;
                double f = a[row][col] / a[col][col];
                for (int k = col; k <= p; k++) a[row][k] -= f * a[col][k];
            }
        }
        double[] beta = new double[p];
        for (int j = 0; j < p; j++) beta[j] = a[j][p] / a[j][j];
        return beta;
    }

    private static double polynomial(double[] beta, double u) {
        double v = 0;
        for (int j = beta.length - 1; j >= 0; j--) v = v * u + beta[j];
        return v;
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n == 0 ? 0 : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
