package ru.opora.support.curators;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.SchoolRisks;
import ru.opora.support.matching.CuratorMatching;

/**
 * Tutor schools: proposed by the same optimal matching as curators, where a tutor's «expertise» is
 * the factors at which it has no risk (its strengths) and each tutor takes at most two ШНОР; kept as
 * links with the directions they cover.
 */
@Component
class TutorLinks {

    /** A link of a ШНОР to its tutor school. */
    public record Link(UUID schoolId, UUID tutorId, List<String> directions, String reason) {}

    static final int PLACES = 2;

    private final JdbcClient jdbc;
    private final TutorCandidates candidates;
    private final SchoolRisks risks;
    private final OrgUnits orgUnits;
    private final AuditLog audit;

    TutorLinks(JdbcClient jdbc, TutorCandidates candidates, SchoolRisks risks, OrgUnits orgUnits, AuditLog audit) {
        this.jdbc = jdbc;
        this.candidates = candidates;
        this.risks = risks;
        this.orgUnits = orgUnits;
        this.audit = audit;
    }

    List<CuratorMatching.Pair> propose(List<Suggestions.Shnor> open, UUID regionId, int year) {
        var tutors = new ArrayList<>(candidates.of(OrgPath.ofRegion(regionId), year));
        var levels = risks.levels(tutors, year);
        var curators = new ArrayList<CuratorMatching.Curator>();
        for (OrgUnitRef t : orgUnits.byIds(tutors)) {
            Set<String> strengths = new HashSet<>();
            levels.getOrDefault(t.id(), Map.of()).forEach((factor, level) -> {
                if ("NONE".equals(level)) strengths.add(factor);
            });
            curators.add(new CuratorMatching.Curator(
                    t.id().toString(), t.path().municipalityId().orElseThrow(), strengths, Set.of(), PLACES, 0, null));
        }
        var schools = open.stream()
                .map(s -> new CuratorMatching.School(
                        s.school().id(),
                        s.school().path().municipalityId().orElseThrow(),
                        new HashSet<>(s.risks()),
                        Set.of()))
                .toList();
        return CuratorMatching.suggest(schools, curators, CuratorMatching.Weights.defaults());
    }

    List<Link> current(Scope scope, int year) {
        if (scope.isEmpty()) return List.of();
        return jdbc.sql(
                        "select school_id, tutor_school_id, directions, reason from support.tutor_link where cohort_year = ? and ("
                                + scope.sqlCondition("school_path") + ")")
                .params(year)
                .query((rs, n) -> new Link(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        List.of((String[]) rs.getArray(3).getArray()),
                        rs.getString(4)))
                .list();
    }

    @Transactional
    void link(OrgUnitRef school, UUID tutor, int year, List<String> directions, String reason, String actor) {
        var t = orgUnits.find(tutor)
                .filter(o -> o.kind() == OrgUnitKind.SCHOOL && !o.id().equals(school.id()))
                .orElseThrow(() -> new IllegalArgumentException("not a school"));
        jdbc.sql("delete from support.tutor_link where school_id = ? and cohort_year = ?")
                .params(school.id(), year)
                .update();
        jdbc.sql("""
                        insert into support.tutor_link (id, cohort_year, school_id, school_path, tutor_school_id, directions, reason, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        year,
                        school.id(),
                        school.path(),
                        t.id(),
                        directions.toArray(String[]::new),
                        reason,
                        actor)
                .update();
        audit.record(new AuditLog.Change(
                actor,
                school.path(),
                "TUTOR_LINK",
                school.id() + "/" + year,
                school.name(),
                "LINK",
                null,
                Map.of("tutor", t.code() + " " + t.name(), "directions", String.join(",", directions))));
    }
}
