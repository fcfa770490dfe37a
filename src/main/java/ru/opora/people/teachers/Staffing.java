package ru.opora.people.teachers;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitRef;

/**
 * What the other parts of the module read and write of the staff: teachers by name, the classes a
 * teacher teaches, the names a reader may see; and the teachers and classes Opora writes itself
 * (the demo region), through the same store the pages use.
 */
@Component
public class Staffing {

    /** A class of a school year in a subject and its teacher. */
    public record ClassOf(String classKey, String subject, UUID teacherId) {

        /** Whether this teacher teaches the class in the subject: a primary class's teacher teaches every subject. */
        public boolean teaches(String subjectCode) {
            return subject.equals(subjectCode) || subject.equals(PRIMARY);
        }
    }

    /** The subject code of a primary class's teacher, who teaches the class every subject. */
    public static final String PRIMARY = "PR";

    private final Teachers teachers;
    private final JdbcClient jdbc;
    private final org.springframework.context.MessageSource messages;

    Staffing(Teachers teachers, JdbcClient jdbc, org.springframework.context.MessageSource messages) {
        this.teachers = teachers;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** Whether the teacher is one of the school's (a form's choice is checked against the school, never trusted). */
    public boolean worksAt(UUID schoolId, @org.jspecify.annotations.Nullable UUID teacher) {
        return teacher != null
                && jdbc.sql("select exists (select 1 from people.teacher where id = ? and school_id = ?)")
                        .params(teacher, schoolId)
                        .query(Boolean.class)
                        .single();
    }

    /** A teacher by id, wherever they work. */
    public java.util.Optional<Teacher> find(UUID id) {
        return jdbc.sql("select school_id from people.teacher where id = ?")
                .param(id)
                .query(UUID.class)
                .optional()
                .flatMap(school -> teachers.ofSchool(school).stream()
                        .filter(t -> t.id().equals(id))
                        .findFirst());
    }

    /** The school's teachers. */
    public java.util.List<Teacher> ofSchool(UUID schoolId) {
        return teachers.ofSchool(schoolId);
    }

    /** The scope's teachers. */
    public java.util.List<Teacher> inScope(ru.opora.orgunits.Scope scope) {
        return teachers.inScope(scope);
    }

    /** The teacher of an account, if the account is a teacher's. */
    public java.util.Optional<Teacher> byAccount(String username) {
        return teachers.byAccount(username);
    }

    /**
     * The school's teachers as the reader may see them: their names, or «Педагог 1», «Педагог 2»…
     * in the order of the school's list, the same on every page.
     */
    public java.util.Map<UUID, String> shownNames(UUID schoolId, boolean names) {
        var list = teachers.ofSchool(schoolId);
        var result = new java.util.LinkedHashMap<UUID, String>();
        for (int i = 0; i < list.size(); i++)
            result.put(
                    list.get(i).id(),
                    names
                            ? list.get(i).fullName()
                            : messages.getMessage(
                                    "people.anonymous", new Object[] {i + 1}, java.util.Locale.forLanguageTag("ru")));
        return result;
    }

    /** Whether the reader sees teachers' names: inside their own schools, or with PEOPLE_NAMES above them. */
    public static boolean namesVisible(
            ru.opora.orgunits.Scope scope, org.springframework.security.core.Authentication who) {
        return TeacherPages.namesVisible(scope, who);
    }

    /** The classes of the scope's schools in a school year, by school. */
    public java.util.Map<UUID, java.util.List<ClassOf>> classes(ru.opora.orgunits.Scope scope, int schoolYear) {
        var result = new java.util.HashMap<UUID, java.util.List<ClassOf>>();
        if (scope.isEmpty()) return result;
        jdbc.sql(
                        "select school_id, class_label, subject_code, teacher_id from people.class_teacher where school_year = ? and ("
                                + scope.sqlCondition("school_path") + ")")
                .params(schoolYear)
                .query(rs -> {
                    result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                            .add(new ClassOf(rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class)));
                });
        return result;
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

    /** A class of a school year in a subject, with its teacher's name. */
    public record Assignment(int year, String classLabel, String subject, String teacher) {}

    /**
     * The school's classes with their teachers (by name), in one statement: the demo staffs 339
     * schools with 45,000 classes, and a row per statement cost its first start seconds.
     */
    public void assignAll(OrgUnitRef school, List<Assignment> classes, String actor) {
        if (classes.isEmpty()) return;
        int n = classes.size();
        var years = new Integer[n];
        String[] labels = new String[n], subjects = new String[n], names = new String[n];
        for (int i = 0; i < n; i++) {
            var c = classes.get(i);
            years[i] = c.year();
            labels[i] = ClassAssignments.normal(c.classLabel());
            subjects[i] = c.subject();
            names[i] = Teacher.normalName(c.teacher());
        }
        jdbc.sql("""
                        insert into people.class_teacher (school_id, school_path, school_year, class_label, subject_code, teacher_id,
                            updated_by)
                        select ?, ?, c.year, c.label, c.subject, t.id, ?
                          from unnest(?::int[], ?::text[], ?::text[], ?::text[]) as c (year, label, subject, name)
                          join people.teacher t on t.school_id = ? and lower(t.full_name) = lower(c.name)
                        on conflict do nothing""")
                .params(school.id(), school.path().value(), actor, years, labels, subjects, names, school.id())
                .update();
    }
}
