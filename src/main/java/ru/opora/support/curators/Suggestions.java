package ru.opora.support.curators;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.opora.identification.ShnorRegister;
import ru.opora.identification.ShnorState;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.SchoolRisks;
import ru.opora.support.matching.CuratorMatching;

/** Gathers the ШНОР without a curator and the curators with free places, and asks the matching for pairs. */
@Component
public class Suggestions {

    /** The ШНОР of a scope with what the pages show of them. */
    public record Shnor(OrgUnitRef school, ShnorState state, List<String> risks, java.util.Set<String> weakSubjects) {}

    /** The suggestion, with the schools and names needed to read it. */
    public record Result(
            List<CuratorMatching.Pair> pairs, Map<UUID, Shnor> schools, Map<String, String> subjectNames) {}

    private final ShnorRegister shnor;
    private final OrgUnits orgUnits;
    private final SchoolRisks risks;
    private final WeakSubjects weakSubjects;
    private final CuratorProfiles profiles;
    private final Assignments assignments;

    Suggestions(
            ShnorRegister shnor,
            OrgUnits orgUnits,
            SchoolRisks risks,
            WeakSubjects weakSubjects,
            CuratorProfiles profiles,
            Assignments assignments) {
        this.shnor = shnor;
        this.orgUnits = orgUnits;
        this.risks = risks;
        this.weakSubjects = weakSubjects;
        this.profiles = profiles;
        this.assignments = assignments;
    }

    /** The ШНОР in scope (every state but EXITED), with their chosen risks and weak subjects. */
    /** The weak subjects of the scope's ШНОР, beside the region's shares. */
    WeakSubjects.Found weak(Scope scope, int year) {
        return weakSubjects.of(
                OrgPath.ofRegion(regionId(scope)), year, shnor.states(scope).keySet());
    }

    List<Shnor> shnor(Scope scope, int year, WeakSubjects.Found weak) {
        var states = shnor.states(scope);
        var chosen = risks.chosen(states.keySet(), year);
        var result = new ArrayList<Shnor>();
        for (OrgUnitRef s : orgUnits.byIds(states.keySet())) {
            var state = states.get(s.id());
            if (state == null || state == ShnorState.EXITED || s.kind() != OrgUnitKind.SCHOOL) continue;
            result.add(new Shnor(
                    s,
                    state,
                    chosen.getOrDefault(s.id(), java.util.List.of()),
                    weak.bySchool().getOrDefault(s.id(), java.util.Set.of())));
        }
        result.sort(java.util.Comparator.comparing(x -> x.school().code()));
        return result;
    }

    public Result suggest(Scope scope, int year) {
        UUID regionId = regionId(scope);
        var weak = weak(scope, year);
        var assigned = new HashSet<UUID>();
        assignments.current(scope, year).forEach(a -> assigned.add(a.schoolId()));
        var open = shnor(scope, year, weak).stream()
                .filter(s -> !assigned.contains(s.school().id()))
                .toList();
        var profilesOfRegion = profiles.ofRegion(regionId);
        var loads = profiles.caseloads(
                year,
                profilesOfRegion.stream().map(CuratorProfiles.Profile::username).toList());
        var curators = profilesOfRegion.stream()
                .map(p -> new CuratorMatching.Curator(
                        p.username(),
                        p.municipalityId(),
                        p.expertise(),
                        p.subjects(),
                        Math.max(0, p.caseloadLimit() - loads.getOrDefault(p.username(), 0)),
                        loads.getOrDefault(p.username(), 0),
                        p.ownSchoolId()))
                .toList();
        var schools = open.stream()
                .map(s -> new CuratorMatching.School(
                        s.school().id(),
                        s.school().path().municipalityId().orElseThrow(),
                        new HashSet<>(s.risks()),
                        s.weakSubjects()))
                .toList();
        var byId = new java.util.LinkedHashMap<UUID, Shnor>();
        open.forEach(s -> byId.put(s.school().id(), s));
        return new Result(
                CuratorMatching.suggest(schools, curators, CuratorMatching.Weights.defaults()), byId, weak.names());
    }

    static UUID regionId(Scope scope) {
        return scope.regionId();
    }
}
