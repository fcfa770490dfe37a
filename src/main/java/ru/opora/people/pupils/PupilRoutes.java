package ru.opora.people.pupils;

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
import ru.opora.assessments.PupilWorks;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.people.teachers.Staffing;
import ru.opora.shared.NotFound;

/**
 * The individual educational routes (ИОМ, индивидуальный образовательный маршрут) a school writes
 * for its pupils: the deficits are the pupil's own weak tasks of a ВПР work and the skills they
 * check, never typed by hand, so that the next work of the subject can re-measure them. A route is
 * written only for a pupil whose work the school holds: another school's pupil is refused.
 */
@Component
class PupilRoutes {

    enum ActivityKind {
        LESSONS,
        CONSULTATION,
        TUTOR,
        OTHER
    }

    /** What a change of a route returns: the route (when one was made) and the message keys of what is wrong. */
    record Outcome(@Nullable UUID route, List<String> problems) {

        static Outcome refused(List<String> problems) {
            return new Outcome(null, problems);
        }
    }

    /** An activity of the route as the form sends it. */
    record ActivityForm(
            @Nullable ActivityKind kind,
            @Nullable String description,
            @Nullable UUID teacher,
            @Nullable LocalDate starts,
            @Nullable LocalDate ends) {}

    private static final int TEXT = 1000;

    private final JdbcClient jdbc;
    private final PupilWorks works;
    private final Staffing staffing;
    private final AuditLog audit;
    private final RouteMeasures measures;

    PupilRoutes(JdbcClient jdbc, PupilWorks works, Staffing staffing, AuditLog audit, RouteMeasures measures) {
        this.jdbc = jdbc;
        this.works = works;
        this.staffing = staffing;
        this.audit = audit;
        this.measures = measures;
    }

    /** A task is weak for the pupil below half its points (or not attempted): where a route starts. */
    static boolean weak(PupilWorks.TaskScore t) {
        return t.score() < 0 || 2 * t.score() < t.max();
    }

    /**
     * Opens a route for the pupil with the code from their work of the assessment, on the chosen
     * tasks, and measures it at once against any later work the school already holds.
     */
    @RequiresPermission(Permission.PUPILS_EDIT)
    @Transactional
    Outcome open(OrgUnitRef school, String code, UUID assessmentId, List<String> tasks, String goals, String actor) {
        var done = write(school, code, assessmentId, tasks, goals, actor);
        if (done.route() != null) measures.remeasure(school.id());
        return done;
    }

    /** Writes the route without measuring it (the demo writes many and measures each school once). */
    @RequiresPermission(Permission.PUPILS_EDIT)
    @Transactional
    Outcome write(OrgUnitRef school, String code, UUID assessmentId, List<String> tasks, String goals, String actor) {
        var work = works.ofAssessment(school.id(), assessmentId).stream()
                .filter(w -> w.participantCode().equals(code))
                .findFirst();
        if (work.isEmpty()) return Outcome.refused(List.of("pupils.route.notHere"));
        var chosen = work.get().tasks().stream()
                .filter(t -> tasks.contains(t.number()))
                .toList();
        var problems = new ArrayList<String>();
        if (chosen.isEmpty()) problems.add("pupils.route.tasks");
        if (goals.isBlank() || goals.length() > TEXT) problems.add("pupils.route.goals.invalid");
        if (exists(school.id(), code, assessmentId)) problems.add("pupils.route.exists.already");
        if (!problems.isEmpty()) return Outcome.refused(problems);
        var w = work.get();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into people.pupil_route (id, school_id, school_path, participant_code, class_label, assessment_id,
                            subject_code, subject_name, grade, year, goals, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        school.id(),
                        school.path().value(),
                        code,
                        w.classLabel(),
                        assessmentId,
                        w.subjectCode(),
                        w.subjectName(),
                        w.grade(),
                        w.year(),
                        goals.strip(),
                        actor)
                .update();
        for (var t : chosen)
            jdbc.sql("""
                            insert into people.pupil_route_task (route_id, task_number, skill_code, skill, score, max_score)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(id, t.number(), t.skillCode(), t.skill(), Math.max(0, t.score()), t.max())
                    .update();
        record(actor, school, id, "CREATE", Map.of("code", code, "class", w.classLabel(), "subject", w.subjectName()));
        return new Outcome(id, List.of());
    }

    private boolean exists(UUID school, String code, UUID assessment) {
        return jdbc.sql("""
                        select exists (select 1 from people.pupil_route where school_id = ? and participant_code = ?
                            and assessment_id = ?)""")
                .params(school, code, assessment)
                .query(Boolean.class)
                .single();
    }

    @RequiresPermission(Permission.PUPILS_EDIT)
    @Transactional
    Outcome addActivity(OrgUnitRef school, UUID route, ActivityForm f, String actor) {
        mine(school, route);
        var problems = new ArrayList<String>();
        if (f.kind() == null) problems.add("pupils.route.activity.kind");
        String description = f.description() == null ? "" : f.description().strip();
        if (description.isEmpty() || description.length() > TEXT) problems.add("pupils.route.activity.description");
        if (f.teacher() != null && !staffing.worksAt(school.id(), f.teacher()))
            problems.add("pupils.route.activity.teacher");
        if (f.starts() == null || f.ends() == null) problems.add("pupils.route.activity.dates");
        else if (f.ends().isBefore(f.starts())) problems.add("pupils.route.activity.order");
        if (!problems.isEmpty()) return Outcome.refused(problems);
        jdbc.sql("""
                        insert into people.pupil_route_activity (id, route_id, kind, description, teacher_id, starts_on, ends_on)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), route, f.kind().name(), description, f.teacher(), f.starts(), f.ends())
                .update();
        record(actor, school, route, "UPDATE", Map.of("activity", description));
        return new Outcome(route, List.of());
    }

    @RequiresPermission(Permission.PUPILS_EDIT)
    @Transactional
    Outcome addCheckpoint(OrgUnitRef school, UUID route, @Nullable LocalDate due, @Nullable String text, String actor) {
        mine(school, route);
        var problems = new ArrayList<String>();
        if (due == null) problems.add("pupils.route.checkpoint.due");
        String description = text == null ? "" : text.strip();
        if (description.isEmpty() || description.length() > TEXT) problems.add("pupils.route.checkpoint.description");
        if (!problems.isEmpty()) return Outcome.refused(problems);
        jdbc.sql("""
                        insert into people.pupil_route_checkpoint (id, route_id, due_on, description) values (?, ?, ?, ?)""").params(UUID.randomUUID(), route, due, description).update();
        record(actor, school, route, "UPDATE", Map.of("checkpoint", due + ": " + description));
        return new Outcome(route, List.of());
    }

    /** Records what a checkpoint showed; a checkpoint passed is marked done. */
    @RequiresPermission(Permission.PUPILS_EDIT)
    @Transactional
    Outcome recordCheckpoint(
            OrgUnitRef school, UUID route, UUID checkpoint, @Nullable String result, boolean done, String actor) {
        mine(school, route);
        String text = result == null ? "" : result.strip();
        if (text.isEmpty() || text.length() > TEXT) return Outcome.refused(List.of("pupils.route.checkpoint.result"));
        int changed = jdbc.sql(
                        "update people.pupil_route_checkpoint set result = ?, done = ? where id = ? and route_id = ?")
                .params(text, done, checkpoint, route)
                .update();
        if (changed == 0) throw new NotFound();
        record(actor, school, route, "UPDATE", Map.of("checkpointResult", text, "done", done));
        return new Outcome(route, List.of());
    }

    /** Closes the route with its outcome in words. */
    @RequiresPermission(Permission.PUPILS_EDIT)
    @Transactional
    Outcome close(OrgUnitRef school, UUID route, @Nullable String outcome, String actor) {
        mine(school, route);
        String text = outcome == null ? "" : outcome.strip();
        if (text.isEmpty() || text.length() > TEXT) return Outcome.refused(List.of("pupils.route.outcome.invalid"));
        jdbc.sql("update people.pupil_route set outcome = ?, state = 'CLOSED' where id = ?")
                .params(text, route)
                .update();
        record(actor, school, route, "UPDATE", Map.of("state", "CLOSED", "outcome", text));
        return new Outcome(route, List.of());
    }

    /** The route must be the school's: another school's route is not found, whatever its id. */
    private void mine(OrgUnitRef school, UUID route) {
        boolean found = jdbc.sql("select exists (select 1 from people.pupil_route where id = ? and school_id = ?)")
                .params(route, school.id())
                .query(Boolean.class)
                .single();
        if (!found) throw new NotFound();
    }

    private void record(String actor, OrgUnitRef school, UUID route, String action, Map<String, ?> after) {
        audit.record(new AuditLog.Change(
                actor,
                school.path(),
                "PUPIL_ROUTE",
                route.toString(),
                school.name(),
                action,
                null,
                new HashMap<>(after)));
    }
}
