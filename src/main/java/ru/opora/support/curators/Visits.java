package ru.opora.support.curators;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.identity.AuditLog;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitRef;

/** The curator's visit log (docs/domain.md §4.2 CuratorVisit): date, format, purpose, findings, recommendations. */
@Component
public class Visits implements ru.opora.support.VisitLog {

    @Override
    public java.util.Map<UUID, LocalDate> lastVisits(java.util.Collection<UUID> schools) {
        var result = new java.util.HashMap<UUID, LocalDate>();
        if (schools.isEmpty()) return result;
        jdbc.sql("select school_id, max(visit_date) from support.visit where school_id = any (?) group by school_id")
                .param(schools.toArray(UUID[]::new))
                .query(rs -> {
                    result.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
                });
        return result;
    }

    /** A visit. */
    public record Visit(
            UUID id,
            String curator,
            LocalDate date,
            String format,
            String purpose,
            String findings,
            String recommendations) {}

    /** An attachment of a visit. */
    public record Attachment(UUID id, UUID visitId, String name, long size) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ru.opora.shared.StoredFiles files;

    Visits(
            JdbcClient jdbc,
            AuditLog audit,
            @org.springframework.beans.factory.annotation.Value("${opora.storage.dir:data/files}") String dir) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.files = new ru.opora.shared.StoredFiles(java.nio.file.Path.of(dir));
    }

    /** The limits of an attachment: 10 MB, office documents, PDF and pictures [U]. */
    static final ru.opora.shared.StoredFiles.Limits LIMITS = new ru.opora.shared.StoredFiles.Limits(
            10L * 1024 * 1024, List.of("pdf", "docx", "doc", "xlsx", "xls", "odt", "ods", "jpg", "jpeg", "png"));

    java.util.Optional<ru.opora.shared.StoredFiles.Refusal> check(String name, long size, byte[] head) {
        return files.check(name, size, head, LIMITS);
    }

    void attach(
            UUID visit,
            String name,
            @org.jspecify.annotations.Nullable String type,
            long size,
            java.io.InputStream content) {
        String stored = files.store(name, content);
        jdbc.sql(
                        "insert into support.visit_file (id, visit_id, name, content_type, size_bytes, stored_name) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), visit, name, type, size, stored)
                .update();
    }

    /** The attachments of the school's visits. */
    List<Attachment> attachments(UUID schoolId) {
        return jdbc.sql("""
                        select f.id, f.visit_id, f.name, f.size_bytes from support.visit_file f
                        join support.visit v on v.id = f.visit_id where v.school_id = ? order by f.added_at""")
                .param(schoolId)
                .query((rs, n) -> new Attachment(
                        rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getLong(4)))
                .list();
    }

    /** An attachment as stored: its school's place (checked against the reader's scope before it is opened), its names. */
    record StoredAttachment(OrgPath schoolPath, String name, String storedName) {}

    java.util.Optional<StoredAttachment> file(UUID id) {
        return jdbc.sql("""
                        select v.school_path, f.name, f.stored_name from support.visit_file f
                        join support.visit v on v.id = f.visit_id where f.id = ?""")
                .param(id)
                .query((rs, n) ->
                        new StoredAttachment(OrgPath.parse(rs.getString(1)), rs.getString(2), rs.getString(3)))
                .optional();
    }

    java.io.InputStream open(String stored) {
        return files.open(stored);
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

    public void record(OrgUnitRef school, Visit v) {
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
