package ru.opora.identification.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The check of a context model's residuals: the schools cut into five equal groups by a measure of
 * context (the expected share of «2», or the social index), and in each the mean of what was
 * expected against what was measured. A model that suits the region leaves no group off by more
 * than chance; one that does not (a context it ignores, a curve it draws straight) leaves a group
 * systematically above or below, and its gaps should be read with care there.
 */
public final class ResidualBands {

    /** One fifth of the schools: the range of the measure, the means and whether the gap is beyond chance. */
    public record Band(double from, double to, int schools, double expected, double measured, boolean systematic) {
        public double residual() {
            return measured - expected;
        }
    }

    private ResidualBands() {}

    /**
     * @param key each school's value of the measure the bands are cut by; schools without one are left out
     * @param sd the model's residual spread: a band is systematic when its mean residual exceeds 3 standard errors
     */
    public static List<Band> of(List<ContextModel.Gap> gaps, Map<UUID, Double> key, double sd) {
        var known = gaps.stream()
                .filter(g -> key.containsKey(g.schoolId()))
                .sorted(Comparator.comparingDouble(g -> key.get(g.schoolId())))
                .toList();
        var bands = new ArrayList<Band>();
        if (known.size() < 10) return bands;
        for (int b = 0; b < 5; b++) {
            var part = known.subList(known.size() * b / 5, known.size() * (b + 1) / 5);
            double expected = part.stream()
                    .mapToDouble(ContextModel.Gap::expected)
                    .average()
                    .orElse(0);
            double measured = part.stream()
                    .mapToDouble(ContextModel.Gap::measured)
                    .average()
                    .orElse(0);
            boolean systematic = Math.abs(measured - expected) > 3 * sd / Math.sqrt(part.size());
            bands.add(new Band(
                    key.get(part.getFirst().schoolId()),
                    key.get(part.getLast().schoolId()),
                    part.size(),
                    expected,
                    measured,
                    systematic));
        }
        return bands;
    }

    /** The bands by the expected share of «2». */
    public static List<Band> byExpected(ContextModel.Fit fit) {
        var key = new java.util.HashMap<UUID, Double>();
        for (var g : fit.gaps()) key.put(g.schoolId(), g.expected());
        return of(fit.gaps(), key, fit.residualSd());
    }
}
