package ru.opora.monitoring.mechanism;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.planning.MunicipalRoadmaps;
import ru.opora.support.CohortSchools;

/**
 * The rows a municipality's weak positions suggest (§6.7: a missing or partial position becomes a
 * measure of the municipal roadmap), accepted into its roadmap in one step. A row targets the
 * municipality's ШНОР of the year, is due in {@value #MONTHS_TO_DO} months and asks for the
 * position's evidence, so the roadmap's checker finds it complete.
 */
@Component
class RoadmapSuggestions {

    static final int MONTHS_TO_DO = 3;

    private final MechanismScale scale;
    private final MunicipalRoadmaps roadmaps;
    private final CohortSchools cohorts;
    private final OrgUnits orgUnits;
    private final MessageSource messages;
    private final Clock clock;

    RoadmapSuggestions(
            MechanismScale scale,
            MunicipalRoadmaps roadmaps,
            CohortSchools cohorts,
            OrgUnits orgUnits,
            MessageSource messages,
            Clock clock) {
        this.scale = scale;
        this.roadmaps = roadmaps;
        this.cohorts = cohorts;
        this.orgUnits = orgUnits;
        this.messages = messages;
        this.clock = clock;
    }

    /** Adds the suggested rows of the chosen positions (unknown numbers are left out). */
    MunicipalRoadmaps.Added accept(
            OrgUnitRef municipality, int year, Set<Integer> positions, String actor, Locale locale) {
        var schools = schoolsOf(municipality, year);
        String responsible = messages.getMessage("mechanism.roadmap.responsible", null, locale);
        LocalDate due = LocalDate.now(clock).plusMonths(MONTHS_TO_DO);
        var rows = new ArrayList<MunicipalRoadmaps.Row>();
        for (var p : scale.positions())
            if (positions.contains(p.number()))
                rows.add(new MunicipalRoadmaps.Row(
                        p.suggestion(),
                        messages.getMessage("mechanism.roadmap.expected", new Object[] {p.number(), p.name()}, locale),
                        p.evidence(),
                        responsible,
                        due,
                        schools));
        return roadmaps.add(municipality, year, rows, actor, locale);
    }

    /** The codes of the municipality's ШНОР of the cohort year. */
    private List<String> schoolsOf(OrgUnitRef municipality, int year) {
        var paths = cohorts.of(municipality.path().regionId(), year);
        var ids = paths.entrySet().stream()
                .filter(e -> municipality.path().contains(e.getValue()))
                .map(java.util.Map.Entry::getKey)
                .toList();
        return orgUnits.byIds(ids).stream().map(OrgUnitRef::code).sorted().toList();
    }
}
