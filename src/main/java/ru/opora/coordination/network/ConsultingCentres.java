package ru.opora.coordination.network;

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
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;

/**
 * Consulting centres (§4.10): a strong school a region or a municipality names as a place others
 * come to for advice, with its subjects, schedule and contact, and the consultations it held.
 */
@Component
class ConsultingCentres {

    record Centre(
            UUID id,
            UUID ownerId,
            OrgPath owner,
            UUID hostId,
            OrgPath host,
            String name,
            String subjects,
            String schedule,
            String contact) {}

    record Consultation(UUID id, LocalDate heldOn, UUID schoolId, String topic, String consultant) {}

    record Form(
            @Nullable UUID host,
            @Nullable String name,
            @Nullable String subjects,
            @Nullable String schedule,
            @Nullable String contact) {}

    record Result(@Nullable UUID id, List<String> problems) {}

    /** A consultation as its form sends it. */
    record ConsultationForm(
            @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
            @Nullable
            LocalDate heldOn,

            @Nullable UUID school,
            @Nullable String topic,
            @Nullable String consultant) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ConsultingCentres(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Opens a centre at a school of the owner's area; refused for a school in doubt. */
    @RequiresPermission(Permission.EVENTS_MANAGE)
    @Transactional
    Result create(OrgUnitRef owner, @Nullable OrgUnitRef host, Form f, boolean hostInDoubt, String actor) {
        var problems = new ArrayList<String>();
        if (host == null || !owner.path().contains(host.path()) || host.path().equals(owner.path()))
            problems.add("coordination.centre.host");
        else if (hostInDoubt) problems.add("coordination.centre.inDoubt");
        String name = text(f.name(), 300, "coordination.centre.name", problems);
        String subjects = text(f.subjects(), 500, "coordination.centre.subjects", problems);
        String schedule = text(f.schedule(), 1000, "coordination.centre.schedule", problems);
        String contact = text(f.contact(), 300, "coordination.centre.contact", problems);
        if (!problems.isEmpty()) return new Result(null, problems);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into coordination.consulting_centre (id, owner_id, owner_path, host_school, host_path, name, subjects,
                            schedule, contact, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        owner.id(),
                        owner.path().value(),
                        host.id(),
                        host.path().value(),
                        name,
                        subjects,
                        schedule,
                        contact,
                        actor)
                .update();
        audit.record(new AuditLog.Change(
                actor,
                owner.path(),
                "CONSULTING_CENTRE",
                id.toString(),
                name,
                "CREATE",
                null,
                new HashMap<>(Map.of("host", host.name(), "subjects", subjects))));
        return new Result(id, List.of());
    }

    /** Records a consultation held: on a past day, for a school of the owner's area. */
    @Transactional
    Result consulted(Centre c, @Nullable OrgUnitRef school, ConsultationForm f, String actor, LocalDate today) {
        var problems = new ArrayList<String>();
        var heldOn = f.heldOn();
        if (heldOn == null || heldOn.isAfter(today)) problems.add("coordination.consultation.date");
        if (school == null || !c.owner().contains(school.path()) || school.id().equals(c.hostId()))
            problems.add("coordination.consultation.school");
        String t = text(f.topic(), 1000, "coordination.consultation.topic", problems);
        String who = text(f.consultant(), 300, "coordination.consultation.consultant", problems);
        if (!problems.isEmpty()) return new Result(null, problems);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into coordination.consultation (id, centre_id, held_on, school_id, school_path, topic, consultant,
                            recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, c.id(), heldOn, school.id(), school.path().value(), t, who, actor)
                .update();
        audit.record(new AuditLog.Change(
                actor,
                c.owner(),
                "CONSULTING_CENTRE",
                c.id().toString(),
                c.name(),
                "UPDATE",
                null,
                new HashMap<>(Map.of("consulted", school.name(), "date", heldOn.toString()))));
        return new Result(id, List.of());
    }

    Optional<Centre> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query((rs, n) -> centre(rs))
                .optional();
    }

    /** The centres a scope sees: its own and those of the levels above it. */
    List<Centre> visible(Scope scope) {
        if (scope.isEmpty()) return List.of();
        var above = new java.util.LinkedHashSet<String>();
        for (var p : scope.sortedPaths()) {
            above.add(p.region().value());
            p.municipality().ifPresent(m -> above.add(m.value()));
        }
        var args = new ArrayList<Object>();
        args.add(above.toArray(String[]::new));
        return jdbc.sql(SELECT + " where " + scope.sqlCondition("owner_path") + " or owner_path = any(?) order by name")
                .params(args.toArray())
                .query((rs, n) -> centre(rs))
                .list();
    }

    static boolean sees(Scope scope, Centre c) {
        if (scope.permits(c.owner())) return true;
        for (var p : scope.sortedPaths()) if (c.owner().contains(p)) return true;
        return false;
    }

    List<Consultation> consultations(UUID centre) {
        return jdbc.sql("""
                        select id, held_on, school_id, topic, consultant from coordination.consultation where centre_id = ?
                        order by held_on desc""")
                .param(centre)
                .query((rs, n) -> new Consultation(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    private static final String SELECT = """
            select id, owner_id, owner_path, host_school, host_path, name, subjects, schedule, contact
            from coordination.consulting_centre""";

    private static Centre centre(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Centre(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                new OrgPath(rs.getString(3)),
                rs.getObject(4, UUID.class),
                new OrgPath(rs.getString(5)),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9));
    }

    private static String text(@Nullable String value, int max, String key, List<String> problems) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) problems.add(key);
        return v;
    }
}
