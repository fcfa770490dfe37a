package ru.opora.people.diagnostics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;

/**
 * What the diagnostics found, read from each teacher's latest diagnostic of each instrument up to a
 * day: a teacher diagnosed again is judged by the new result, so a deficit closes when it is
 * overcome. Counts are of people: a teacher with three deficits is one teacher with a deficit.
 */
@Component
public class Deficits {

    /** A teacher's result in one skill in their latest diagnostic. */
    public record SkillResult(
            UUID teacherId,
            UUID schoolId,
            OrgPath schoolPath,
            String instrument,
            LocalDate takenOn,
            String subjectCode,
            String skillCode,
            String skill,
            int points,
            int maxPoints,
            boolean deficit) {

        public double percent() {
            return maxPoints == 0 ? 0 : 100.0 * points / maxPoints;
        }
    }

    /** A skill across the scope: how many teachers were diagnosed in it, and how many have it as a deficit. */
    public record SkillCount(String subjectCode, String skillCode, String skill, int diagnosed, int withDeficit) {

        public double share() {
            return diagnosed == 0 ? 0 : 100.0 * withDeficit / diagnosed;
        }
    }

    /** A school's teachers diagnosed, with at least one deficit, and its deficits (teacher × skill). */
    public record SchoolCount(UUID schoolId, OrgPath schoolPath, int diagnosed, int withDeficit, int deficits) {}

    private static final String LATEST = """
            with latest as (
                select distinct on (teacher_id, instrument_id) teacher_id, instrument_id, taken_on
                from people.diagnostic_skill where taken_on <= ? and (%s)
                order by teacher_id, instrument_id, taken_on desc)
            """;

    private final JdbcClient jdbc;

    Deficits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every skill result of the scope's teachers' latest diagnostics up to {@code asOf}. */
    public List<SkillResult> inScope(Scope scope, LocalDate asOf) {
        if (scope.isEmpty()) return List.of();
        return jdbc.sql(LATEST.formatted(scope.sqlCondition("school_path")) + """
                        select d.*, i.title from people.diagnostic_skill d join latest l using (teacher_id, instrument_id, taken_on)
                        join people.instrument i on i.id = d.instrument_id order by d.school_path, d.teacher_id, d.skill_code""")
                .params(asOf)
                .query((rs, n) -> result(rs))
                .list();
    }

    /** The given teachers' latest results, by teacher. */
    public Map<UUID, List<SkillResult>> ofTeachers(Collection<UUID> teachers, LocalDate asOf) {
        var result = new HashMap<UUID, List<SkillResult>>();
        if (teachers.isEmpty()) return result;
        jdbc.sql(LATEST.formatted("teacher_id = any(?)") + """
                        select d.*, i.title from people.diagnostic_skill d join latest l using (teacher_id, instrument_id, taken_on)
                        join people.instrument i on i.id = d.instrument_id order by d.skill_code""")
                .params(asOf, teachers.toArray(UUID[]::new))
                .query((rs, n) -> result(rs))
                .list()
                .forEach(r -> result.computeIfAbsent(r.teacherId(), k -> new ArrayList<>())
                        .add(r));
        return result;
    }

    /** The scope's skills with the teachers diagnosed in each and those with it as a deficit, most frequent first. */
    public List<SkillCount> bySkill(Scope scope, LocalDate asOf) {
        if (scope.isEmpty()) return List.of();
        return jdbc.sql(LATEST.formatted(scope.sqlCondition("school_path")) + """
                        select d.subject_code, d.skill_code, min(d.skill), count(distinct d.teacher_id),
                            count(distinct d.teacher_id) filter (where d.deficit)
                        from people.diagnostic_skill d join latest l using (teacher_id, instrument_id, taken_on)
                        group by d.subject_code, d.skill_code order by 5 desc, 1, 2""")
                .params(asOf)
                .query((rs, n) ->
                        new SkillCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    /** Per subject: the teachers diagnosed in it, those with a deficit, and the deficits (teacher × skill). */
    public List<SubjectCount> bySubject(Scope scope, LocalDate asOf) {
        if (scope.isEmpty()) return List.of();
        return jdbc.sql(LATEST.formatted(scope.sqlCondition("school_path")) + """
                        select d.subject_code, count(distinct d.teacher_id),
                            count(distinct d.teacher_id) filter (where d.deficit), count(*) filter (where d.deficit)
                        from people.diagnostic_skill d join latest l using (teacher_id, instrument_id, taken_on)
                        group by d.subject_code order by 1""")
                .params(asOf)
                .query((rs, n) -> new SubjectCount(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    /** A subject's teachers diagnosed, with a deficit, and its deficits. */
    public record SubjectCount(String subjectCode, int diagnosed, int withDeficit, int deficits) {

        public double share() {
            return diagnosed == 0 ? 0 : ru.opora.shared.Formats.round(100.0 * withDeficit / diagnosed, 1);
        }
    }

    /** The scope's schools with diagnosed teachers. */
    public List<SchoolCount> bySchool(Scope scope, LocalDate asOf) {
        if (scope.isEmpty()) return List.of();
        return jdbc.sql(LATEST.formatted(scope.sqlCondition("school_path")) + """
                        select d.school_id, min(d.school_path), count(distinct d.teacher_id),
                            count(distinct d.teacher_id) filter (where d.deficit), count(*) filter (where d.deficit)
                        from people.diagnostic_skill d join latest l using (teacher_id, instrument_id, taken_on)
                        group by d.school_id""")
                .params(asOf)
                .query((rs, n) -> new SchoolCount(
                        rs.getObject(1, UUID.class),
                        OrgPath.parse(rs.getString(2)),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5)))
                .list();
    }

    private static SkillResult result(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SkillResult(
                rs.getObject("teacher_id", UUID.class),
                rs.getObject("school_id", UUID.class),
                OrgPath.parse(rs.getString("school_path")),
                rs.getString("title"),
                rs.getObject("taken_on", LocalDate.class),
                rs.getString("subject_code"),
                rs.getString("skill_code"),
                rs.getString("skill"),
                rs.getInt("points"),
                rs.getInt("max_points"),
                rs.getBoolean("deficit"));
    }
}
