package ru.opora.identification.engine;

/** The standard normal distribution's upper tail and its inverse, for stating how unlikely a gap is. */
public final class Normal {

    private Normal() {}

    /** P(Z ≥ z) for a standard normal Z (Abramowitz–Stegun 26.2.17, error below 7.5·10⁻⁸). */
    public static double upperTail(double z) {
        if (Double.isNaN(z)) return Double.NaN;
        if (z < 0) return 1 - upperTail(-z);
        double t = 1 / (1 + 0.2316419 * z);
        double density = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        return density * poly;
    }

    /** The z whose upper tail is {@code p} (0 < p < 1), by bisection on {@link #upperTail}: exact enough for a rule. */
    public static double criticalValue(double p) {
        if (!(p > 0 && p < 1)) throw new IllegalArgumentException("p must lie in (0, 1): " + p);
        double lo = -10;
        double hi = 10;
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            if (upperTail(mid) > p) lo = mid;
            else hi = mid;
        }
        return (lo + hi) / 2;
    }
}
