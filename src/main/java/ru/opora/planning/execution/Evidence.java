package ru.opora.planning.execution;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;

/** A measure's evidence (uploaded files or links) and the comments on it. */
@Component
class Evidence {

    /** One piece of evidence: a stored file or a link. */
    record Item(
            UUID id,
            UUID measureId,
            String kind,
            String name,
            @Nullable String contentType,
            @Nullable Long size,
            @Nullable String storedName,
            @Nullable String url,
            String addedBy,
            Instant addedAt) {}

    /** A comment on a measure. */
    record Comment(String author, String text, Instant at) {}

    /** A file as uploaded: its name, type, size, first bytes and content. */
    record Upload(String name, @Nullable String contentType, long size, byte[] head, InputStream content) {}

    private final JdbcClient jdbc;
    private final EvidenceFiles files;
    private final AuditLog audit;

    Evidence(JdbcClient jdbc, EvidenceFiles files, AuditLog audit) {
        this.jdbc = jdbc;
        this.files = files;
        this.audit = audit;
    }

    /** Stores the file after its checks; the refusal when it is refused. Nothing is written for a refused file. */
    @Transactional
    Optional<ru.opora.shared.StoredFiles.Refusal> addFile(Measures.Measure m, Upload upload, String actor) {
        var refusal = files.check(upload.name(), upload.size(), upload.head());
        if (refusal.isPresent()) return refusal;
        String stored = files.store(upload.name(), upload.content());
        insert(m, new Stored("FILE", upload.name(), upload.contentType(), upload.size(), stored, null), actor);
        return Optional.empty();
    }

    /** Adds a link; only http and https addresses are taken. */
    @Transactional
    Optional<ru.opora.shared.StoredFiles.Refusal> addLink(Measures.Measure m, String url, String actor) {
        String u = url.strip();
        if (!(u.startsWith("https://") || u.startsWith("http://")) || u.length() > 2000 || u.contains(" "))
            return Optional.of(new ru.opora.shared.StoredFiles.Refusal("planning.evidence.badLink", u));
        insert(m, new Stored("LINK", u, null, null, null, u), actor);
        return Optional.empty();
    }

    /** What is written for a piece of evidence. */
    private record Stored(
            String kind,
            String name,
            @Nullable String type,
            @Nullable Long size,
            @Nullable String storedName,
            @Nullable String url) {}

    private void insert(Measures.Measure m, Stored e, String actor) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into planning.evidence (id, measure_id, kind, name, content_type, size_bytes, stored_name, url, added_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, m.id(), e.kind(), e.name(), e.type(), e.size(), e.storedName(), e.url(), actor)
                .update();
        audit.record(new AuditLog.Change(
                actor,
                m.schoolPath(),
                "PLAN_EVIDENCE",
                id.toString(),
                e.name(),
                "CREATE",
                null,
                java.util.Map.of("measure", m.title())));
    }

    List<Item> of(UUID measureId) {
        return jdbc.sql("""
                        select id, measure_id, kind, name, content_type, size_bytes, stored_name, url, added_by, added_at
                        from planning.evidence where measure_id = ? order by added_at""")
                .param(measureId)
                .query((rs, n) -> new Item(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        (Long) rs.getObject(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getTimestamp(10).toInstant()))
                .list();
    }

    Optional<Item> find(UUID id) {
        return jdbc.sql("select measure_id from planning.evidence where id = ?")
                .param(id)
                .query(UUID.class)
                .optional()
                .flatMap(measure ->
                        of(measure).stream().filter(i -> i.id().equals(id)).findFirst());
    }

    InputStream open(Item item) {
        return files.open(java.util.Objects.requireNonNull(item.storedName()));
    }

    void comment(UUID measureId, String text, String author) {
        jdbc.sql("insert into planning.measure_comment (measure_id, author, text) values (?, ?, ?)")
                .params(measureId, author, text)
                .update();
    }

    List<Comment> comments(UUID measureId) {
        return jdbc.sql("select author, text, at from planning.measure_comment where measure_id = ? order by at, id")
                .param(measureId)
                .query((rs, n) -> new Comment(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }
}
