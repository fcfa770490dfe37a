package ru.opora.assessments.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import ru.opora.assessments.AssessmentKind;

/** The assessments of the catalogue with their tasks and scales. */
@Repository
public class Catalogue {

    private final JdbcClient jdbc;

    Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Assessment> find(UUID id) {
        return jdbc.sql("""
                        select id, kind, year, subject_code, subject_name, grade, max_primary, min3, min4, min5
                        from assessments.assessment where id = ?
                        """)
                .param(id)
                .query((rs, n) -> new Assessment(
                        rs.getObject("id", UUID.class),
                        AssessmentKind.valueOf(rs.getString("kind")),
                        rs.getInt("year"),
                        rs.getString("subject_code"),
                        rs.getString("subject_name"),
                        rs.getInt("grade"),
                        List.of(),
                        Scale.of(rs.getInt("min3"), rs.getInt("min4"), rs.getInt("min5"), rs.getInt("max_primary"))))
                .optional()
                // the tasks are read after the assessment's row is closed: a query inside a row mapper
                // holds two pooled connections at once, and under load that drained the pool (#15)
                .map(a -> new Assessment(
                        a.id(),
                        a.kind(),
                        a.year(),
                        a.subjectCode(),
                        a.subjectName(),
                        a.grade(),
                        tasks(a.id()),
                        a.scale()));
    }

    public Optional<UUID> idOf(AssessmentKind kind, int year, String subjectCode, int grade) {
        return jdbc.sql(
                        "select id from assessments.assessment where kind = ? and year = ? and subject_code = ? and grade = ?")
                .params(kind.name(), year, subjectCode, grade)
                .query(UUID.class)
                .optional();
    }

    /** The same kind, subject and grade in every year it was held, oldest first: the series a school's dynamics is read from. */
    public List<UUID> series(Assessment a) {
        return jdbc.sql(
                        "select id from assessments.assessment where kind = ? and subject_code = ? and grade = ? order by year")
                .params(a.kind().name(), a.subjectCode(), a.grade())
                .query(UUID.class)
                .list();
    }

    /** Every assessment, newest first: the catalogue page and the upload form's choice. */
    public List<Assessment> all() {
        return findAll(jdbc.sql("select id from assessments.assessment order by year desc, grade, subject_name, kind")
                .query(UUID.class)
                .list());
    }

    /**
     * The assessments of the ids that exist, in the ids' order, with their tasks: two statements
     * whatever their number (a list page read them one by one, two statements each).
     */
    public List<Assessment> findAll(List<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        var array = ids.toArray(UUID[]::new);
        var tasks = new java.util.HashMap<UUID, List<Task>>();
        jdbc.sql("""
                        select assessment_id, position, number, max_score, skill_code, skill, difficulty
                        from assessments.task where assessment_id = any(?) order by assessment_id, position""").param(array).query(rs -> {
            tasks.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new Task(
                            rs.getInt("position"),
                            rs.getString("number"),
                            rs.getInt("max_score"),
                            rs.getString("skill_code"),
                            rs.getString("skill"),
                            Difficulty.valueOf(rs.getString("difficulty"))));
        });
        var found = new java.util.HashMap<UUID, Assessment>();
        jdbc.sql("""
                        select id, kind, year, subject_code, subject_name, grade, max_primary, min3, min4, min5
                        from assessments.assessment where id = any(?)""").param(array).query(rs -> {
            var id = rs.getObject("id", UUID.class);
            found.put(
                    id,
                    new Assessment(
                            id,
                            AssessmentKind.valueOf(rs.getString("kind")),
                            rs.getInt("year"),
                            rs.getString("subject_code"),
                            rs.getString("subject_name"),
                            rs.getInt("grade"),
                            tasks.getOrDefault(id, List.of()),
                            Scale.of(
                                    rs.getInt("min3"),
                                    rs.getInt("min4"),
                                    rs.getInt("min5"),
                                    rs.getInt("max_primary"))));
        });
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    /** Adds the assessment, or replaces its tasks and scale when one with the same kind, year, subject and grade exists. */
    public UUID save(Assessment a) {
        UUID id = idOf(a.kind(), a.year(), a.subjectCode(), a.grade()).orElse(a.id());
        Scale s = a.scale();
        jdbc.sql("""
                        insert into assessments.assessment (id, kind, year, subject_code, subject_name, grade, max_primary, min3, min4, min5)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (id) do update set subject_name = excluded.subject_name, max_primary = excluded.max_primary,
                            min3 = excluded.min3, min4 = excluded.min4, min5 = excluded.min5, version = assessments.assessment.version + 1
                        """)
                .params(
                        id,
                        a.kind().name(),
                        a.year(),
                        a.subjectCode(),
                        a.subjectName(),
                        a.grade(),
                        s.maxScore(),
                        s.threshold(3),
                        s.threshold(4),
                        s.threshold(5))
                .update();
        jdbc.sql("delete from assessments.task where assessment_id = ?")
                .param(id)
                .update();
        for (Task t : a.tasks()) {
            jdbc.sql("""
                            insert into assessments.task (assessment_id, position, number, max_score, skill_code, skill, difficulty)
                            values (:id, :position, :number, :max, :code, :skill, :difficulty)
                            """)
                    .param("id", id)
                    .param("position", t.position())
                    .param("number", t.number())
                    .param("max", t.maxScore())
                    .param("code", t.skillCode())
                    .param("skill", t.skill())
                    .param("difficulty", t.difficulty().name())
                    .update();
        }
        return id;
    }

    /** Sets new thresholds of the marks; the tasks and the maximum stay (the stored scores depend on them). */
    public void correctScale(UUID id, Scale scale) {
        jdbc.sql("""
                        update assessments.assessment set min3 = ?, min4 = ?, min5 = ?, version = version + 1
                        where id = ? and max_primary = ?""")
                .params(scale.threshold(3), scale.threshold(4), scale.threshold(5), id, scale.maxScore())
                .update();
    }

    private List<Task> tasks(UUID assessmentId) {
        return jdbc.sql("""
                        select position, number, max_score, skill_code, skill, difficulty
                        from assessments.task where assessment_id = ? order by position
                        """)
                .param(assessmentId)
                .query((rs, n) -> new Task(
                        rs.getInt("position"),
                        rs.getString("number"),
                        rs.getInt("max_score"),
                        rs.getString("skill_code"),
                        rs.getString("skill"),
                        Difficulty.valueOf(rs.getString("difficulty"))))
                .list();
    }
}
