package ru.opora.coordination.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;

/**
 * Meetings and their protocols (§7.5): who held it, when, in what format, the chair and those
 * present; the agenda, each item with «слушали / выступили / решили». A protocol is written as the
 * meeting goes; the decisions' assignments live in {@link Assignments}.
 */
@Component
class Meetings {

    record Meeting(
            UUID id,
            UUID holderId,
            String holderPath,
            LocalDate heldOn,
            String title,
            String format,
            String chair,
            String attendees,
            String createdBy) {}

    record Item(UUID id, int position, String topic, String heard, String spoke, String decided) {}

    /** A meeting as its form sends it. */
    record Form(
            @Nullable LocalDate heldOn,
            @Nullable String title,
            @Nullable String format,
            @Nullable String chair,
            @Nullable String attendees) {}

    /** An agenda item as its form sends it. */
    record ItemForm(
            @Nullable String topic,
            @Nullable String heard,
            @Nullable String spoke,
            @Nullable String decided) {}

    static final int TEXT = 4000;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Meetings(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Holds a meeting of the holder (the region or a municipality); returns its id, or the problems' message keys. */
    @RequiresPermission(Permission.MEETINGS_MANAGE)
    @Transactional
    Result create(OrgUnitRef holder, Form f, String actor) {
        var problems = new ArrayList<String>();
        if (f.heldOn() == null) problems.add("coordination.meeting.date");
        String title = text(f.title(), 300, "coordination.meeting.title", problems);
        String format = text(f.format(), 300, "coordination.meeting.format", problems);
        String chair = text(f.chair(), 300, "coordination.meeting.chair", problems);
        String attendees = text(f.attendees(), TEXT, "coordination.meeting.attendees", problems);
        if (!problems.isEmpty()) return Result.refused(problems);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into coordination.meeting (id, holder_id, holder_path, held_on, title, format, chair, attendees,
                            created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, holder.id(), holder.path().value(), f.heldOn(), title, format, chair, attendees, actor)
                .update();
        audit.record(new AuditLog.Change(
                actor,
                holder.path(),
                "MEETING",
                id.toString(),
                title,
                "CREATE",
                null,
                new HashMap<>(Map.of("date", f.heldOn().toString(), "chair", chair))));
        return new Result(id, List.of());
    }

    /** Adds the next agenda item with what was heard, said and decided. */
    @RequiresPermission(Permission.MEETINGS_MANAGE)
    @Transactional
    Result addItem(Meeting m, ItemForm f, String actor) {
        var problems = new ArrayList<String>();
        String topic = text(f.topic(), 1000, "coordination.item.topic", problems);
        String decided = text(f.decided(), TEXT, "coordination.item.decided", problems);
        String heard = f.heard() == null ? "" : f.heard().strip();
        String spoke = f.spoke() == null ? "" : f.spoke().strip();
        if (heard.length() > TEXT || spoke.length() > TEXT) problems.add("coordination.item.long");
        if (!problems.isEmpty()) return Result.refused(problems);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into coordination.agenda_item (id, meeting_id, position, topic, heard, spoke, decided)
                        values (?, ?, (select coalesce(max(position), 0) + 1 from coordination.agenda_item where meeting_id = ?),
                            ?, ?, ?, ?)""").params(id, m.id(), m.id(), topic, heard, spoke, decided).update();
        audit.record(new AuditLog.Change(
                actor,
                new ru.opora.orgunits.OrgPath(m.holderPath()),
                "MEETING",
                m.id().toString(),
                m.title(),
                "UPDATE",
                null,
                new HashMap<>(Map.of("item", topic, "decided", decided))));
        return new Result(id, List.of());
    }

    /** The meeting, when the reader's scope holds its holder. */
    Optional<Meeting> find(UUID id) {
        return jdbc.sql("""
                        select id, holder_id, holder_path, held_on, title, format, chair, attendees, created_by
                        from coordination.meeting where id = ?""").param(id).query((rs, n) -> meeting(rs)).optional();
    }

    List<Item> items(UUID meeting) {
        return jdbc.sql("""
                        select id, position, topic, heard, spoke, decided from coordination.agenda_item where meeting_id = ?
                        order by position""")
                .param(meeting)
                .query((rs, n) -> new Item(
                        rs.getObject(1, UUID.class),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    /** The meetings held in the scope, and those whose assignments went to it; latest first. */
    List<Meeting> visible(Scope scope) {
        if (scope.isEmpty()) return List.of();
        var args = new ArrayList<Object>();
        return jdbc.sql("""
                        select id, holder_id, holder_path, held_on, title, format, chair, attendees, created_by
                        from coordination.meeting m where """ + scope.sqlCondition("m.holder_path") + """
                         or exists (select 1 from coordination.assignment a where a.meeting_id = m.id and (""" + scope.sqlCondition("a.assignee_path") + """
                        )) order by held_on desc, title""")
                .params(args.toArray())
                .query((rs, n) -> meeting(rs))
                .list();
    }

    /** What a change of a meeting or an assignment returns: the new row's id, or the problems' message keys. */
    record Result(@Nullable UUID id, List<String> problems) {

        static Result refused(List<String> problems) {
            return new Result(null, problems);
        }
    }

    static String text(@Nullable String value, int max, String key, List<String> problems) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) problems.add(key);
        return v;
    }

    private static Meeting meeting(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Meeting(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getObject(4, LocalDate.class),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9));
    }
}
