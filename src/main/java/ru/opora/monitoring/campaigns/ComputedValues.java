package ru.opora.monitoring.campaigns;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.monitoring.indicators.Indicator;
import ru.opora.monitoring.indicators.IndicatorFigures;
import ru.opora.shared.Formats;
import ru.opora.shared.formula.Formula;
import ru.opora.shared.formula.FormulaProblem;

/**
 * The computed indicators of a campaign: the formula over the school's figures of the cohort year,
 * with the formula engine of the risk profiles. A school without the data a formula reads gets no
 * value, never a zero. Computed values need no confirmation: they are Opora's own data.
 */
@Component
class ComputedValues {

    /** Mean values of the campaign's schools and of the region's other schools, per computed indicator. */
    record Comparison(Map<String, double[]> campaignSchools, Map<String, double[]> otherSchools) {}

    private final JdbcClient jdbc;
    private final IndicatorFigures figures;

    ComputedValues(JdbcClient jdbc, IndicatorFigures figures) {
        this.jdbc = jdbc;
        this.figures = figures;
    }

    /** Writes (or rewrites) the computed values of the campaign's schools. */
    void fill(Campaign campaign, String actor) {
        var all = figures.schools(campaign.regionPath(), campaign.cohortYear());
        var schools = jdbc.sql("select school_id, school_path from monitoring.campaign_school where campaign_id = ?")
                .param(campaign.id())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        var formulas = formulas(campaign);
        for (var school : schools)
            for (var formula : formulas.entrySet()) {
                Double value = value(formula.getValue(), all.getOrDefault(school.getKey(), Map.of()));
                if (value == null) continue;
                jdbc.sql("""
                                insert into monitoring.indicator_value
                                    (campaign_id, school_id, school_path, indicator, value, computed, status, entered_by)
                                values (?, ?, ?, ?, ?, true, 'CONFIRMED', ?)
                                on conflict (campaign_id, school_id, indicator) do update set value = excluded.value,
                                    entered_at = now()""")
                        .params(campaign.id(), school.getKey(), school.getValue(), formula.getKey(), value, actor)
                        .update();
            }
    }

    /** The mean (and count) of each computed indicator over the campaign's schools and over the region's others. */
    Comparison compare(Campaign campaign, Set<UUID> campaignSchools) {
        var all = figures.schools(campaign.regionPath(), campaign.cohortYear());
        var inside = new TreeMap<String, double[]>();
        var outside = new TreeMap<String, double[]>();
        for (var formula : formulas(campaign).entrySet()) {
            double[] in = new double[2];
            double[] out = new double[2];
            all.forEach((school, values) -> {
                Double v = value(formula.getValue(), values);
                if (v == null) return;
                double[] acc = campaignSchools.contains(school) ? in : out;
                acc[0] += v;
                acc[1]++;
            });
            inside.put(formula.getKey(), mean(in));
            outside.put(formula.getKey(), mean(out));
        }
        return new Comparison(inside, outside);
    }

    private static double[] mean(double[] acc) {
        return new double[] {acc[1] == 0 ? Double.NaN : Formats.round(acc[0] / acc[1], 1), acc[1]};
    }

    /** The campaign's computed indicators, each formula compiled once (one that no longer compiles gives no values). */
    private Map<String, Formula> formulas(Campaign campaign) {
        var names = figures.names(Indicator.Level.SCHOOL);
        var formulas = new java.util.LinkedHashMap<String, Formula>();
        for (Indicator i : campaign.indicators())
            if (i.computed())
                try {
                    formulas.put(i.code(), Formula.compile(java.util.Objects.requireNonNull(i.formula()), names));
                } catch (FormulaProblem p) {
                    // a figure the set once had: the indicator stays empty rather than failing the campaign
                }
        return formulas;
    }

    /** The formula's value for a school; null when the school lacks a figure the formula reads. */
    private static @org.jspecify.annotations.Nullable Double value(Formula formula, Map<String, Double> values) {
        try {
            return Formats.round(formula.evaluate(values), 2);
        } catch (FormulaProblem p) {
            return null;
        }
    }
}
