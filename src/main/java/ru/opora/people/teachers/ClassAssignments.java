package ru.opora.people.teachers;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.TabularImport;
import ru.opora.shared.importing.UniqueKeys;

/**
 * Which teacher teaches which class in which subject in a school year (учебный год, named by the
 * year it starts in), loaded from a file all or nothing: the teacher must be one of the school's,
 * and a class has one teacher of a subject — a file that gives it two is refused.
 */
@Component
class ClassAssignments {

    /** One class of a teacher: the school year, the class and the subject's code. */
    record Assignment(UUID schoolId, int year, String classLabel, String subject, UUID teacherId, String teacherName) {}

    static final Column SCHOOL = Column.required("Код ОО");
    static final Column YEAR = Column.required("Учебный год", "Год");
    static final Column CLASS = Column.required("Класс");
    static final Column SUBJECT = Column.required("Предмет");
    static final Column TEACHER = Column.required("Учитель", "ФИО учителя", "Педагог");
    static final List<Column> COLUMNS = List.of(SCHOOL, YEAR, CLASS, SUBJECT, TEACHER);

    private record Entry(OrgUnitRef school, int year, String classLabel, String subject, UUID teacher) {}

    private final JdbcClient jdbc;
    private final Teachers teachers;
    private final Subjects subjects;
    private final OrgUnits orgUnits;
    private final AuditLog audit;

    ClassAssignments(JdbcClient jdbc, Teachers teachers, Subjects subjects, OrgUnits orgUnits, AuditLog audit) {
        this.jdbc = jdbc;
        this.teachers = teachers;
        this.subjects = subjects;
        this.orgUnits = orgUnits;
        this.audit = audit;
    }

    @RequiresPermission(Permission.PEOPLE_EDIT)
    @Transactional
    ImportReport load(TabularImport.Upload upload, Scope scope, String actor) {
        var schools = orgUnits.schoolsByCode(scope);
        var names = new HashMap<UUID, Map<String, UUID>>();
        var seen = new UniqueKeys("PPL-E005");
        var reading = TabularImport.read(upload, COLUMNS, row -> {
            OrgUnitRef school = row.reference(SCHOOL, schools);
            Integer year = row.integer(YEAR, 2000, 2100);
            String classLabel = row.text(CLASS, 10);
            String subject = row.choice(
                    SUBJECT, s -> subjects.find(s).map(Subjects.Subject::code), "PPL-E002", subjects.names());
            String teacherName = row.text(TEACHER, 200);
            UUID teacher = null;
            if (school != null && teacherName != null) {
                teacher = names.computeIfAbsent(school.id(), teachers::byName)
                        .get(Teacher.normalName(teacherName).toLowerCase(Locale.ROOT));
                if (teacher == null) row.problem("PPL-E006", TEACHER, teacherName, school.code());
            }
            if (classLabel != null && subject != null)
                seen.add(
                        row,
                        CLASS,
                        row.text(SCHOOL) + " " + year + " " + normal(classLabel) + " " + subjects.name(subject));
            if (!row.ok() || school == null || year == null || classLabel == null || subject == null || teacher == null)
                return null;
            return new Entry(school, year, normal(classLabel), subject, teacher);
        });
        var report = reading.commit(rows -> ImportReport.Tally.sum(rows, e -> upsert(e, actor)));
        audit.recordImport(actor, "CLASS_TEACHERS", report);
        return report;
    }

    private ImportReport.Tally upsert(Entry e, String actor) {
        return ImportReport.Tally.ofUpsert(jdbc.sql("""
                        insert into people.class_teacher (school_id, school_path, school_year, class_label, subject_code, teacher_id,
                            updated_by) values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (school_id, school_year, class_label, subject_code) do update set teacher_id = excluded.teacher_id,
                            updated_by = excluded.updated_by, updated_at = now()
                        where class_teacher.teacher_id is distinct from excluded.teacher_id
                        returning xmax = 0""")
                .params(
                        e.school().id(),
                        e.school().path().value(),
                        e.year(),
                        e.classLabel(),
                        e.subject(),
                        e.teacher(),
                        actor)
                .query(Boolean.class)
                .optional());
    }

    /** The school's classes of a year with their teachers. */
    List<Assignment> of(UUID schoolId, int year) {
        return jdbc.sql("""
                        select c.school_id, c.school_year, c.class_label, c.subject_code, c.teacher_id, t.full_name
                        from people.class_teacher c join people.teacher t on t.id = c.teacher_id
                        where c.school_id = ? and c.school_year = ? order by c.class_label, c.subject_code""")
                .params(schoolId, year)
                .query((rs, n) -> new Assignment(
                        rs.getObject(1, UUID.class),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, UUID.class),
                        rs.getString(6)))
                .list();
    }

    /** How many class-subject pairs have a teacher in each school of the scope in a year. */
    Map<UUID, Integer> counts(Scope scope, int year) {
        var counts = new HashMap<UUID, Integer>();
        if (scope.isEmpty()) return counts;
        jdbc.sql("select school_id, count(*) from people.class_teacher where school_year = ? and ("
                        + scope.sqlCondition("school_path") + ") group by school_id")
                .params(year)
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return counts;
    }

    /** The years a school has class assignments for, newest first. */
    List<Integer> years(UUID schoolId) {
        return jdbc.sql("select distinct school_year from people.class_teacher where school_id = ? order by 1 desc")
                .param(schoolId)
                .query(Integer.class)
                .list();
    }

    /** The classes of a teacher's account in a year, subject by subject; null when the account is no teacher's. */
    @Nullable
    List<Assignment> ofAccount(String username, int year) {
        var teacher = teachers.byAccount(username);
        if (teacher.isEmpty()) return null;
        return of(teacher.get().schoolId(), year).stream()
                .filter(a -> a.teacherId().equals(teacher.get().id()))
                .toList();
    }

    /** «5 а», «5А» and «5-а» are one class. */
    static String normal(String label) {
        return ru.opora.assessments.ClassTeachers.classKey(label);
    }
}
