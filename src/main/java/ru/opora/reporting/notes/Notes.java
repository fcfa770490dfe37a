package ru.opora.reporting.notes;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;

/** The catalogue of issued notes: one note per subject (a unit's year of ВПР or monitoring campaign), each issue a new version kept as issued. */
@Component
class Notes {

    record Note(
            UUID id,
            UUID unitId,
            OrgPath unitPath,
            int year,
            String title,
            int versions,
            Instant lastIssued,
            @Nullable UUID campaign) {

        boolean of(Subject s) {
            return unitId.equals(s.unit().id()) && year == s.year() && Objects.equals(campaign, s.campaign());
        }
    }

    /** What a note is about: a unit's year of ВПР, or a unit's monitoring campaign (its cohort's year). */
    record Subject(OrgUnitRef unit, int year, @Nullable UUID campaign) {

        String kind() {
            return campaign == null ? "VPR" : "MONITORING";
        }
    }

    record Version(int number, String conclusions, String recommendations, String issuedBy, Instant issuedAt) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Notes(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Issues the next version of the subject's note (the note is made on its first issue); returns its id. */
    @RequiresPermission(Permission.REPORTS_ISSUE)
    @Transactional
    UUID issue(Subject subject, String title, Issued issued) {
        var unit = subject.unit();
        int year = subject.year();
        jdbc.sql("""
                        insert into reporting.note (id, unit_id, unit_path, kind, year, title, created_by, campaign_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (unit_id, kind, year, campaign_id) do update set title = excluded.title""")
                .params(
                        UUID.randomUUID(),
                        unit.id(),
                        unit.path().value(),
                        subject.kind(),
                        year,
                        title,
                        issued.by(),
                        subject.campaign())
                .update();
        UUID id = jdbc.sql("""
                        select id from reporting.note where unit_id = ? and kind = ? and year = ?
                            and campaign_id is not distinct from ? for update""")
                .params(unit.id(), subject.kind(), year, subject.campaign())
                .query(UUID.class)
                .single();
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from reporting.note_version where note_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        insert into reporting.note_version (note_id, number, conclusions, recommendations, docx, pdf, issued_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        number,
                        issued.conclusions(),
                        issued.recommendations(),
                        issued.docx(),
                        issued.pdf(),
                        issued.by())
                .update();
        audit.record(new AuditLog.Change(
                issued.by(),
                unit.path(),
                "ANALYTICAL_NOTE",
                id.toString(),
                title,
                "CREATE",
                null,
                new HashMap<>(Map.of("version", number, "year", year))));
        return id;
    }

    /** What an issue keeps: the two written sections and the documents as issued. */
    record Issued(String conclusions, String recommendations, byte[] docx, byte[] pdf, String by) {}

    Optional<Note> find(UUID id) {
        return jdbc.sql(SELECT + " where n.id = ? group by n.id")
                .param(id)
                .query((rs, i) -> note(rs))
                .optional();
    }

    /** The notes of the units in a scope, newest year first. */
    List<Note> inScope(Scope scope) {
        if (scope.isEmpty()) return List.of();
        return jdbc.sql(SELECT + " where " + scope.sqlCondition("n.unit_path")
                        + " group by n.id order by n.year desc, n.title")
                .query((rs, i) -> note(rs))
                .list();
    }

    List<Version> versions(UUID note) {
        return jdbc.sql("""
                        select number, conclusions, recommendations, issued_by, issued_at from reporting.note_version
                        where note_id = ? order by number desc""")
                .param(note)
                .query((rs, i) -> new Version(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** An issued version's document, DOCX or PDF. */
    Optional<byte[]> document(UUID note, int number, boolean pdf) {
        return jdbc.sql("select " + (pdf ? "pdf" : "docx")
                        + " from reporting.note_version where note_id = ? and number = ?")
                .params(note, number)
                .query((rs, i) -> rs.getBytes(1))
                .optional();
    }

    private static final String SELECT = """
            select n.id, n.unit_id, n.unit_path, n.year, n.title, count(v.number), max(v.issued_at), n.campaign_id
            from reporting.note n left join reporting.note_version v on v.note_id = n.id""";

    private static Note note(java.sql.ResultSet rs) throws java.sql.SQLException {
        var last = rs.getTimestamp(7);
        return new Note(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                new OrgPath(rs.getString(3)),
                rs.getInt(4),
                rs.getString(5),
                rs.getInt(6),
                last == null ? Instant.EPOCH : last.toInstant(),
                rs.getObject(8, UUID.class));
    }
}
