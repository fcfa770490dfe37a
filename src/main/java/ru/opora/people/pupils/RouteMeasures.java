package ru.opora.people.pupils;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.assessments.PupilWorks;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-measures a school's routes on its later works of the same subject: a later year's ВПР in the
 * grade the pupil moved into, or a regional diagnostic. The pupil is found by the code they had, or
 * the code the school mapped it to in the later year; a code that merely repeats in another grade
 * is another child, so only the expected grade is searched. When the pupil is not found the class
 * is measured instead (its rate on the route's skills then and now), and the route says so.
 */
@Component
class RouteMeasures {

    enum Basis {
        PUPIL,
        CLASS
    }

    /** A route as measuring needs it. */
    record Route(UUID id, String code, String classLabel, UUID assessmentId, String subject, int grade, int year) {}

    /** Points and possible points on one skill, before and after. */
    record SkillPair(long beforePoints, long beforePossible, long afterPoints, long afterPossible) {}

    private final JdbcClient jdbc;
    private final PupilWorks works;
    private final JsonMapper json;

    RouteMeasures(JdbcClient jdbc, PupilWorks works, JsonMapper json) {
        this.jdbc = jdbc;
        this.works = works;
        this.json = json;
    }

    /** Measures every route of the school again, from what the school's results and code mappings are now. */
    @Transactional
    void remeasure(UUID schoolId) {
        var routes = jdbc.sql("""
                        select id, participant_code, class_label, assessment_id, subject_code, grade, year
                        from people.pupil_route where school_id = ?""")
                .param(schoolId)
                .query((rs, n) -> new Route(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getInt(7)))
                .list();
        jdbc.sql(
                        "delete from people.route_measure where route_id in (select id from people.pupil_route where school_id = ?)")
                .param(schoolId)
                .update();
        if (routes.isEmpty()) return;
        var tasks = tasks(schoolId);
        var maps = codeMaps(schoolId);
        var cache = new HashMap<UUID, List<PupilWorks.Work>>();
        for (Route r : routes)
            for (var later : works.later(schoolId, r.subject(), r.year())) {
                if (!expected(r, later)) continue;
                var laterWorks = cache.computeIfAbsent(later.assessmentId(), a -> works.ofAssessment(schoolId, a));
                var original = cache.computeIfAbsent(r.assessmentId(), a -> works.ofAssessment(schoolId, a));
                measure(r, later, laterWorks, original, tasks.getOrDefault(r.id(), List.of()), maps);
            }
    }

    /** A later ВПР is written in the grade the pupil moved into; a regional diagnostic in that grade or the next. */
    private static boolean expected(Route r, PupilWorks.Later later) {
        int grade = r.grade() + later.year() - r.year();
        return later.kind().equals("VPR")
                ? later.grade() == grade
                : later.grade() == grade || later.grade() == grade + 1;
    }

    private void measure(
            Route r,
            PupilWorks.Later later,
            List<PupilWorks.Work> laterWorks,
            List<PupilWorks.Work> original,
            List<PupilWorks.TaskScore> routeTasks,
            Map<Integer, Map<String, String>> maps) {
        var skills = new LinkedHashMap<String, long[]>();
        for (var t : routeTasks) skills.put(key(t), new long[4]);
        String code = r.code();
        for (int y = r.year() + 1; y <= later.year(); y++)
            code = maps.getOrDefault(y, Map.of()).getOrDefault(code, code);
        String found = code;
        var pupil = laterWorks.stream()
                .filter(w -> w.participantCode().equals(found))
                .findFirst();
        Basis basis;
        String classLabel;
        if (pupil.isPresent()) {
            basis = Basis.PUPIL;
            classLabel = pupil.get().classLabel();
            for (var t : routeTasks) add(skills, t, 0);
            for (var t : pupil.get().tasks()) add(skills, t, 2);
        } else {
            basis = Basis.CLASS;
            classLabel = later.grade() + letter(r.classLabel());
            for (var w : original) if (w.classLabel().equals(r.classLabel())) for (var t : w.tasks()) add(skills, t, 0);
            for (var w : laterWorks) if (w.classLabel().equals(classLabel)) for (var t : w.tasks()) add(skills, t, 2);
        }
        long[] total = new long[4];
        var perSkill = new LinkedHashMap<String, long[]>();
        skills.forEach((skill, v) -> {
            if (v[3] == 0 || v[1] == 0) return;
            perSkill.put(skill, v);
            for (int i = 0; i < 4; i++) total[i] += v[i];
        });
        if (total[3] == 0) return;
        jdbc.sql("""
                        insert into people.route_measure (route_id, assessment_id, kind, year, basis, measured_code, class_label,
                            before_points, before_possible, after_points, after_possible, skills)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
                .params(
                        r.id(),
                        later.assessmentId(),
                        later.kind(),
                        later.year(),
                        basis.name(),
                        basis == Basis.PUPIL ? found : "",
                        classLabel,
                        total[0],
                        total[1],
                        total[2],
                        total[3],
                        json.writeValueAsString(perSkill))
                .update();
    }

    /** Adds a task's points to its skill's pair (at 0: before, at 2: after) when the route names the skill. */
    private static void add(Map<String, long[]> skills, PupilWorks.TaskScore t, int at) {
        long[] v = skills.get(key(t));
        if (v == null) return;
        v[at] += Math.max(0, t.score());
        v[at + 1] += t.max();
    }

    /** Skills meet by their code when the catalogue gives one, by their words otherwise. */
    static String key(PupilWorks.TaskScore t) {
        return t.skillCode().isBlank() ? t.skill() : t.skillCode();
    }

    /** «5А» → «А»: the letter a class keeps from year to year. */
    static String letter(String classLabel) {
        int i = 0;
        while (i < classLabel.length() && Character.isDigit(classLabel.charAt(i))) i++;
        return classLabel.substring(i);
    }

    /** The route's tasks as works give them, by route. */
    private Map<UUID, List<PupilWorks.TaskScore>> tasks(UUID schoolId) {
        var result = new HashMap<UUID, List<PupilWorks.TaskScore>>();
        jdbc.sql("""
                        select t.route_id, t.task_number, t.skill_code, t.skill, t.max_score, t.score
                        from people.pupil_route_task t join people.pupil_route r on r.id = t.route_id where r.school_id = ?""").param(schoolId).query(rs -> {
            result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new PupilWorks.TaskScore(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6)));
        });
        return result;
    }

    /** The school's code mappings: by the later year, old code → new code. */
    Map<Integer, Map<String, String>> codeMaps(UUID schoolId) {
        var result = new HashMap<Integer, Map<String, String>>();
        jdbc.sql("select year, old_code, new_code from people.pupil_code_map where school_id = ?")
                .param(schoolId)
                .query(rs -> {
                    result.computeIfAbsent(rs.getInt(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        return result;
    }

    /** Whether a measure shows the route's skills improved: a higher share of points after than before. */
    static boolean improved(long beforePoints, long beforePossible, long afterPoints, long afterPossible) {
        return beforePossible > 0 && afterPossible > 0 && afterPoints * beforePossible > beforePoints * afterPossible;
    }

    static @Nullable Double percent(long points, long possible) {
        return possible == 0 ? null : 100.0 * points / possible;
    }
}
