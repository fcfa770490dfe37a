package ru.opora.planning.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;
import tools.jackson.databind.json.JsonMapper;

/** The documents' rows, versions and history in SQL. */
@Component
class DocumentStore {

    static final String COLUMNS = """
            id, school_id, school_path, cohort_year, type, risk_factor, title, period_from, period_to, status,
            content::text, version, submitted_number, approved_number, updated_by, updated_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DocumentStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Document> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from planning.document where id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    Optional<Document> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from planning.document where id = ? for update")
                .param(id)
                .query(this::row)
                .optional();
    }

    List<Document> ofSchool(UUID schoolId, int year) {
        return jdbc.sql("select " + COLUMNS
                        + " from planning.document where school_id = ? and cohort_year = ? order by type, risk_factor")
                .params(schoolId, year)
                .query(this::row)
                .list();
    }

    List<Document> inScope(Scope scope, int year) {
        if (scope.isEmpty()) return List.of();
        return jdbc.sql("select " + COLUMNS + " from planning.document where cohort_year = ? and ("
                        + scope.sqlCondition("school_path") + ") order by school_path, type, risk_factor")
                .params(year)
                .query(this::row)
                .list();
    }

    /** A document waiting for someone: its id, school and title. */
    record Waiting(UUID id, UUID schoolId, String title) {}

    /** The scope's documents in a status (any cohort), oldest change first, at most {@code limit}; and how many in all. */
    java.util.Map.Entry<Integer, List<Waiting>> inStatus(Scope scope, DocumentStatus status, int limit) {
        if (scope.isEmpty()) return java.util.Map.entry(0, List.of());
        var where = " from planning.document where status = ? and (" + scope.sqlCondition("school_path") + ")";
        int count = jdbc.sql("select count(*)" + where)
                .params(status.name())
                .query(Integer.class)
                .single();
        var args = new java.util.ArrayList<Object>(List.of(status.name()));
        args.add(limit);
        var rows = jdbc.sql("select id, school_id, title" + where + " order by updated_at limit ?")
                .params(args.toArray())
                .query((rs, n) ->
                        new Waiting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
                .list();
        return java.util.Map.entry(count, rows);
    }

    void insert(Document d, String actor) {
        jdbc.sql("""
                        insert into planning.document (id, school_id, school_path, cohort_year, type, risk_factor, title,
                            period_from, period_to, status, content, version, created_by, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), 0, ?, ?)""")
                .params(
                        d.id(),
                        d.schoolId(),
                        d.schoolPath(),
                        d.year(),
                        d.type().name(),
                        d.riskFactor(),
                        d.title(),
                        d.periodFrom(),
                        d.periodTo(),
                        d.status().name(),
                        json.writeValueAsString(d.content()),
                        actor,
                        actor)
                .update();
    }

    /** Saves the working copy if nobody saved it since {@code expected}; false otherwise. */
    boolean save(Document d, int expected, String actor) {
        return jdbc.sql("""
                        update planning.document set title = ?, period_from = ?, period_to = ?, content = cast(? as jsonb),
                            version = version + 1, updated_by = ?, updated_at = now()
                        where id = ? and version = ?""")
                        .params(
                                d.title(),
                                d.periodFrom(),
                                d.periodTo(),
                                json.writeValueAsString(d.content()),
                                actor,
                                d.id(),
                                expected)
                        .update()
                == 1;
    }

    void setStatus(UUID id, DocumentStatus status, String actor) {
        jdbc.sql("update planning.document set status = ?, version = version + 1, updated_by = ?, updated_at = now()"
                        + " where id = ?")
                .params(status.name(), actor, id)
                .update();
    }

    int addVersion(Document d, String actor) {
        int number = jdbc.sql(
                        "select coalesce(max(number), 0) + 1 from planning.document_version where document_id = ?")
                .param(d.id())
                .query(Integer.class)
                .single();
        jdbc.sql("""
                        insert into planning.document_version (document_id, number, content, period_from, period_to, submitted_by)
                        values (?, ?, cast(? as jsonb), ?, ?, ?)""")
                .params(d.id(), number, json.writeValueAsString(d.content()), d.periodFrom(), d.periodTo(), actor)
                .update();
        jdbc.sql("update planning.document set submitted_number = ? where id = ?")
                .params(number, d.id())
                .update();
        return number;
    }

    void approve(UUID id, int number) {
        jdbc.sql("update planning.document set approved_number = ? where id = ?")
                .params(number, id)
                .update();
    }

    void event(UUID id, Transition t, DocumentStatus from, String actor, String note) {
        jdbc.sql("""
                        insert into planning.document_event (document_id, transition, from_status, to_status, actor, note)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, t.name(), from.name(), t.to().name(), actor, note)
                .update();
    }

    List<DocumentEvent> history(UUID id) {
        return jdbc.sql("""
                        select transition, from_status, to_status, actor, coalesce(note, ''), at
                        from planning.document_event where document_id = ? order by at, id""")
                .param(id)
                .query((rs, n) -> new DocumentEvent(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    List<DocumentVersion> versions(UUID id) {
        return jdbc.sql("""
                        select number, content::text, submitted_by, submitted_at
                        from planning.document_version where document_id = ? order by number""")
                .param(id)
                .query((rs, n) -> new DocumentVersion(
                        rs.getInt(1),
                        json.readValue(rs.getString(2), Content.class),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    private Document row(ResultSet rs, int n) throws SQLException {
        return new Document(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                OrgPath.parse(rs.getString(3)),
                rs.getInt(4),
                DocumentType.valueOf(rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                rs.getObject(8, java.time.LocalDate.class),
                rs.getObject(9, java.time.LocalDate.class),
                DocumentStatus.valueOf(rs.getString(10)),
                json.readValue(rs.getString(11), Content.class),
                rs.getInt(12),
                (Integer) rs.getObject(13),
                (Integer) rs.getObject(14),
                rs.getString(15),
                rs.getTimestamp(16).toInstant());
    }
}
