package ru.opora.coordination.events;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;

/**
 * The events of the plans: each level plans its own (a school, a municipality, the region) and is
 * seen by those below it; a change is audited, a refused form saves nothing.
 */
@Component
class Events {

    /** An event as its form sends it; an empty end date is the start's day. */
    record Form(
            @Nullable String kind,
            @Nullable String title,
            @Nullable LocalDate startsOn,
            @Nullable LocalTime startTime,
            @Nullable LocalDate endsOn,
            @Nullable LocalTime endTime,
            @Nullable String periodicity,
            @Nullable LocalDate repeatUntil,
            @Nullable String place,
            @Nullable List<String> audience,
            @Nullable String riskCode,
            @Nullable String roadmapRow,
            @Nullable String description) {}

    /** The new event's id, or the problems' message keys. */
    record Result(@Nullable UUID id, List<String> problems) {}

    /** The longest a periodic event is planned ahead: two school years. */
    static final int MOST_MONTHS = 24;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Events(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @RequiresPermission(Permission.EVENTS_MANAGE)
    @Transactional
    Result create(OrgUnitRef organiser, Form f, String actor) {
        var problems = new ArrayList<String>();
        var kind = parse(Event.Kind.class, f.kind());
        if (kind == null) problems.add("coordination.event.kind");
        String title = text(f.title(), 300, "coordination.event.title", problems);
        String place = text(f.place(), 300, "coordination.event.place", problems);
        var periodicity = parse(Event.Periodicity.class, f.periodicity() == null ? "ONCE" : f.periodicity());
        if (periodicity == null) problems.add("coordination.event.periodicity");
        var audience = audience(f.audience(), problems);
        var when = when(f, periodicity, problems);
        LocalDateTime starts = when[0];
        LocalDateTime ends = when[1];
        LocalDate until = periodicity == Event.Periodicity.ONCE ? null : f.repeatUntil();
        String description = f.description() == null ? "" : f.description().strip();
        if (description.length() > 4000) problems.add("coordination.event.description");
        if (!problems.isEmpty()) return new Result(null, problems);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into coordination.event (id, organiser_id, organiser_path, kind, title, starts_at, ends_at,
                            periodicity, repeat_until, place, audience, risk_code, roadmap_row, description, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?)""")
                .params(
                        id,
                        organiser.id(),
                        organiser.path().value(),
                        kind.name(),
                        title,
                        starts,
                        ends,
                        periodicity.name(),
                        until,
                        place,
                        "{" + String.join(",", audience.stream().map(Enum::name).toList()) + "}",
                        blankToNull(f.riskCode()),
                        f.roadmapRow() == null ? "" : f.roadmapRow().strip(),
                        description,
                        actor)
                .update();
        audit.record(new AuditLog.Change(
                actor,
                organiser.path(),
                "EVENT",
                id.toString(),
                title,
                "CREATE",
                null,
                new HashMap<>(
                        Map.of("kind", kind.name(), "starts", starts.toString(), "periodicity", periodicity.name()))));
        return new Result(id, List.of());
    }

    private static LinkedHashSet<Event.Audience> audience(@Nullable List<String> given, List<String> problems) {
        var audience = new LinkedHashSet<Event.Audience>();
        for (String a : given == null ? List.<String>of() : given) {
            var parsed = parse(Event.Audience.class, a);
            if (parsed != null) audience.add(parsed);
        }
        if (audience.isEmpty()) problems.add("coordination.event.audience");
        return audience;
    }

    /** The start and end, checked: the end after the start, a repetition's last date after the start and within two years. */
    private static @Nullable LocalDateTime[] when(
            Form f, Event.@Nullable Periodicity periodicity, List<String> problems) {
        if (f.startsOn() == null || f.startTime() == null || f.endTime() == null) {
            problems.add("coordination.event.badWhen");
            return new LocalDateTime[2];
        }
        var starts = f.startsOn().atTime(f.startTime());
        var ends = (f.endsOn() == null ? f.startsOn() : f.endsOn()).atTime(f.endTime());
        if (!ends.isAfter(starts)) problems.add("coordination.event.endBeforeStart");
        if (periodicity != null && periodicity != Event.Periodicity.ONCE) {
            var until = f.repeatUntil();
            if (until == null || until.isBefore(starts.toLocalDate()))
                problems.add("coordination.event.badRepeatUntil");
            else if (until.isAfter(starts.toLocalDate().plusMonths(MOST_MONTHS)))
                problems.add("coordination.event.tooLong");
        }
        return new LocalDateTime[] {starts, ends};
    }

    /** Cancels the event: it stays in the plan, struck out, and is no longer reminded of. */
    @RequiresPermission(Permission.EVENTS_MANAGE)
    @Transactional
    void cancel(Event e, String actor) {
        jdbc.sql("update coordination.event set cancelled = true where id = ?")
                .param(e.id())
                .update();
        audit.record(new AuditLog.Change(
                actor,
                e.organiser(),
                "EVENT",
                e.id().toString(),
                e.title(),
                "UPDATE",
                Map.of("cancelled", false),
                Map.of("cancelled", true)));
    }

    Optional<Event> find(UUID id) {
        return jdbc.sql(SELECT + " where e.id = ?")
                .param(id)
                .query((rs, n) -> event(rs))
                .optional();
    }

    /**
     * The events a scope sees that take place between two dates: those organised in it and those of
     * the levels above it (its municipality's, its region's).
     */
    List<Event> visible(Scope scope, LocalDate from, LocalDate to) {
        if (scope.isEmpty()) return List.of();
        var args = new ArrayList<Object>();
        args.add(above(scope));
        args.add(to.plusDays(1).atStartOfDay());
        args.add(from);
        args.add(from);
        return jdbc
                .sql(SELECT + " where (" + scope.sqlCondition("e.organiser_path") + """
                         or e.organiser_path = any(?::text[])) and e.starts_at < ?
                            and (coalesce(e.repeat_until, e.starts_at::date) >= ? or e.ends_at::date >= ?)
                        order by e.starts_at, e.title""")
                .params(args.toArray())
                .query((rs, n) -> event(rs))
                .list()
                .stream()
                .filter(e -> e.occurrences().stream()
                        .anyMatch(d -> !d.plusDays(e.extraDays()).isBefore(from) && !d.isAfter(to)))
                .toList();
    }

    /** Whether a scope sees the event. */
    static boolean sees(Scope scope, Event e) {
        if (scope.permits(e.organiser())) return true;
        for (var p : scope.sortedPaths()) if (e.organiser().contains(p)) return true;
        return false;
    }

    /** The region and municipalities above a scope's units, as the text of a Postgres array. */
    private static String above(Scope scope) {
        var paths = new LinkedHashSet<String>();
        for (var p : scope.sortedPaths()) {
            paths.add(p.region().value());
            p.municipality().ifPresent(m -> paths.add(m.value()));
        }
        return "{" + String.join(",", paths.stream().map(s -> "\"" + s + "\"").toList()) + "}";
    }

    private static final String SELECT = """
            select e.id, e.organiser_id, e.organiser_path, e.kind, e.title, e.starts_at, e.ends_at, e.periodicity,
                e.repeat_until, e.place, e.audience, e.risk_code, e.roadmap_row, e.description, e.cancelled, e.created_by
            from coordination.event e""";

    private static Event event(ResultSet rs) throws SQLException {
        Array audience = rs.getArray(11);
        var list = new ArrayList<Event.Audience>();
        for (Object a : (Object[]) audience.getArray()) list.add(Event.Audience.valueOf((String) a));
        return new Event(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                new OrgPath(rs.getString(3)),
                Event.Kind.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getObject(6, LocalDateTime.class),
                rs.getObject(7, LocalDateTime.class),
                Event.Periodicity.valueOf(rs.getString(8)),
                rs.getObject(9, LocalDate.class),
                rs.getString(10),
                List.copyOf(list),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                rs.getBoolean(15),
                rs.getString(16));
    }

    static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        if (value == null) return null;
        for (E e : type.getEnumConstants()) if (e.name().equals(value)) return e;
        return null;
    }

    static String text(@Nullable String value, int max, String key, List<String> problems) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) problems.add(key);
        return v;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
