package ru.opora.people.mentoring;

import java.time.Clock;
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

/**
 * A school's mentoring pairs and each mentee's individual development plan (ИОМ педагога): measures
 * with deadlines, done with a result — like a roadmap's. A pair is two different teachers of the
 * school, its end not before its start.
 */
@Component
public class Mentoring {

    /** The forms of mentoring a school uses for teachers (целевая модель наставничества). */
    public enum Form {
        YOUNG_SPECIALIST,
        DIFFICULTIES,
        LEADER,
        PEER
    }

    /** A measure of the mentee's plan. */
    public record Item(
            UUID id, String title, LocalDate due, @Nullable LocalDate done, String result) {

        public boolean overdue(LocalDate today) {
            return done == null && due.isBefore(today);
        }
    }

    public record Pair(
            UUID id,
            UUID mentorId,
            UUID menteeId,
            Form form,
            LocalDate starts,
            LocalDate ends,
            String goal,
            List<Item> plan) {

        public long done() {
            return plan.stream().filter(i -> i.done() != null).count();
        }
    }

    /** What the pair form sends. */
    public record PairForm(
            @Nullable UUID mentor,
            @Nullable UUID mentee,
            @Nullable Form form,
            @Nullable LocalDate starts,
            @Nullable LocalDate ends,
            @Nullable String goal) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    private final ru.opora.people.teachers.Staffing staffing;

    Mentoring(JdbcClient jdbc, AuditLog audit, Clock clock, ru.opora.people.teachers.Staffing staffing) {
        this.staffing = staffing;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a pair; the message keys of what is wrong, or none. */
    @RequiresPermission(Permission.PEOPLE_EDIT)
    @Transactional
    public List<String> pair(OrgUnitRef school, PairForm f, String actor) {
        var problems = new ArrayList<String>();
        if (!teaches(school, f.mentor()) || !teaches(school, f.mentee())) problems.add("people.mentoring.teachers");
        else if (f.mentor().equals(f.mentee())) problems.add("people.mentoring.same");
        if (f.form() == null) problems.add("people.mentoring.form");
        if (f.starts() == null || f.ends() == null) problems.add("people.mentoring.period");
        else if (f.ends().isBefore(f.starts())) problems.add("people.mentoring.order");
        if (!problems.isEmpty()) return problems;
        UUID id = UUID.randomUUID();
        String goal = f.goal() == null ? "" : f.goal().strip();
        jdbc.sql("""
                        insert into people.mentoring_pair (id, school_id, school_path, mentor_id, mentee_id, form,
                            starts_on, ends_on, goal, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        school.id(),
                        school.path().value(),
                        f.mentor(),
                        f.mentee(),
                        f.form().name(),
                        f.starts(),
                        f.ends(),
                        goal,
                        actor)
                .update();
        var after = new HashMap<String, Object>();
        after.put("form", f.form().name());
        after.put("period", f.starts() + " – " + f.ends());
        after.put("goal", goal);
        audit.record(new AuditLog.Change(
                actor, school.path(), "MENTORING_PAIR", id.toString(), school.name(), "CREATE", null, after));
        return List.of();
    }

    /** Adds a measure to a pair's plan; the message keys of what is wrong, or none. */
    @RequiresPermission(Permission.PEOPLE_EDIT)
    @Transactional
    public List<String> plan(
            OrgUnitRef school, UUID pair, @Nullable String title, @Nullable LocalDate due, String actor) {
        if (find(school, pair).isEmpty()) throw new ru.opora.shared.NotFound();
        var problems = new ArrayList<String>();
        if (title == null || title.isBlank()) problems.add("people.mentoring.title");
        if (due == null) problems.add("people.mentoring.dueMissing");
        if (!problems.isEmpty()) return problems;
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into people.development_item (id, pair_id, title, due_on, updated_by) values (?, ?, ?, ?, ?)")
                .params(id, pair, title.strip(), due, actor)
                .update();
        audit.record(new AuditLog.Change(
                actor,
                school.path(),
                "DEVELOPMENT_ITEM",
                id.toString(),
                title.strip(),
                "CREATE",
                null,
                Map.of("due", due.toString())));
        return List.of();
    }

    /** Marks a measure done today with its result. */
    @RequiresPermission(Permission.PEOPLE_EDIT)
    @Transactional
    public void done(OrgUnitRef school, UUID item, @Nullable String result, String actor) {
        done(school, item, result, LocalDate.now(clock), actor);
    }

    /** Marks a measure done on a past day (never a future one) with its result. */
    @RequiresPermission(Permission.PEOPLE_EDIT)
    @Transactional
    public void done(OrgUnitRef school, UUID item, @Nullable String result, LocalDate on, String actor) {
        LocalDate day = on.isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : on;
        int changed = jdbc.sql("""
                        update people.development_item i set done_on = ?, result = ?, updated_by = ?, updated_at = now()
                        from people.mentoring_pair p where i.id = ? and p.id = i.pair_id and p.school_id = ?
                            and i.done_on is null""")
                .params(day, result == null ? "" : result.strip(), actor, item, school.id())
                .update();
        if (changed == 0) throw new ru.opora.shared.NotFound();
        audit.record(new AuditLog.Change(
                actor,
                school.path(),
                "DEVELOPMENT_ITEM",
                item.toString(),
                school.name(),
                "UPDATE",
                null,
                Map.of("done", day.toString(), "result", result == null ? "" : result)));
    }

    /** The school's pairs, newest first, with their plans. */
    public List<Pair> ofSchool(UUID schoolId) {
        var items = new HashMap<UUID, List<Item>>();
        jdbc.sql("""
                        select i.pair_id, i.id, i.title, i.due_on, i.done_on, i.result from people.development_item i
                        join people.mentoring_pair p on p.id = i.pair_id where p.school_id = ? order by i.due_on, i.title""").param(schoolId).query(rs -> {
            items.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new Item(
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class),
                            rs.getString(6)));
        });
        return jdbc.sql("""
                        select id, mentor_id, mentee_id, form, starts_on, ends_on, goal from people.mentoring_pair
                        where school_id = ? order by starts_on desc, created_at desc""")
                .param(schoolId)
                .query((rs, n) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new Pair(
                            id,
                            rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class),
                            Form.valueOf(rs.getString(4)),
                            rs.getObject(5, LocalDate.class),
                            rs.getObject(6, LocalDate.class),
                            rs.getString(7),
                            items.getOrDefault(id, List.of()));
                })
                .list();
    }

    Optional<Pair> find(OrgUnitRef school, UUID pair) {
        return ofSchool(school.id()).stream().filter(p -> p.id().equals(pair)).findFirst();
    }

    private boolean teaches(OrgUnitRef school, @Nullable UUID teacher) {
        return staffing.worksAt(school.id(), teacher);
    }
}
