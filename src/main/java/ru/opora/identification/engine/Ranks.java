package ru.opora.identification.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Percentile ranks and percentiles over the region's schools. */
final class Ranks {

    private Ranks() {}

    /** Each school's percentile rank (0–100): the share of schools below it, ties counting half. */
    static Map<UUID, Double> percentileRanks(Map<UUID, Double> values) {
        double[] sorted = values.values().stream()
                .mapToDouble(Double::doubleValue)
                .sorted()
                .toArray();
        var ranks = new HashMap<UUID, Double>();
        values.forEach((id, v) -> {
            int below = lowerBound(sorted, v);
            int upTo = upperBound(sorted, v);
            ranks.put(id, 100.0 * (below + 0.5 * (upTo - below)) / sorted.length);
        });
        return ranks;
    }

    /** The p-th percentile with linear interpolation between order statistics (Excel's PERCENTILE.INC). */
    static double percentile(double[] values, double p) {
        if (values.length == 0) return Double.NaN;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double position = p / 100.0 * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(sorted.length - 1, lower + 1);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
