package ru.opora.support.curators;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.UserDirectory;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;

/**
 * Curator assignments. Assigning ends the school's previous assignment of the year, opens the school
 * to the curator and closes it to the previous one, all in one transaction, and is audited.
 */
@Component
public class Assignments {

    /** A current assignment. */
    public record Assignment(
            UUID id, UUID schoolId, String curator, String reason, String assignedBy, Instant assignedAt) {}

    /** Why an assignment is refused. */
    static class Refused extends RuntimeException {
        final String code;

        Refused(String code) {
            super(code);
            this.code = code;
        }
    }

    private final JdbcClient jdbc;
    private final CuratorProfiles profiles;
    private final UserDirectory users;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    Assignments(
            JdbcClient jdbc,
            CuratorProfiles profiles,
            UserDirectory users,
            AuditLog audit,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.users = users;
        this.audit = audit;
    }

    public List<Assignment> current(Scope scope, int year) {
        if (scope.isEmpty()) return List.of();
        return jdbc.sql("""
                        select id, school_id, curator, reason, assigned_by, assigned_at from support.assignment
                        where cohort_year = ? and ended_at is null and (""" + scope.sqlCondition("school_path") + ")")
                .params(year)
                .query((rs, n) -> new Assignment(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    @Transactional
    public void assign(OrgUnitRef school, int year, String curator, String reason, String actor) {
        var profile = profiles.find(curator).orElseThrow(() -> new Refused("support.error.noProfile"));
        if (school.id().equals(profile.ownSchoolId())) throw new Refused("support.error.ownSchool");
        int load = profiles.caseloads(year, List.of(curator)).getOrDefault(curator, 0);
        var previous = find(school.id(), year);
        if (previous.filter(p -> p.curator().equals(curator)).isPresent()) return;
        if (load >= profile.caseloadLimit()) throw new Refused("support.error.caseload");
        previous.ifPresent(p -> end(p, school, actor));
        jdbc.sql("""
                        insert into support.assignment (id, cohort_year, school_id, school_path, curator, reason, assigned_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), year, school.id(), school.path(), curator, reason, actor)
                .update();
        users.grantSchool(curator, school.id(), school.path(), actor);
        events.publishEvent(
                new ru.opora.support.CuratorAssigned(school.id(), school.path(), school.name(), curator, year, actor));
        audit.record(new AuditLog.Change(
                actor,
                school.path(),
                "CURATOR_ASSIGNMENT",
                school.id() + "/" + year,
                school.name(),
                "ASSIGN",
                null,
                java.util.Map.of("curator", curator, "reason", reason)));
    }

    @Transactional
    void end(OrgUnitRef school, int year, String actor) {
        find(school.id(), year).ifPresent(p -> end(p, school, actor));
    }

    private void end(Assignment a, OrgUnitRef school, String actor) {
        jdbc.sql("update support.assignment set ended_by = ?, ended_at = now() where id = ?")
                .params(actor, a.id())
                .update();
        users.revokeSchool(a.curator(), school.id(), school.path(), actor);
        audit.record(new AuditLog.Change(
                actor,
                school.path(),
                "CURATOR_ASSIGNMENT",
                school.id().toString(),
                school.name(),
                "END",
                java.util.Map.of("curator", a.curator()),
                null));
    }

    Optional<Assignment> find(UUID schoolId, int year) {
        return jdbc.sql("""
                        select id, school_id, curator, reason, assigned_by, assigned_at from support.assignment
                        where school_id = ? and cohort_year = ? and ended_at is null""")
                .params(schoolId, year)
                .query((rs, n) -> new Assignment(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .optional();
    }
}
