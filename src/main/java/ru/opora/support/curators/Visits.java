package ru.opora.support.curators;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.identity.AuditLog;
import ru.opora.orgunits.OrgUnitRef;

/** The curator's visit log (domain.md §4.2 CuratorVisit): date, format, purpose, findings, recommendations. */
@Component
class Visits {

    /** A visit. */
    public record Visit(
            UUID id,
            String curator,
            LocalDate date,
            String format,
            String purpose,
            String findings,
            String recommendations) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Visits(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    List<Visit> of(UUID schoolId) {
        return jdbc.sql("""
                        select id, curator, visit_date, format, purpose, findings, recommendations
                        from support.visit where school_id = ? order by visit_date desc, created_at desc""")
                .param(schoolId)
                .query((rs, n) -> new Visit(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    void record(OrgUnitRef school, Visit v) {
        jdbc.sql("""
                        insert into support.visit (id, school_id, school_path, curator, visit_date, format, purpose, findings, recommendations)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        v.id(),
                        school.id(),
                        school.path(),
                        v.curator(),
                        v.date(),
                        v.format(),
                        v.purpose(),
                        v.findings(),
                        v.recommendations())
                .update();
        audit.record(new AuditLog.Change(
                v.curator(),
                school.path(),
                "CURATOR_VISIT",
                v.id().toString(),
                school.name(),
                "CREATE",
                null,
                java.util.Map.of("date", v.date().toString(), "purpose", v.purpose())));
    }
}
