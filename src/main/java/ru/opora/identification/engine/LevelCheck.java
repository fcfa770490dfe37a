package ru.opora.identification.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * One statistical objectivity check: each school's measure in each assessment is compared with
 * what the region's schools of its level and size predict ({@link LevelFit}); the standardised
 * gaps of the school's assessments are pooled (Stouffer, weighted by √works), and the pooled gap is
 * recalibrated on the region's schools so that, whatever the model missed, a clean school crosses
 * the critical value about as often as the rule's false-alarm rate says. A flag needs both: a gap
 * unlikely by chance and a gap large enough to matter.
 */
final class LevelCheck {

    /** One school's measure in one assessment (or exam): the group it is compared within, and its level. */
    record Reading(String group, String label, double x, double y, double n) {}

    /** A school's pooled comparison: observed and expected (work-weighted), the standardised gap and the effect. */
    record Gap(double observed, double expected, double z, double effect, List<Flag.Evidence> evidence) {}

    /** How the check reads schools and what counts as a gap that matters. */
    record Definition(
            FlagCode code,
            Function<SchoolYear, List<Reading>> readings,
            int direction,
            int degree,
            LevelFit.Floor floor,
            boolean effectInSpreads,
            boolean flagsAlone) {}

    /** Pooled over fewer works than this a school's measure says nothing: one pupil would be a fifth of it. */
    static final int MIN_WORKS = 5;

    /** Fewer schools than this and the region's own spread of gaps is not used to recalibrate them. */
    static final int CALIBRATION_SCHOOLS = 30;

    private final Definition definition;

    LevelCheck(Definition definition) {
        this.definition = definition;
    }

    /** Every school's pooled gap; schools without readings, or too few works, are absent. */
    Map<UUID, Gap> gaps(List<SchoolYear> schools) {
        var bySchool = new LinkedHashMap<UUID, List<Reading>>();
        var byGroup = new HashMap<String, List<Reading>>();
        for (SchoolYear s : schools) {
            var readings = definition.readings().apply(s).stream()
                    .filter(r -> r.n() > 0 && !Double.isNaN(r.y()))
                    .toList();
            if (readings.isEmpty()) continue;
            bySchool.put(s.schoolId(), readings);
            for (Reading r : readings)
                byGroup.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r);
        }
        var fits = new HashMap<String, LevelFit>();
        byGroup.forEach((group, readings) -> LevelFit.of(
                        readings.stream()
                                .map(r -> new LevelFit.Point(r.x(), r.y(), r.n()))
                                .toList(),
                        definition.degree(),
                        definition.floor())
                .ifPresent(fit -> fits.put(group, fit)));
        var pooled = new LinkedHashMap<UUID, Pooled>();
        bySchool.forEach((school, readings) -> {
            var p = pool(readings, fits);
            if (p != null) pooled.put(school, p);
        });
        double rho = withinSchoolCorrelation(pooled.values());
        var gaps = new LinkedHashMap<UUID, Gap>();
        pooled.forEach((school, p) -> gaps.put(school, p.gap(rho)));
        return recalibrated(gaps);
    }

    /** A school's readings compared with their expectations, before they are pooled into one gap. */
    private record Pooled(
            double observed,
            double expected,
            double effect,
            List<Flag.Evidence> evidence,
            double[] weights,
            double[] standardised) {

        /**
         * Stouffer's sum of the standardised gaps weighted by √works, its variance allowing for
         * the correlation {@code rho} of one school's assessments: a school's way of teaching or
         * marking shows in all of them, so four exams are not four independent witnesses.
         */
        Gap gap(double rho) {
            double sum = 0;
            double w = 0;
            double w2 = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i] * standardised[i];
                w += weights[i];
                w2 += weights[i] * weights[i];
            }
            double variance = w2 + rho * (w * w - w2);
            return new Gap(observed, expected, sum / Math.sqrt(variance), effect, evidence);
        }

        /** The mean product of the school's standardised gaps over its pairs of assessments; NaN with one. */
        double pairProduct() {
            int k = standardised.length;
            if (k < 2) return Double.NaN;
            double sum = 0;
            double squares = 0;
            for (double u : standardised) {
                sum += u;
                squares += u * u;
            }
            return (sum * sum - squares) / (k * (k - 1.0));
        }
    }

    /**
     * The correlation between a school's standardised gaps in different assessments, estimated on
     * the region's schools: the mean pair product, trimmed of the highest and lowest tenth so that
     * the schools that adjust results do not set it; between 0 and 0.95.
     */
    private static double withinSchoolCorrelation(java.util.Collection<Pooled> schools) {
        double[] products = schools.stream()
                .mapToDouble(Pooled::pairProduct)
                .filter(v -> !Double.isNaN(v))
                .sorted()
                .toArray();
        if (products.length < CALIBRATION_SCHOOLS) return 0;
        int cut = products.length / 10;
        double mean =
                Arrays.stream(products, cut, products.length - cut).average().orElse(0);
        return Math.max(0, Math.min(0.95, mean));
    }

    /** The schools whose gap is beyond {@code critical} standard errors and at least {@code minEffect}. */
    Map<UUID, Flag> flags(Map<UUID, Gap> gaps, double critical, double minEffect) {
        var flags = new HashMap<UUID, Flag>();
        gaps.forEach((school, g) -> {
            if (g.z() >= critical && g.effect() >= minEffect)
                flags.put(
                        school,
                        new Flag(
                                definition.code(),
                                round(g.observed()),
                                round(critical),
                                g.evidence(),
                                round(g.expected()),
                                round(g.z())));
        });
        return flags;
    }

    private @org.jspecify.annotations.Nullable Pooled pool(List<Reading> readings, Map<String, LevelFit> fits) {
        var weights = new ArrayList<Double>();
        var standardised = new ArrayList<Double>();
        double observed = 0;
        double expected = 0;
        double effect = 0;
        double works = 0;
        var evidence = new ArrayList<Flag.Evidence>();
        for (Reading r : readings) {
            LevelFit fit = fits.get(r.group());
            if (fit == null) continue;
            double e = fit.expected(r.x());
            double gap = definition.direction() * (r.y() - e);
            weights.add(Math.sqrt(r.n()));
            standardised.add(gap / fit.sd(e, r.n()));
            observed += r.n() * r.y();
            expected += r.n() * e;
            effect += r.n() * (definition.effectInSpreads() ? gap / Math.max(fit.spread(), 1e-9) : gap);
            works += r.n();
            evidence.add(new Flag.Evidence(r.label(), round(r.y()), (int) Math.round(r.n()), round(e)));
        }
        if (works < MIN_WORKS) return null;
        return new Pooled(
                observed / works,
                expected / works,
                effect / works,
                evidence,
                weights.stream().mapToDouble(Double::doubleValue).toArray(),
                standardised.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * The gaps centred on the region's median and scaled by their robust spread when it is wider
     * than the model's (never narrower): schools that differ in ways the model does not know must
     * not all look suspicious.
     */
    static Map<UUID, Gap> recalibrated(Map<UUID, Gap> gaps) {
        if (gaps.size() < CALIBRATION_SCHOOLS) return gaps;
        double[] z = gaps.values().stream().mapToDouble(Gap::z).toArray();
        double median = median(z);
        double spread = Math.max(
                1,
                1.4826 * median(Arrays.stream(z).map(v -> Math.abs(v - median)).toArray()));
        var result = new LinkedHashMap<UUID, Gap>();
        gaps.forEach((school, g) -> result.put(
                school, new Gap(g.observed(), g.expected(), (g.z() - median) / spread, g.effect(), g.evidence())));
        return result;
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    static double round(double v) {
        return ru.opora.shared.Formats.round(v, 2);
    }
}
