package ru.opora.monitoring.areas;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.opora.monitoring.indicators.Indicator;
import ru.opora.monitoring.indicators.IndicatorFigures;
import ru.opora.monitoring.indicators.IndicatorSets;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.Formats;
import ru.opora.shared.NotFound;
import ru.opora.shared.formula.Formula;
import ru.opora.shared.formula.FormulaProblem;
import ru.opora.support.CohortSchools;

/**
 * The municipal and regional indicators of the region's set (§6.7's M1–M8 by default), computed
 * today for a cohort year by their formulas over {@link AreaFigures}: each municipality in the
 * reader's scope, and the region as a whole for its own readers. A share of nothing is no value,
 * never a zero.
 */
@Component
class AreaIndicators {

    /** One municipality's or the region's values by indicator code; a value without data is absent. */
    record Area(OrgUnitRef unit, Map<String, Double> values) {

        public @Nullable Double value(String code) {
            return values.get(code);
        }
    }

    /** What the reader sees: the year, the indicators of each level and the areas. */
    record Result(
            int year,
            List<Integer> years,
            LocalDate day,
            List<Indicator> municipal,
            List<Indicator> regional,
            List<Area> municipalities,
            @Nullable Area region) {}

    private final AreaFigures figures;
    private final IndicatorSets sets;
    private final CohortSchools cohorts;
    private final OrgUnits orgUnits;
    private final Clock clock;

    AreaIndicators(AreaFigures figures, IndicatorSets sets, CohortSchools cohorts, OrgUnits orgUnits, Clock clock) {
        this.figures = figures;
        this.sets = sets;
        this.cohorts = cohorts;
        this.orgUnits = orgUnits;
        this.clock = clock;
    }

    Result of(@Nullable Integer asked, Scope scope) {
        var municipalities = orgUnits.inScope(OrgUnitKind.MUNICIPALITY, scope);
        if (municipalities.isEmpty()) throw new NotFound();
        UUID region = scope.regionId();
        var years = cohorts.years(region);
        int year = asked != null && asked >= 2000 && asked <= 2100
                ? asked
                : years.isEmpty() ? LocalDate.now(clock).getYear() : years.getFirst();
        var indicators = sets.current(region).indicators();
        var municipal = indicators.stream()
                .filter(i -> i.level() == Indicator.Level.MUNICIPALITY && i.computed())
                .toList();
        var regional = indicators.stream()
                .filter(i -> i.level() != Indicator.Level.SCHOOL && i.computed())
                .toList();
        var all = figures.of(scope.region(), year);
        var areas = new ArrayList<Area>();
        for (OrgUnitRef m : municipalities)
            areas.add(new Area(m, values(municipal, all.getOrDefault(m.id(), Map.of()))));
        Area whole = scope.isRegionWide()
                ? new Area(orgUnits.find(region).orElseThrow(NotFound::new), values(regional, all.get(region)))
                : null;
        return new Result(year, years, LocalDate.now(clock), municipal, regional, areas, whole);
    }

    private static Map<String, Double> values(List<Indicator> indicators, @Nullable Map<String, Double> figures) {
        var values = new HashMap<String, Double>();
        if (figures == null) return values;
        for (Indicator i : indicators)
            try {
                double v = Formula.compile(i.formula(), IndicatorFigures.AREA).evaluate(figures);
                if (Double.isFinite(v)) values.put(i.code(), Formats.round(v, 1));
            } catch (FormulaProblem p) {
                // a share of nothing (no ШНОР, nothing due): no value
            }
        return values;
    }
}
