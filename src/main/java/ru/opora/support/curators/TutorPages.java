package ru.opora.support.curators;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.support.matching.CuratorMatching;

/** Tutor schools: the links of the ШНОР in scope and a proposal for those without one, with its reasons. */
@Component
class TutorPages {

    /**
     * The page; {@code schools} names the schools of the links and the proposal by id (a proposed
     * tutor stands where the matching puts a curator), {@code names} the factors by code.
     */
    record Page(
            int year,
            List<TutorLinks.Link> links,
            List<CuratorMatching.Pair> proposal,
            Map<String, OrgUnitRef> schools,
            Map<String, String> names,
            Map<String, List<String>> inDoubt) {}

    private final TutorLinks links;
    private final TutorCandidates candidates;
    private final Suggestions suggestions;
    private final SupportDirectory directory;
    private final OrgUnits orgUnits;

    TutorPages(
            TutorLinks links,
            TutorCandidates candidates,
            Suggestions suggestions,
            SupportDirectory directory,
            OrgUnits orgUnits) {
        this.links = links;
        this.candidates = candidates;
        this.suggestions = suggestions;
        this.directory = directory;
        this.orgUnits = orgUnits;
    }

    Page page(@Nullable Integer year, Scope scope) {
        int cohort = directory.year(year);
        UUID region = Suggestions.regionId(scope);
        var current = links.current(scope, cohort);
        var proposal = links.propose(open(scope, cohort), region, cohort);
        var ids = new HashSet<UUID>();
        current.forEach(l -> {
            ids.add(l.schoolId());
            ids.add(l.tutorId());
        });
        proposal.forEach(p -> {
            ids.add(p.schoolId());
            if (p.curator() != null) ids.add(UUID.fromString(p.curator()));
        });
        // strong on paper, in doubt in fact: shown set aside with their flags, never proposed
        var inDoubt = new java.util.LinkedHashMap<String, List<String>>();
        candidates
                .find(ru.opora.orgunits.OrgPath.ofRegion(region), cohort)
                .inDoubt()
                .forEach((school, flags) -> {
                    ids.add(school);
                    inDoubt.put(school.toString(), flags);
                });
        var schools = new HashMap<String, OrgUnitRef>();
        orgUnits.byIds(ids).forEach(s -> schools.put(s.id().toString(), s));
        inDoubt.keySet()
                .removeIf(id -> !schools.containsKey(id)
                        || !scope.permits(schools.get(id).path()));
        return new Page(cohort, current, proposal, schools, directory.factors(region, cohort), inDoubt);
    }

    /** Links every ШНОР without a tutor to its proposed one; returns how many. */
    int acceptAll(int year, Scope scope, String user) {
        UUID region = Suggestions.regionId(scope);
        var open = open(scope, year);
        var bySchool = new HashMap<UUID, OrgUnitRef>();
        open.forEach(s -> bySchool.put(s.school().id(), s.school()));
        int n = 0;
        for (CuratorMatching.Pair p : links.propose(open, region, year)) {
            if (p.curator() == null || p.coveredRisks().isEmpty())
                continue; // a tutor strong in nothing the school needs is no help
            links.link(bySchool.get(p.schoolId()), UUID.fromString(p.curator()), year, p.coveredRisks(), "", user);
            n++;
        }
        return n;
    }

    /** The ШНОР of the scope without a tutor school this year. */
    private List<Suggestions.Shnor> open(Scope scope, int year) {
        var linked = new HashSet<UUID>();
        links.current(scope, year).forEach(l -> linked.add(l.schoolId()));
        return suggestions.shnor(scope, year, new WeakSubjects.Found(Map.of(), Map.of())).stream()
                .filter(s -> !linked.contains(s.school().id()))
                .toList();
    }
}
