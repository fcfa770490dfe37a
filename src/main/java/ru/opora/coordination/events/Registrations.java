package ru.opora.coordination.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.orgunits.OrgUnitRef;

/**
 * Who takes part in an event: the schools registered (how many people and their positions, never
 * names — the organiser is above the school), who came to each occurrence as the organiser marked
 * it, and the participants' feedback after it.
 */
@Component
class Registrations {

    record Registration(
            UUID id, UUID schoolId, String schoolPath, int participants, String positions, String registeredBy) {}

    /** Attended by registration, for one occurrence. */
    record Attendance(LocalDate occursOn, Map<UUID, Integer> attended) {}

    record Feedback(LocalDate occursOn, UUID schoolId, String author, int rating, String useful, String wishes) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Registrations(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Registers the school (or changes its registration): refused for a cancelled or past event,
     * for a school outside the organiser's area and for a number of participants outside 1–500.
     */
    @Transactional
    List<String> register(
            Event e,
            OrgUnitRef school,
            @Nullable Integer participants,
            @Nullable String positions,
            String actor,
            LocalDate today) {
        var problems = new ArrayList<String>();
        if (e.cancelled()) problems.add("coordination.event.cancelled");
        else if (e.lastDate().isBefore(today)) problems.add("coordination.registration.past");
        if (!e.organiser().contains(school.path())) problems.add("coordination.registration.outside");
        if (participants == null || participants < 1 || participants > 500)
            problems.add("coordination.registration.participants");
        String who = positions == null ? "" : positions.strip();
        if (who.length() > 1000) problems.add("coordination.registration.positions");
        if (!problems.isEmpty()) return problems;
        jdbc.sql("""
                        insert into coordination.event_registration (id, event_id, school_id, school_path, participants,
                            positions, registered_by) values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (event_id, school_id) do update set participants = excluded.participants,
                            positions = excluded.positions, registered_by = excluded.registered_by, registered_at = now()""")
                .params(UUID.randomUUID(), e.id(), school.id(), school.path().value(), participants, who, actor)
                .update();
        audit.record(new AuditLog.Change(
                actor,
                school.path(),
                "EVENT_REGISTRATION",
                e.id().toString(),
                e.title(),
                "UPDATE",
                null,
                new HashMap<>(Map.of("school", school.name(), "participants", participants))));
        return List.of();
    }

    List<Registration> of(UUID event) {
        return jdbc.sql("""
                        select id, school_id, school_path, participants, positions, registered_by
                        from coordination.event_registration where event_id = ? order by school_path""")
                .param(event)
                .query((rs, n) -> new Registration(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    /**
     * Marks who came to an occurrence that already took place: per registration, how many of those
     * registered came (0 to the number registered). Refused whole when one figure is wrong.
     */
    @Transactional
    List<String> mark(Event e, LocalDate occursOn, Map<UUID, Integer> attended, String actor, LocalDate today) {
        if (!e.occursOn(occursOn)) return List.of("coordination.attendance.badDate");
        if (occursOn.isAfter(today)) return List.of("coordination.attendance.future");
        var registrations = of(e.id());
        for (var entry : attended.entrySet()) {
            var r = registrations.stream()
                    .filter(x -> x.id().equals(entry.getKey()))
                    .findFirst();
            if (r.isEmpty()
                    || entry.getValue() < 0
                    || entry.getValue() > r.get().participants()) return List.of("coordination.attendance.count");
        }
        attended.forEach((registration, count) ->
                jdbc.sql("""
                        insert into coordination.event_attendance (registration_id, occurs_on, attended, marked_by)
                        values (?, ?, ?, ?) on conflict (registration_id, occurs_on)
                        do update set attended = excluded.attended, marked_by = excluded.marked_by""").params(registration, occursOn, count, actor).update());
        audit.record(new AuditLog.Change(
                actor,
                e.organiser(),
                "EVENT_ATTENDANCE",
                e.id().toString(),
                e.title(),
                "UPDATE",
                null,
                new HashMap<>(Map.of(
                        "date",
                        occursOn.toString(),
                        "attended",
                        attended.values().stream().mapToInt(Integer::intValue).sum()))));
        return List.of();
    }

    List<Attendance> attendance(UUID event) {
        var by = new java.util.TreeMap<LocalDate, Map<UUID, Integer>>();
        jdbc.sql("""
                        select a.occurs_on, a.registration_id, a.attended from coordination.event_attendance a
                            join coordination.event_registration r on r.id = a.registration_id where r.event_id = ?""").param(event).query(rs -> {
            by.computeIfAbsent(rs.getObject(1, LocalDate.class), k -> new HashMap<>())
                    .put(rs.getObject(2, UUID.class), rs.getInt(3));
        });
        return by.entrySet().stream()
                .map(x -> new Attendance(x.getKey(), x.getValue()))
                .toList();
    }

    /** A participant's feedback on an occurrence that took place, from a registered school; once per person and date. */
    @Transactional
    List<String> feedback(Event e, Feedback f, LocalDate today) {
        if (!e.occursOn(f.occursOn()) || f.occursOn().isAfter(today)) return List.of("coordination.feedback.date");
        if (of(e.id()).stream().noneMatch(r -> r.schoolId().equals(f.schoolId())))
            return List.of("coordination.feedback.notRegistered");
        if (f.rating() < 1 || f.rating() > 5) return List.of("coordination.feedback.rating");
        if (f.useful().length() > 2000 || f.wishes().length() > 2000) return List.of("coordination.feedback.long");
        int added = jdbc.sql("""
                        insert into coordination.event_feedback (id, event_id, occurs_on, school_id, author, rating, useful, wishes)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(
                        UUID.randomUUID(),
                        e.id(),
                        f.occursOn(),
                        f.schoolId(),
                        f.author(),
                        f.rating(),
                        f.useful(),
                        f.wishes())
                .update();
        return added == 0 ? List.of("coordination.feedback.twice") : List.of();
    }

    List<Feedback> feedbackOf(UUID event) {
        return jdbc.sql("""
                        select occurs_on, school_id, author, rating, useful, wishes from coordination.event_feedback
                        where event_id = ? order by occurs_on, at""")
                .param(event)
                .query((rs, n) -> new Feedback(
                        rs.getObject(1, LocalDate.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    /** The events among {@code events} a school registered for. */
    java.util.Set<UUID> registeredAmong(UUID school, java.util.Collection<UUID> events) {
        if (events.isEmpty()) return java.util.Set.of();
        return new java.util.HashSet<>(jdbc.sql("""
                        select event_id from coordination.event_registration where school_id = ? and event_id = any(?)""")
                .params(school, events.toArray(UUID[]::new))
                .query(UUID.class)
                .list());
    }
}
