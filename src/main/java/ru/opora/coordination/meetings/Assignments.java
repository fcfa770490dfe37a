package ru.opora.coordination.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;

/**
 * Assignments (поручения) issued by a meeting's decision to a municipality or school inside the
 * holder's scope, with a deadline and the form of the report expected; each step is kept in the
 * assignment's history and the audit, and the people concerned hear of it ({@link AssignmentNotice}).
 */
@Component("meetingAssignments") // support has the curators' assignments
class Assignments {

    record Assignment(
            UUID id,
            @Nullable UUID meetingId,
            @Nullable UUID itemId,
            UUID issuerId,
            String issuerPath,
            String issuedBy,
            UUID assigneeId,
            String assigneePath,
            String text,
            String reportForm,
            LocalDate due,
            AssignmentState state,
            @Nullable LocalDate overdueSince,
            boolean escalated,
            String report,
            @Nullable LocalDate reportedOn,
            String basis) {

        /** Past its deadline and still the assignee's to do. */
        public boolean overdue() {
            return overdueSince != null && state.open();
        }
    }

    /** An assignment as the decision's form sends it. */
    record Form(
            @Nullable UUID assignee,
            @Nullable String text,
            @Nullable String reportForm,
            @Nullable LocalDate due) {}

    record Event(
            java.time.Instant at, String actor, @Nullable String from, String to, String note) {}

    private static final String COLUMNS = """
            id, meeting_id, item_id, issuer_id, issuer_path, issued_by, assignee_id, assignee_path, text, report_form,
            due_on, state, overdue_since, escalated, report, reported_on, basis""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assignments(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Issues an assignment from an agenda item's decision: to a municipality or school inside the
     * holder's scope (not the holder itself), with a deadline from today on.
     */
    @RequiresPermission(Permission.MEETINGS_MANAGE)
    @Transactional
    Meetings.Result issue(Meetings.Meeting m, Meetings.Item item, @Nullable OrgUnitRef assignee, Form f, String actor) {
        return insert(new Source(m.id(), item.id(), m.holderId(), new OrgPath(m.holderPath()), ""), assignee, f, actor);
    }

    /**
     * An addressed recommendation (адресная рекомендация) after an analysis — of results, monitoring or
     * the municipal mechanism —: an assignment without a meeting, its basis in words, tracked the same way.
     */
    @RequiresPermission(Permission.MEETINGS_MANAGE)
    @Transactional
    Meetings.Result recommend(
            OrgUnitRef holder, @Nullable OrgUnitRef assignee, Form f, @Nullable String basis, String actor) {
        var problems = new ArrayList<String>();
        String why = Meetings.text(basis, 1000, "coordination.recommendation.basis", problems);
        if (!problems.isEmpty()) return Meetings.Result.refused(problems);
        return insert(new Source(null, null, holder.id(), holder.path(), why), assignee, f, actor);
    }

    /** Where an assignment comes from: a meeting's item, or the analysis a recommendation follows. */
    private record Source(@Nullable UUID meeting, @Nullable UUID item, UUID holderId, OrgPath holder, String basis) {}

    private Meetings.Result insert(Source from, @Nullable OrgUnitRef assignee, Form f, String actor) {
        var problems = new ArrayList<String>();
        var holder = from.holder();
        if (assignee == null
                || !Scope.of(holder).permits(assignee.path())
                || assignee.path().equals(holder)) problems.add("coordination.assignment.outside");
        String text = Meetings.text(f.text(), Meetings.TEXT, "coordination.assignment.text", problems);
        String form = Meetings.text(f.reportForm(), 1000, "coordination.assignment.reportForm", problems);
        if (f.due() == null) problems.add("coordination.assignment.due");
        else if (f.due().isBefore(LocalDate.now(clock))) problems.add("coordination.assignment.past");
        if (!problems.isEmpty() || assignee == null) return Meetings.Result.refused(problems);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into coordination.assignment (id, meeting_id, item_id, issuer_id, issuer_path, issued_by, assignee_id,
                            assignee_path, text, report_form, due_on, state, basis)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ISSUED', ?)""")
                .params(
                        id,
                        from.meeting(),
                        from.item(),
                        from.holderId(),
                        holder.value(),
                        actor,
                        assignee.id(),
                        assignee.path().value(),
                        text,
                        form,
                        f.due(),
                        from.basis())
                .update();
        history(id, actor, null, AssignmentState.ISSUED, from.basis());
        audit.record(new AuditLog.Change(
                actor,
                holder,
                "ASSIGNMENT",
                id.toString(),
                assignee.name(),
                "CREATE",
                null,
                new HashMap<>(Map.of("text", text, "due", f.due().toString(), "assignee", assignee.name()))));
        events.publishEvent(
                new AssignmentNotice(id, AssignmentNotice.Kind.ISSUED, assignee.path(), holder, text, f.due(), ""));
        return new Meetings.Result(id, List.of());
    }

    /**
     * A step of the assignee (accept, start, report) or of the issuer (close, return, cancel), from the
     * states it may follow; the report, a return and a cancellation need their text.
     */
    @Transactional
    List<String> step(Assignment a, AssignmentState.Step step, @Nullable String note, String actor) {
        if (!step.allowedFrom(a.state()))
            return List.of(
                    a.state() == AssignmentState.CLOSED || a.state() == AssignmentState.CANCELLED
                            ? "coordination.assignment.finished"
                            : "coordination.assignment.state");
        String text = note == null ? "" : note.strip();
        if (step.needsNote() && (text.isEmpty() || text.length() > Meetings.TEXT))
            return List.of("coordination.assignment.note." + step);
        var to = step.to();
        if (step == AssignmentState.Step.REPORT)
            jdbc.sql("update coordination.assignment set state = ?, report = ?, reported_on = ? where id = ?")
                    .params(to.name(), text, LocalDate.now(clock), a.id())
                    .update();
        else
            jdbc.sql("update coordination.assignment set state = ? where id = ?")
                    .params(to.name(), a.id())
                    .update();
        history(a.id(), actor, a.state(), to, text);
        audit.record(new AuditLog.Change(
                actor,
                new OrgPath(a.issuerPath()),
                "ASSIGNMENT",
                a.id().toString(),
                a.text().length() > 80 ? a.text().substring(0, 80) + "…" : a.text(),
                "UPDATE",
                Map.of("state", a.state().name()),
                new HashMap<>(Map.of("state", to.name(), "note", text))));
        var notice = step.byIssuer() ? new OrgPath(a.assigneePath()) : new OrgPath(a.issuerPath());
        events.publishEvent(new AssignmentNotice(
                a.id(),
                AssignmentNotice.Kind.valueOf(step.name()),
                notice,
                new OrgPath(a.issuerPath()),
                a.text(),
                a.due(),
                text));
        return List.of();
    }

    /** Marks the open assignments past their deadline; returns them, each heard of by its assignee and the level above. */
    @Transactional
    List<Assignment> markOverdue(LocalDate day) {
        var marked = jdbc.sql("update coordination.assignment set overdue_since = ?, escalated = true"
                        + " where state in ('ISSUED', 'ACCEPTED', 'IN_PROGRESS') and due_on < ? and overdue_since is null"
                        + " returning " + COLUMNS)
                .params(day, day)
                .query((rs, n) -> row(rs))
                .list();
        for (var a : marked)
            events.publishEvent(new AssignmentNotice(
                    a.id(),
                    AssignmentNotice.Kind.OVERDUE,
                    new OrgPath(a.assigneePath()),
                    new OrgPath(a.issuerPath()),
                    a.text(),
                    a.due(),
                    ""));
        return marked;
    }

    /** Reminds the assignees whose open assignments fall due {@code days} days after the day; returns them. */
    List<Assignment> remind(LocalDate day, int days) {
        var due = jdbc.sql("select " + COLUMNS + " from coordination.assignment"
                        + " where state in ('ISSUED', 'ACCEPTED', 'IN_PROGRESS') and due_on = ?")
                .param(day.plusDays(days))
                .query((rs, n) -> row(rs))
                .list();
        for (var a : due)
            events.publishEvent(new AssignmentNotice(
                    a.id(),
                    AssignmentNotice.Kind.REMIND,
                    new OrgPath(a.assigneePath()),
                    new OrgPath(a.issuerPath()),
                    a.text(),
                    a.due(),
                    ""));
        return due;
    }

    Optional<Assignment> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from coordination.assignment where id = ?")
                .param(id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** The assignments issued in the scope or given to it, nearest deadline first. */
    List<Assignment> visible(Scope scope) {
        if (scope.isEmpty()) return List.of();
        var args = new ArrayList<Object>();
        return jdbc.sql("select " + COLUMNS + " from coordination.assignment where " + scope.sqlCondition("issuer_path")
                        + " or " + scope.sqlCondition("assignee_path") + " order by due_on, created_at")
                .params(args.toArray())
                .query((rs, n) -> row(rs))
                .list();
    }

    List<Assignment> ofMeeting(UUID meeting) {
        return jdbc.sql("select " + COLUMNS + " from coordination.assignment where meeting_id = ? order by due_on")
                .param(meeting)
                .query((rs, n) -> row(rs))
                .list();
    }

    List<Event> history(UUID assignment) {
        return jdbc.sql("""
                        select at, actor, state_from, state_to, note from coordination.assignment_event where assignment_id = ?
                        order by at""")
                .param(assignment)
                .query((rs, n) -> new Event(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    private void history(UUID id, String actor, @Nullable AssignmentState from, AssignmentState to, String note) {
        jdbc.sql("""
                        insert into coordination.assignment_event (assignment_id, actor, state_from, state_to, note)
                        values (?, ?, ?, ?, ?)""")
                .params(id, actor, from == null ? null : from.name(), to.name(), note)
                .update();
    }

    private static Assignment row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Assignment(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class),
                rs.getString(5),
                rs.getString(6),
                rs.getObject(7, UUID.class),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getObject(11, LocalDate.class),
                AssignmentState.valueOf(rs.getString(12)),
                rs.getObject(13, LocalDate.class),
                rs.getBoolean(14),
                rs.getString(15),
                rs.getObject(16, LocalDate.class),
                rs.getString(17));
    }
}
