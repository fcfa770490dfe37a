package ru.opora.support.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identification.ShnorRegister;
import ru.opora.identification.ShnorState;
import ru.opora.identity.AuditLog;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cohorts: a region's project year with its ШНОР and the cycle calendar. A new cohort takes the
 * schools whose ШНОР status is confirmed or in support (candidates too when asked) and the default
 * calendar ({@code support/cycle-default.json}, offsets from the start [U]); the region then adds or
 * removes schools by hand and moves due dates.
 */
@Component
public class Cohorts {

    /** A cohort. */
    public record Cohort(UUID regionId, int year, String name, LocalDate start, LocalDate end) {}

    /** A step of the calendar. */
    public record Step(int number, String code, LocalDate due) {}

    /** A school of the cohort and how it came in. */
    public record Member(UUID schoolId, OrgPath schoolPath, String source) {}

    private record DefaultStep(String code, int days) {}

    private final JdbcClient jdbc;
    private final ShnorRegister shnor;
    private final OrgUnits orgUnits;
    private final AuditLog audit;
    private final List<DefaultStep> defaults;

    Cohorts(JdbcClient jdbc, ShnorRegister shnor, OrgUnits orgUnits, AuditLog audit, JsonMapper json)
            throws java.io.IOException {
        this.jdbc = jdbc;
        this.shnor = shnor;
        this.orgUnits = orgUnits;
        this.audit = audit;
        try (var in = Cohorts.class.getResourceAsStream("/support/cycle-default.json")) {
            this.defaults = List.of(json.readValue(java.util.Objects.requireNonNull(in), DefaultStep[].class));
        }
    }

    List<Cohort> of(UUID regionId) {
        return jdbc.sql(
                        "select region_id, year, name, start_date, end_date from support.cohort where region_id = ? order by year desc")
                .param(regionId)
                .query((rs, n) -> new Cohort(
                        rs.getObject(1, UUID.class),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    public Optional<Cohort> find(UUID regionId, int year) {
        return of(regionId).stream().filter(c -> c.year() == year).findFirst();
    }

    /** Creates the cohort with its schools from the ШНОР statuses and the default calendar; returns the number of schools. */
    @Transactional
    public int create(Cohort c, boolean withCandidates, String actor) {
        jdbc.sql(
                        "insert into support.cohort (region_id, year, name, start_date, end_date, created_by) values (?, ?, ?, ?, ?, ?)")
                .params(c.regionId(), c.year(), c.name(), c.start(), c.end(), actor)
                .update();
        int n = 0;
        for (var d : defaults)
            jdbc.sql("insert into support.cycle_step (region_id, year, step, code, due_date) values (?, ?, ?, ?, ?)")
                    .params(c.regionId(), c.year(), ++n, d.code(), c.start().plusDays(d.days()))
                    .update();
        var states = shnor.states(Scope.region(c.regionId()));
        var chosen = new ArrayList<UUID>();
        states.forEach((school, state) -> {
            if (state == ShnorState.CONFIRMED
                    || state == ShnorState.IN_SUPPORT
                    || (withCandidates && state == ShnorState.CANDIDATE)) chosen.add(school);
        });
        for (OrgUnitRef s : orgUnits.byIds(chosen)) add(c, s, "STATUS", actor);
        audit.record(new AuditLog.Change(
                actor,
                OrgPath.ofRegion(c.regionId()),
                "COHORT",
                c.regionId() + "/" + c.year(),
                c.name(),
                "CREATE",
                null,
                java.util.Map.of("schools", chosen.size())));
        return chosen.size();
    }

    void add(Cohort c, OrgUnitRef school, String source, String actor) {
        jdbc.sql("""
                        insert into support.cohort_school (region_id, year, school_id, school_path, source, added_by)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(c.regionId(), c.year(), school.id(), school.path(), source, actor)
                .update();
    }

    void remove(Cohort c, UUID school, String actor) {
        int removed = jdbc.sql("delete from support.cohort_school where region_id = ? and year = ? and school_id = ?")
                .params(c.regionId(), c.year(), school)
                .update();
        if (removed > 0)
            audit.record(new AuditLog.Change(
                    actor,
                    OrgPath.ofRegion(c.regionId()),
                    "COHORT",
                    c.regionId() + "/" + c.year(),
                    c.name(),
                    "REMOVE_SCHOOL",
                    java.util.Map.of("school", school.toString()),
                    null));
    }

    List<Member> members(Cohort c, Scope scope) {
        return jdbc.sql(
                        "select school_id, school_path, source from support.cohort_school where region_id = ? and year = ? and ("
                                + scope.sqlCondition("school_path") + ")")
                .params(c.regionId(), c.year())
                .query((rs, n) ->
                        new Member(rs.getObject(1, UUID.class), OrgPath.parse(rs.getString(2)), rs.getString(3)))
                .list();
    }

    List<Step> calendar(Cohort c) {
        return jdbc.sql(
                        "select step, code, due_date from support.cycle_step where region_id = ? and year = ? order by step")
                .params(c.regionId(), c.year())
                .query((rs, n) -> new Step(rs.getInt(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    void moveStep(Cohort c, int step, LocalDate due, String actor) {
        jdbc.sql("update support.cycle_step set due_date = ? where region_id = ? and year = ? and step = ?")
                .params(due, c.regionId(), c.year(), step)
                .update();
        audit.record(new AuditLog.Change(
                actor,
                OrgPath.ofRegion(c.regionId()),
                "COHORT",
                c.regionId() + "/" + c.year(),
                c.name(),
                "MOVE_STEP",
                null,
                java.util.Map.of("step", step, "due", due.toString())));
    }
}
