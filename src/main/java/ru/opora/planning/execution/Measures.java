package ru.opora.planning.execution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;
import ru.opora.planning.documents.Content;
import ru.opora.planning.documents.DocumentApproved;

/**
 * The measures being executed: those of each document's approved version. An approval adds new
 * measures, updates the title, owner and date of kept ones (their status stays) and cancels those
 * the new version dropped.
 */
@Component
public class Measures {

    /** A measure as executed. */
    public record Measure(
            UUID id,
            UUID documentId,
            UUID schoolId,
            OrgPath schoolPath,
            String title,
            String responsible,
            LocalDate due,
            MeasureStatus status,
            @org.jspecify.annotations.Nullable LocalDate completedOn,
            int version) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Measures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(DocumentApproved approved) {
        var doc = approved.document();
        var kept = new HashSet<UUID>();
        LocalDate today = LocalDate.now(clock);
        for (Content.Measure m : doc.content().measures()) {
            if (m.due() == null) continue;
            UUID id = UUID.fromString(m.id());
            kept.add(id);
            String status = MeasureStatus.PLANNED.overdueOn(m.due(), today) ? "OVERDUE" : "PLANNED";
            jdbc.sql("""
                            insert into planning.measure (id, document_id, school_id, school_path, title, responsible, due_date, status, updated_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict (id) do update set title = excluded.title, responsible = excluded.responsible,
                                due_date = excluded.due_date, version = planning.measure.version + 1""")
                    .params(
                            id,
                            doc.id(),
                            doc.schoolId(),
                            doc.schoolPath(),
                            m.title(),
                            m.responsible(),
                            m.due(),
                            status,
                            approved.actor())
                    .update();
        }
        for (Measure m : ofDocument(doc.id()))
            if (!kept.contains(m.id()) && !m.status().finished())
                jdbc.sql("update planning.measure set status = 'CANCELLED', cancel_reason = ? where id = ?")
                        .params("version " + approved.number(), m.id())
                        .update();
    }

    public List<Measure> ofDocument(UUID documentId) {
        return jdbc.sql("select " + COLUMNS + " from planning.measure where document_id = ? order by due_date, title")
                .param(documentId)
                .query(this::row)
                .list();
    }

    public Optional<Measure> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from planning.measure where id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    /** The measure, if its school is in the reader's scope; otherwise «not found», so ids cannot be probed. */
    public Measure inScope(UUID id, Scope scope) {
        return find(id).filter(m -> scope.permits(m.schoolPath()))
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND));
    }

    /** Measures in the scope, optionally only overdue ones, nearest due date first. */
    public List<Measure> inScope(Scope scope, boolean overdueOnly) {
        if (scope.isEmpty()) return List.of();
        return jdbc.sql("select " + COLUMNS + " from planning.measure where (" + scope.sqlCondition("school_path") + ")"
                        + (overdueOnly ? " and status = 'OVERDUE'" : "") + " order by due_date, school_path limit 2000")
                .query(this::row)
                .list();
    }

    /** How many measures of a scope are overdue, and how many not yet done are due by a date. */
    public record Due(int overdue, int dueSoon) {}

    public Due due(Scope scope, LocalDate by) {
        if (scope.isEmpty()) return new Due(0, 0);
        var args = new java.util.ArrayList<Object>(List.of(by));
        return jdbc.sql("select count(*) filter (where status = 'OVERDUE'), count(*) filter (where status in"
                        + " ('PLANNED', 'IN_PROGRESS') and due_date <= ?) from planning.measure where "
                        + scope.sqlCondition("school_path"))
                .params(args.toArray())
                .query((rs, n) -> new Due(rs.getInt(1), rs.getInt(2)))
                .single();
    }

    /** The measures of a scope not done by a date — overdue ones first —, at most {@code limit}. */
    public List<Measure> open(Scope scope, LocalDate by, int limit) {
        if (scope.isEmpty()) return List.of();
        return jdbc.sql("select " + COLUMNS + " from planning.measure where (" + scope.sqlCondition("school_path")
                        + ") and (status = 'OVERDUE' or (status in ('PLANNED', 'IN_PROGRESS') and due_date <= ?))"
                        + " order by status = 'OVERDUE' desc, due_date limit ?")
                .params(by, limit)
                .query(this::row)
                .list();
    }

    /**
     * Moves the measure if its status allows the action; returns the message code of the refusal, or
     * null when done. Completing needs evidence; a stale form (someone acted meanwhile) is refused.
     */
    @Transactional
    public @org.jspecify.annotations.Nullable String act(
            UUID id, MeasureStatus.Action action, int expectedVersion, String actor, String reason) {
        var m = find(id).orElseThrow();
        var next = m.status().after(action, m.due(), LocalDate.now(clock));
        if (next.isEmpty()) return "planning.measure.refused";
        if (m.version() != expectedVersion) return "planning.measure.changed";
        if (action == MeasureStatus.Action.COMPLETE && !hasEvidence(id)) return "planning.measure.needsEvidence";
        if (action == MeasureStatus.Action.CANCEL && reason.isBlank()) return "planning.measure.needsReason";
        boolean finished = next.get() == MeasureStatus.DONE || next.get() == MeasureStatus.DONE_LATE;
        int updated = jdbc.sql("""
                        update planning.measure set status = ?, completed_on = ?, cancel_reason = ?, version = version + 1,
                            updated_by = ?, updated_at = now() where id = ? and version = ?""")
                .params(
                        next.get().name(),
                        finished ? LocalDate.now(clock) : null,
                        action == MeasureStatus.Action.CANCEL ? reason : null,
                        actor,
                        id,
                        expectedVersion)
                .update();
        return updated == 1 ? null : "planning.measure.changed";
    }

    private boolean hasEvidence(UUID id) {
        return jdbc.sql("select exists (select 1 from planning.evidence where measure_id = ?)")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    /** Marks as overdue every unfinished measure past due on {@code day}; returns their ids. */
    @Transactional
    public List<ru.opora.planning.MeasuresWentOverdue.Overdue> markOverdue(LocalDate day) {
        return jdbc.sql("""
                        update planning.measure set status = 'OVERDUE', version = version + 1, updated_by = 'system', updated_at = now()
                        where status in ('PLANNED', 'IN_PROGRESS') and due_date < ? returning id, school_id, school_path, title, due_date""")
                .param(day)
                .query((rs, n) -> new ru.opora.planning.MeasuresWentOverdue.Overdue(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        OrgPath.parse(rs.getString(3)),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    private static final String COLUMNS =
            "id, document_id, school_id, school_path, title, responsible, due_date, status, completed_on, version";

    private Measure row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Measure(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                OrgPath.parse(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                rs.getObject(7, LocalDate.class),
                MeasureStatus.valueOf(rs.getString(8)),
                rs.getObject(9, LocalDate.class),
                rs.getInt(10));
    }
}
