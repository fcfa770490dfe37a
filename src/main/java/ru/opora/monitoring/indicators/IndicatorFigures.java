package ru.opora.monitoring.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;
import ru.opora.planning.PlanFigures;
import ru.opora.risk.SchoolFigures;

/**
 * The figures an indicator's formula reads. A school's are risk's figures (results, statistics,
 * questionnaires), its profile's levels (how many factors are high, how many medium or high) and
 * its plan's (§6.9's measures on today's date, documents accepted); a
 * municipality's and the region's are counts over their schools (see {@link #AREA}).
 */
@Component
public class IndicatorFigures {

    /** A school's plan figures (the rates only when something is due) and its profile's counts of levels. */
    public static final Set<String> PLAN = Set.of(
            "measures_due",
            "measures_done",
            "measures_on_time",
            "execution_rate",
            "on_time_rate",
            "documents",
            "documents_approved",
            "risks_high",
            "risks_medium_or_high");

    /** A municipality's or the region's figures: counts of schools, ШНОР and measures, and the mechanism assessments. */
    public static final Set<String> AREA = Set.of(
            "schools",
            "shnor",
            "shnor_docs_approved",
            "shnor_vpr_gain",
            "shnor_with_tutor",
            "shnor_exited",
            "shnor_teachers_with_deficits",
            "shnor_teachers_trained",
            "measures_due",
            "measures_done",
            "measures_on_time",
            "municipalities",
            "mechanisms_assessed",
            "mechanisms_medium_or_high");

    /** The area figures' names as the indicator form lists them. */
    public static String areaNames() {
        return String.join(", ", new TreeSet<>(AREA));
    }

    private final SchoolFigures risk;
    private final PlanFigures plans;
    private final ru.opora.risk.SchoolRisks profiles;
    private final Clock clock;

    IndicatorFigures(SchoolFigures risk, PlanFigures plans, ru.opora.risk.SchoolRisks profiles, Clock clock) {
        this.profiles = profiles;
        this.risk = risk;
        this.plans = plans;
        this.clock = clock;
    }

    /** The names a formula of the level may use. */
    public Set<String> names(Indicator.Level level) {
        if (level != Indicator.Level.SCHOOL) return AREA;
        var names = new TreeSet<>(risk.names());
        names.addAll(PLAN);
        return names;
    }

    /** Every school of the region with its figures of the cohort year; a figure without data is absent. */
    public Map<UUID, Map<String, Double>> schools(OrgPath regionPath, int year) {
        var all = new HashMap<UUID, Map<String, Double>>();
        risk.of(regionPath, year).forEach((school, figures) -> all.put(school, new HashMap<>(figures)));
        profiles.levels(all.keySet(), year).forEach((school, levels) -> {
            var figures = all.computeIfAbsent(school, k -> new HashMap<>());
            figures.put("risks_high", (double)
                    levels.values().stream().filter("HIGH"::equals).count());
            figures.put("risks_medium_or_high", (double) levels.values().stream()
                    .filter(l -> l.equals("HIGH") || l.equals("MEDIUM"))
                    .count());
        });
        plans.of(Scope.of(regionPath), year, LocalDate.now(clock)).forEach((school, f) -> {
            var figures = all.computeIfAbsent(school, k -> new HashMap<>());
            figures.put("measures_due", (double) f.measuresDue());
            figures.put("measures_done", (double) f.measuresDone());
            figures.put("measures_on_time", (double) f.measuresOnTime());
            figures.put("documents", (double) f.documents());
            figures.put("documents_approved", (double) f.documentsApproved());
            if (f.measuresDue() > 0) {
                figures.put("execution_rate", 100.0 * f.measuresDone() / f.measuresDue());
                figures.put("on_time_rate", 100.0 * f.measuresOnTime() / f.measuresDue());
            }
        });
        return all;
    }

    /** Only the results' figures (risk's), for the year before: dynamics compare them. */
    public Map<UUID, Map<String, Double>> results(OrgPath regionPath, int year) {
        return risk.of(regionPath, year);
    }
}
