package ru.opora.people.teachers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.identity.AuditLog;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;

/** The teachers' rows in SQL; every change audited. */
@Component
class Teachers {

    private static final String COLUMNS = """
            id, school_id, school_path, full_name, subjects, category, experience_years, age_group, position,
            work_email, username""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Teachers(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    List<Teacher> ofSchool(UUID schoolId) {
        return jdbc.sql("select " + COLUMNS + " from people.teacher where school_id = ? and active order by full_name")
                .param(schoolId)
                .query(this::row)
                .list();
    }

    List<Teacher> inScope(Scope scope) {
        if (scope.isEmpty()) return List.of();
        return jdbc.sql("select " + COLUMNS + " from people.teacher where active and ("
                        + scope.sqlCondition("school_path") + ") order by school_path, full_name")
                .query(this::row)
                .list();
    }

    /**
     * Per school of the scope, its active teachers in figures: all, under 35, from 60, of the highest
     * category. Counted by the database: a region's overview read every teacher's row to count them.
     */
    Map<UUID, int[]> figures(Scope scope) {
        var figures = new HashMap<UUID, int[]>();
        if (scope.isEmpty()) return figures;
        jdbc.sql("select school_id, count(*), count(*) filter (where age_group = 'UNDER_35'),"
                        + " count(*) filter (where age_group = 'FROM_60'), count(*) filter (where category = 'HIGHEST')"
                        + " from people.teacher where active and (" + scope.sqlCondition("school_path")
                        + ") group by school_id")
                .query(rs -> {
                    figures.put(
                            rs.getObject(1, UUID.class),
                            new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)});
                });
        return figures;
    }

    Optional<Teacher> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from people.teacher where id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    Optional<Teacher> byAccount(String username) {
        return jdbc.sql("select " + COLUMNS + " from people.teacher where username = ? and active")
                .param(username)
                .query(this::row)
                .optional();
    }

    /** The school's teachers by lower-cased full name: a file's row finds its teacher by the name. */
    Map<String, UUID> byName(UUID schoolId) {
        var names = new HashMap<String, UUID>();
        jdbc.sql("select lower(full_name), id from people.teacher where school_id = ?")
                .param(schoolId)
                .query(rs -> {
                    names.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        return names;
    }

    /** Writes a teacher, matched by the school and the name; returns true when it was new. */
    boolean upsert(Teacher t, String actor) {
        var before = jdbc.sql("select " + COLUMNS
                        + " from people.teacher where school_id = ? and lower(full_name) = lower(?)")
                .params(t.schoolId(), t.fullName())
                .query(this::row)
                .optional();
        UUID id = before.map(Teacher::id).orElse(t.id());
        jdbc.sql("""
                        insert into people.teacher (id, school_id, school_path, full_name, subjects, category, experience_years,
                            age_group, position, work_email, username, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (id) do update set full_name = excluded.full_name, subjects = excluded.subjects,
                            category = excluded.category, experience_years = excluded.experience_years,
                            age_group = excluded.age_group, position = excluded.position, work_email = excluded.work_email,
                            username = coalesce(excluded.username, teacher.username), active = true,
                            updated_by = excluded.updated_by, updated_at = now()""")
                .params(
                        id,
                        t.schoolId(),
                        t.schoolPath().value(),
                        t.fullName().strip(),
                        t.subjects().toArray(String[]::new),
                        t.category().name(),
                        t.experienceYears(),
                        t.ageGroup() == null ? null : t.ageGroup().name(),
                        t.position(),
                        t.workEmail(),
                        t.username(),
                        actor)
                .update();
        audit.record(new AuditLog.Change(
                actor,
                t.schoolPath(),
                "TEACHER",
                id.toString(),
                t.fullName(),
                before.isPresent() ? "UPDATE" : "CREATE",
                before.map(Teachers::state).orElse(null),
                state(t)));
        return before.isEmpty();
    }

    private static Map<String, Object> state(Teacher t) {
        var m = new HashMap<String, Object>();
        m.put("subjects", String.join(",", t.subjects()));
        m.put("category", t.category().name());
        m.put("experience", t.experienceYears() == null ? "" : t.experienceYears());
        m.put("ageGroup", t.ageGroup() == null ? "" : t.ageGroup().name());
        m.put("position", t.position());
        m.put("account", t.username() == null ? "" : t.username());
        return m;
    }

    private Teacher row(ResultSet rs, int n) throws SQLException {
        var subjects = rs.getArray("subjects");
        String age = rs.getString("age_group");
        return new Teacher(
                rs.getObject("id", UUID.class),
                rs.getObject("school_id", UUID.class),
                OrgPath.parse(rs.getString("school_path")),
                rs.getString("full_name"),
                subjects == null ? List.of() : Arrays.asList((String[]) subjects.getArray()),
                Teacher.Category.valueOf(rs.getString("category")),
                (Integer) nullableInt(rs, "experience_years"),
                age == null ? null : Teacher.AgeGroup.valueOf(age),
                rs.getString("position"),
                rs.getString("work_email"),
                rs.getString("username"));
    }

    private static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
