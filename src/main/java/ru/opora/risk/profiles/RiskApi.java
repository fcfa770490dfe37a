package ru.opora.risk.profiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;

/** Risk profiles for other systems: the scope's levels, and one school's profile with its explanation. */
@RestController
class RiskApi {

    private final CohortYears cohorts;
    private final Profiles profiles;
    private final SelfDiagnoses selfDiagnoses;
    private final OrgUnits orgUnits;
    private final SchoolRiskPage schools;

    RiskApi(
            CohortYears cohorts,
            Profiles profiles,
            SelfDiagnoses selfDiagnoses,
            OrgUnits orgUnits,
            SchoolRiskPage schools) {
        this.cohorts = cohorts;
        this.profiles = profiles;
        this.selfDiagnoses = selfDiagnoses;
        this.orgUnits = orgUnits;
        this.schools = schools;
    }

    @GetMapping("/api/v1/risk/profiles")
    Map<String, Object> profiles(@RequestParam(required = false) @Nullable Integer year, Scope scope) {
        var cohort = cohorts.of(scope, year);
        var schools = new ArrayList<Map<String, Object>>();
        var codes = new java.util.HashMap<UUID, String>();
        // levels only, read out of the stored profiles by the database (a region's are hundreds)
        var summaries = profiles.summaries(scope, cohort.year());
        // by the scope's path, not by id: one range of the register's index instead of a probe a school
        for (var r : orgUnits.inScope(OrgUnitKind.SCHOOL, scope)) codes.put(r.id(), r.code());
        for (var s : summaries) {
            var levels = new LinkedHashMap<String, String>();
            s.levels().forEach((factor, level) -> levels.put(factor, level.name()));
            schools.add(Map.of(
                    "schoolId",
                    s.schoolId(),
                    "schoolCode",
                    codes.getOrDefault(s.schoolId(), ""),
                    "catalogueVersion",
                    s.catalogueVersion(),
                    "computedAt",
                    s.computedAt().toString(),
                    "levels",
                    levels));
        }
        return Map.of("cohortYear", cohort.year(), "schools", schools);
    }

    @GetMapping("/api/v1/risk/schools/{id}")
    Map<String, Object> school(
            @PathVariable UUID id, @RequestParam(required = false) @Nullable Integer year, Scope scope) {
        var school = schools.school(id, scope);
        var cohort = cohorts.of(scope, year);
        var result = new LinkedHashMap<String, Object>();
        result.put("schoolId", id);
        result.put("schoolCode", school.code());
        result.put("cohortYear", cohort.year());
        profiles.current(id, cohort.year()).ifPresent(p -> {
            result.put("catalogueVersion", p.catalogueVersion());
            result.put("computedAt", p.computedAt().toString());
            result.put("entries", p.entries());
        });
        selfDiagnoses.find(id, cohort.year()).ifPresent(d -> result.put("selectedRisks", d.selected()));
        result.putIfAbsent("entries", List.of());
        return result;
    }
}
