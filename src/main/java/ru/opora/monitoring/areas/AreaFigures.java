package ru.opora.monitoring.areas;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.opora.identification.ShnorRegister;
import ru.opora.identification.ShnorState;
import ru.opora.monitoring.indicators.IndicatorFigures;
import ru.opora.monitoring.mechanism.MechanismAssessments;
import ru.opora.monitoring.mechanism.MechanismScale;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.support.CohortSchools;

/**
 * The figures of {@link IndicatorFigures#AREA} for every municipality of a region and for the
 * region itself (keyed by its id), for a cohort year: the counts §6.7's M-indicators divide. A ШНОР
 * «has its documents accepted» when it has documents and every one is; «gained in ВПР» when its
 * share of «2» fell from the year before; mechanisms count only once the region accepted them.
 */
@Component
class AreaFigures {

    private final OrgUnits orgUnits;
    private final CohortSchools cohorts;
    private final ShnorRegister statuses;
    private final ru.opora.people.TeacherTraining training;

    /** Who the cohort is, their statuses, and their teachers' training (M4). */
    @Component
    record Cohort(CohortSchools cohorts, ShnorRegister statuses, ru.opora.people.TeacherTraining training) {}

    private final IndicatorFigures figures;
    private final MechanismAssessments mechanisms;
    private final MechanismScale scale;

    AreaFigures(
            OrgUnits orgUnits,
            Cohort cohort,
            IndicatorFigures figures,
            MechanismAssessments mechanisms,
            MechanismScale scale) {
        this.orgUnits = orgUnits;
        this.cohorts = cohort.cohorts();
        this.statuses = cohort.statuses();
        this.training = cohort.training();
        this.figures = figures;
        this.mechanisms = mechanisms;
        this.scale = scale;
    }

    Map<UUID, Map<String, Double>> of(OrgPath regionPath, int year) {
        UUID region = regionPath.regionId();
        var scope = Scope.of(regionPath);
        var areas = new HashMap<UUID, Map<String, Double>>();
        orgUnits.inScope(OrgUnitKind.MUNICIPALITY, scope).forEach(m -> {
            var f = zeros(areas, m.id());
            f.put("municipalities", 1.0);
        });
        zeros(areas, region).put("municipalities", (double) (areas.size() - 1));
        var paths = new HashMap<UUID, OrgPath>();
        for (var school : orgUnits.inScope(OrgUnitKind.SCHOOL, scope)) {
            paths.put(school.id(), school.path());
            add(areas, school.path(), "schools");
        }
        var cohort = cohorts.of(region, year);
        var now = figures.schools(regionPath, year);
        var before = figures.results(regionPath, year - 1);
        var tutored = cohorts.withTutor(region, year);
        var states = statuses.states(scope);
        var trained = training.bySchool(scope, year);
        cohort.forEach((school, path) -> {
            add(areas, path, "shnor");
            trainedTeachers(areas, path, trained.get(school));
            var f = now.getOrDefault(school, Map.of());
            double documents = f.getOrDefault("documents", 0.0);
            if (documents > 0 && documents == f.getOrDefault("documents_approved", 0.0))
                add(areas, path, "shnor_docs_approved");
            Double share2 = f.get("vpr_share2");
            Double share2Before = before.getOrDefault(school, Map.of()).get("vpr_share2");
            if (share2 != null && share2Before != null && share2 < share2Before) add(areas, path, "shnor_vpr_gain");
            if (tutored.contains(school)) add(areas, path, "shnor_with_tutor");
            if (states.get(school) == ShnorState.EXITED) add(areas, path, "shnor_exited");
        });
        now.forEach((school, f) -> {
            var path = paths.get(school);
            if (path != null)
                for (String name : new String[] {"measures_due", "measures_done", "measures_on_time"})
                    add(areas, path, name, f.getOrDefault(name, 0.0));
        });
        mechanisms.ofYear(year, scope).forEach((municipality, a) -> {
            if (a.status() != MechanismAssessments.Status.ACCEPTED || !areas.containsKey(municipality)) return;
            var path = OrgPath.ofRegion(region).child(municipality);
            add(areas, path, "mechanisms_assessed");
            if (scale.level(a.total()) != MechanismScale.Level.LOW) add(areas, path, "mechanisms_medium_or_high");
        });
        return areas;
    }

    /** M4's counts: the ШНОР's teachers with a deficit and those trained on one within the year. */
    private static void trainedTeachers(
            Map<UUID, Map<String, Double>> areas,
            OrgPath path,
            ru.opora.people.TeacherTraining.@org.jspecify.annotations.Nullable Count count) {
        if (count == null) return;
        add(areas, path, "shnor_teachers_with_deficits", count.withDeficit());
        add(areas, path, "shnor_teachers_trained", count.trained());
    }

    private static Map<String, Double> zeros(Map<UUID, Map<String, Double>> areas, UUID id) {
        var f = new HashMap<String, Double>();
        for (String name : IndicatorFigures.AREA) f.put(name, 0.0);
        areas.put(id, f);
        return f;
    }

    private static void add(Map<UUID, Map<String, Double>> areas, OrgPath path, String name) {
        add(areas, path, name, 1.0);
    }

    /** Adds to the school's municipality and to the region. */
    private static void add(Map<UUID, Map<String, Double>> areas, OrgPath path, String name, double amount) {
        path.municipalityId().map(areas::get).ifPresent(f -> f.merge(name, amount, Double::sum));
        var region = areas.get(path.regionId());
        if (region != null) region.merge(name, amount, Double::sum);
    }
}
