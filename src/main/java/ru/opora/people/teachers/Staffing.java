package ru.opora.people.teachers;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitRef;

/** Teachers and classes written by Opora itself (the demo region), through the same store the pages use. */
@Component
public class Staffing {

    private final Teachers teachers;
    private final JdbcClient jdbc;

    Staffing(Teachers teachers, JdbcClient jdbc) {
        this.teachers = teachers;
        this.jdbc = jdbc;
    }

    /** The school's teacher by name (the school's names read once into {@code cache}); null when it has none such. */
    public @org.jspecify.annotations.Nullable UUID byName(
            java.util.Map<UUID, java.util.Map<String, UUID>> cache, UUID schoolId, String name) {
        return cache.computeIfAbsent(schoolId, teachers::byName)
                .get(Teacher.normalName(name).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the school has teachers already. */
    public boolean staffed(UUID schoolId) {
        return !teachers.ofSchool(schoolId).isEmpty();
    }

    public void hire(Teacher teacher, String actor) {
        teachers.upsert(teacher, actor);
    }

    /** The teacher (by the school and the name) of a class in a subject in a school year. */
    public void assign(OrgUnitRef school, int year, String classLabel, String subject, String teacher, String actor) {
        jdbc.sql("""
                        insert into people.class_teacher (school_id, school_path, school_year, class_label, subject_code, teacher_id,
                            updated_by)
                        select ?, ?, ?, ?, ?, id, ? from people.teacher where school_id = ? and lower(full_name) = lower(?)
                        on conflict do nothing""")
                .params(
                        school.id(),
                        school.path().value(),
                        year,
                        ClassAssignments.normal(classLabel),
                        subject,
                        actor,
                        school.id(),
                        Teacher.normalName(teacher))
                .update();
    }
}
