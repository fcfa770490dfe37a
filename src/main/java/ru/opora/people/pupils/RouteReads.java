package ru.opora.people.pupils;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.Scope;
import tools.jackson.databind.json.JsonMapper;

/** The routes as pages and the API read them: a school's list, one route whole, and progress in counts. */
@Component
class RouteReads {

    /** A later work measured on the route's skills: before and after, pooled and per skill. */
    record Measure(
            String kind,
            int year,
            RouteMeasures.Basis basis,
            String measuredCode,
            String classLabel,
            long beforePoints,
            long beforePossible,
            long afterPoints,
            long afterPossible,
            List<SkillMeasure> skills) {

        public boolean improved() {
            return RouteMeasures.improved(beforePoints, beforePossible, afterPoints, afterPossible);
        }

        public @Nullable Double before() {
            return RouteMeasures.percent(beforePoints, beforePossible);
        }

        public @Nullable Double after() {
            return RouteMeasures.percent(afterPoints, afterPossible);
        }
    }

    record SkillMeasure(
            String skill, @Nullable Double before, @Nullable Double after) {}

    record Task(String number, String skill, int score, int max) {}

    record Activity(
            UUID id,
            PupilRoutes.ActivityKind kind,
            String description,
            @Nullable UUID teacher,
            LocalDate starts,
            LocalDate ends) {}

    record Checkpoint(UUID id, LocalDate due, String description, String result, boolean done) {}

    /** A route in a list: who, what, and its latest measure. */
    record Line(
            UUID id,
            UUID schoolId,
            String code,
            String classLabel,
            String subjectCode,
            String subjectName,
            int grade,
            int year,
            String state,
            @Nullable Measure latest) {}

    /** One route whole. */
    record Route(
            Line line,
            String goals,
            String outcome,
            String createdBy,
            List<Task> tasks,
            List<Activity> activities,
            List<Checkpoint> checkpoints,
            List<Measure> measures) {}

    /** A school's routes in counts: all, still open, measured by a later work, and improved on it. */
    record Progress(int routes, int open, int measured, int improved) {

        Progress plus(Progress o) {
            return new Progress(routes + o.routes, open + o.open, measured + o.measured, improved + o.improved);
        }

        public @Nullable Double improvedShare() {
            return measured == 0 ? null : 100.0 * improved / measured;
        }
    }

    private static final String LINE = """
            select r.id, r.school_id, r.participant_code, r.class_label, r.subject_code, r.subject_name, r.grade, r.year,
                r.state, m.kind, m.year, m.basis, m.measured_code, m.class_label, m.before_points, m.before_possible,
                m.after_points, m.after_possible
            from people.pupil_route r left join lateral (select * from people.route_measure x where x.route_id = r.id
                order by x.year desc, x.kind limit 1) m on true
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RouteReads(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<Line> ofSchool(UUID schoolId) {
        return jdbc.sql(LINE + " where r.school_id = ? order by r.class_label, r.participant_code, r.subject_name")
                .param(schoolId)
                .query((rs, n) -> line(rs))
                .list();
    }

    /** The routes of the classes a teacher teaches («school year|class|subject» keys), or with an activity of theirs. */
    List<Line> ofClasses(UUID schoolId, java.util.Set<String> classSubjects, UUID teacher) {
        var lines =
                jdbc.sql(LINE + """
                         where r.school_id = ? order by r.class_label, r.participant_code, r.subject_name""").param(schoolId).query((rs, n) -> line(rs)).list();
        var responsible = new java.util.HashSet<>(
                jdbc.sql("select distinct route_id from people.pupil_route_activity where teacher_id = ?")
                        .param(teacher)
                        .query(UUID.class)
                        .list());
        return lines.stream()
                .filter(l -> responsible.contains(l.id()) || teaches(classSubjects, l))
                .toList();
    }

    /**
     * Whether the «school year|class|subject» keys hold the route's class in the year its work was
     * written (ВПР in spring: the school year that began the year before) or the class it moved into.
     */
    private static boolean teaches(java.util.Set<String> keys, Line l) {
        String moved = (l.grade() + 1) + RouteMeasures.letter(l.classLabel());
        for (String subject : List.of(l.subjectCode(), ru.opora.people.teachers.Staffing.PRIMARY))
            if (keys.contains((l.year() - 1) + "|" + l.classLabel() + "|" + subject)
                    || keys.contains(l.year() + "|" + moved + "|" + subject)) return true;
        return false;
    }

    /** The works a pupil's routes at the school were written from. */
    java.util.Set<UUID> assessments(UUID schoolId, String code) {
        return new java.util.HashSet<>(
                jdbc.sql("select assessment_id from people.pupil_route where school_id = ? and participant_code = ?")
                        .params(schoolId, code)
                        .query(UUID.class)
                        .list());
    }

    Optional<Route> find(UUID schoolId, UUID id) {
        var line = jdbc.sql(LINE + " where r.school_id = ? and r.id = ?")
                .params(schoolId, id)
                .query((rs, n) -> line(rs))
                .optional();
        if (line.isEmpty()) return Optional.empty();
        var head = jdbc.sql("select goals, outcome, created_by from people.pupil_route where id = ?")
                .param(id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        var tasks = jdbc.sql("""
                        select task_number, skill, score, max_score, skill_code from people.pupil_route_task where route_id = ?
                        order by length(task_number), task_number""")
                .param(id)
                .query((rs, n) -> new String[] {
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)
                })
                .list();
        var names = new HashMap<String, String>();
        for (String[] t : tasks) names.put(t[4].isBlank() ? t[1] : t[4], t[1]);
        return Optional.of(new Route(
                line.get(),
                head[0],
                head[1],
                head[2],
                tasks.stream()
                        .map(t -> new Task(t[0], t[1], Integer.parseInt(t[2]), Integer.parseInt(t[3])))
                        .toList(),
                activities(id),
                checkpoints(id),
                measures(id, names)));
    }

    private List<Activity> activities(UUID route) {
        return jdbc.sql("""
                        select id, kind, description, teacher_id, starts_on, ends_on from people.pupil_route_activity
                        where route_id = ? order by starts_on, description""")
                .param(route)
                .query((rs, n) -> new Activity(
                        rs.getObject(1, UUID.class),
                        PupilRoutes.ActivityKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }

    private List<Checkpoint> checkpoints(UUID route) {
        return jdbc.sql("""
                        select id, due_on, description, result, done from people.pupil_route_checkpoint where route_id = ?
                        order by due_on, description""")
                .param(route)
                .query((rs, n) -> new Checkpoint(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5)))
                .list();
    }

    private List<Measure> measures(UUID route, Map<String, String> names) {
        return jdbc.sql("""
                        select kind, year, basis, measured_code, class_label, before_points, before_possible, after_points,
                            after_possible, skills::text from people.route_measure where route_id = ? order by year, kind""")
                .param(route)
                .query((rs, n) -> {
                    var skills = new ArrayList<SkillMeasure>();
                    var stored = json.readValue(rs.getString(10), LinkedHashMap.class);
                    for (Object k : stored.keySet()) {
                        var v = (List<?>) stored.get(k);
                        long[] p = new long[4];
                        for (int i = 0; i < 4; i++) p[i] = ((Number) v.get(i)).longValue();
                        skills.add(new SkillMeasure(
                                names.getOrDefault((String) k, (String) k),
                                RouteMeasures.percent(p[0], p[1]),
                                RouteMeasures.percent(p[2], p[3])));
                    }
                    return new Measure(
                            rs.getString(1),
                            rs.getInt(2),
                            RouteMeasures.Basis.valueOf(rs.getString(3)),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getLong(6),
                            rs.getLong(7),
                            rs.getLong(8),
                            rs.getLong(9),
                            skills);
                })
                .list();
    }

    /** Per school of the scope: its routes in counts, the latest measure of each deciding «improved». */
    Map<UUID, Progress> progress(Scope scope) {
        var result = new HashMap<UUID, Progress>();
        if (scope.isEmpty()) return result;
        jdbc.sql("""
                        select r.school_id, count(*), count(*) filter (where r.state = 'OPEN'), count(m.route_id),
                            count(*) filter (where m.after_points * m.before_possible > m.before_points * m.after_possible)
                        from people.pupil_route r left join lateral (select * from people.route_measure x
                            where x.route_id = r.id order by x.year desc, x.kind limit 1) m on true
                        where """ + scope.sqlCondition("r.school_path") + " group by r.school_id")
                .query(rs -> {
                    result.put(
                            rs.getObject(1, UUID.class),
                            new Progress(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
                });
        return result;
    }

    private static Line line(java.sql.ResultSet rs) throws java.sql.SQLException {
        Measure latest = rs.getString(10) == null
                ? null
                : new Measure(
                        rs.getString(10),
                        rs.getInt(11),
                        RouteMeasures.Basis.valueOf(rs.getString(12)),
                        rs.getString(13),
                        rs.getString(14),
                        rs.getLong(15),
                        rs.getLong(16),
                        rs.getLong(17),
                        rs.getLong(18),
                        List.of());
        return new Line(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getInt(7),
                rs.getInt(8),
                rs.getString(9),
                latest);
    }
}
