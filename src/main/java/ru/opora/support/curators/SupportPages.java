package ru.opora.support.curators;

import java.time.Clock;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.opora.identity.Role;
import ru.opora.identity.UserDirectory;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.SchoolRisks;
import ru.opora.shared.NotFound;
import ru.opora.support.matching.CuratorMatching;

/** {@code /support}: the ШНОР with their curators, the suggested matching with its reasons, and assignments. */
@Component
class SupportPages {

    /** A ШНОР line of the overview. */
    record Line(Suggestions.Shnor shnor, Assignments.@Nullable Assignment assignment) {}

    /** A curator line: profile, name, caseload. */
    record CuratorLine(CuratorProfiles.Profile profile, String name, int caseload) {}

    /**
     * The overview; {@code people} names curators by login, {@code names} names factors by code and
     * municipalities by id, {@code subjects} names weak subjects by code.
     */
    record Overview(
            int year,
            List<Line> lines,
            List<CuratorLine> curators,
            Map<String, String> people,
            Map<String, String> names,
            Map<String, String> subjects,
            boolean regionWide) {}

    record Matching(int year, Suggestions.Result result, Map<String, String> names, Map<String, String> people) {}

    /** A hand-made assignment. */
    record AssignForm(
            UUID school, String curator, int year, @Nullable String reason) {}

    private final Suggestions suggestions;
    private final Assignments assignments;
    private final CuratorProfiles profiles;
    private final AssignmentReasons reasons;
    private final OrgUnits orgUnits;
    private final UserDirectory users;
    private final SchoolRisks risks;
    private final WeakSubjects weak;
    private final Clock clock;

    SupportPages(
            Suggestions suggestions,
            Assignments assignments,
            CuratorProfiles profiles,
            AssignmentReasons reasons,
            OrgUnits orgUnits,
            UserDirectory users,
            SchoolRisks risks,
            WeakSubjects weak,
            Clock clock) {
        this.suggestions = suggestions;
        this.assignments = assignments;
        this.profiles = profiles;
        this.reasons = reasons;
        this.orgUnits = orgUnits;
        this.users = users;
        this.risks = risks;
        this.weak = weak;
        this.clock = clock;
    }

    Overview overview(@Nullable Integer year, Scope scope) {
        int cohort = year(year);
        UUID regionId = Suggestions.regionId(scope);
        var found = weak.of(OrgPath.ofRegion(regionId), cohort);
        var current = new HashMap<UUID, Assignments.Assignment>();
        assignments.current(scope, cohort).forEach(a -> current.put(a.schoolId(), a));
        var lines = suggestions.shnor(scope, cohort, found).stream()
                .map(s -> new Line(s, current.get(s.school().id())))
                .toList();
        return new Overview(
                cohort,
                lines,
                curators(regionId, cohort),
                people(regionId),
                names(regionId, cohort),
                found.names(),
                scope.isRegionWide());
    }

    Matching matching(@Nullable Integer year, Scope scope) {
        int cohort = year(year);
        UUID regionId = Suggestions.regionId(scope);
        return new Matching(cohort, suggestions.suggest(scope, cohort), names(regionId, cohort), people(regionId));
    }

    /** Assigns every suggested pair that has a curator; returns how many. */
    int acceptAll(int year, Scope scope, String user) {
        var result = suggestions.suggest(scope, year);
        var names = names(Suggestions.regionId(scope), year);
        int done = 0;
        for (CuratorMatching.Pair p : result.pairs()) {
            if (p.curator() == null) continue;
            assignments.assign(
                    result.schools().get(p.schoolId()).school(), year, p.curator(), reasons.of(p, names), user);
            done++;
        }
        return done;
    }

    /** Assigns by hand; returns the code of the refusal, or null. */
    @Nullable
    String assign(AssignForm form, Scope scope, String user) {
        try {
            String reason = form.reason() == null ? "" : form.reason().strip();
            assignments.assign(school(form.school(), scope), form.year(), form.curator(), reason, user);
            return null;
        } catch (Assignments.Refused e) {
            return e.code;
        }
    }

    void end(UUID school, int year, Scope scope, String user) {
        assignments.end(school(school, scope), year, user);
    }

    /** A school of the reader's scope; 404 otherwise, as if it did not exist. */
    OrgUnitRef school(UUID id, Scope scope) {
        return orgUnits.school(id, scope).orElseThrow(NotFound::new);
    }

    int year(@Nullable Integer year) {
        return year == null ? Year.now(clock).getValue() : year;
    }

    /** The factors' names by code, for the current cohort year when none is given. */
    Map<String, String> factorNames(UUID regionId, int year) {
        var names = new HashMap<String, String>();
        risks.factors(regionId, year).forEach(f -> names.put(f.code(), f.nameRu()));
        return names;
    }

    private List<CuratorLine> curators(UUID regionId, int year) {
        var loads = profiles.caseloads(year);
        var people = people(regionId);
        return profiles.ofRegion(regionId).stream()
                .map(p -> new CuratorLine(
                        p, people.getOrDefault(p.username(), p.username()), loads.getOrDefault(p.username(), 0)))
                .toList();
    }

    private Map<String, String> people(UUID regionId) {
        var usernames = profiles.ofRegion(regionId).stream()
                .map(CuratorProfiles.Profile::username)
                .toList();
        var result = new HashMap<String, String>();
        users.named(Role.CURATOR, usernames).forEach(p -> result.put(p.username(), p.fullName()));
        return result;
    }

    /** Factor and municipality names for the pages. */
    private Map<String, String> names(UUID regionId, int year) {
        var names = factorNames(regionId, year);
        orgUnits.inScope(OrgUnitKind.MUNICIPALITY, Scope.region(regionId))
                .forEach(m -> names.put(m.id().toString(), m.name()));
        return names;
    }
}
