package ru.opora.people.teachers;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import ru.opora.assessments.ClassTeachers;
import ru.opora.assessments.SchoolResults;

/**
 * A teacher's own classes, year by year, each with the ВПР written in it — the only results a
 * teacher opens (issue #18: a teacher sees their classes, not the whole school's).
 */
@Component
class MyClasses {

    /** A ВПР a class wrote: its title and the address of the class's results. */
    record Written(String title, String link) {}

    /** One class of the teacher in a subject, in a school year, with the ВПР it wrote. */
    record Line(int year, String classLabel, String subject, List<Written> vpr) {}

    record Page(@Nullable Teacher teacher, List<Line> lines) {}

    /** A primary class's teacher teaches these of the ВПР subjects. */
    private static final List<String> PRIMARY_SUBJECTS = List.of("RU", "MA", "OM");

    private final Teachers teachers;
    private final ClassAssignments assignments;
    private final Subjects subjects;
    private final SchoolResults results;

    private final org.springframework.context.MessageSource messages;

    MyClasses(
            Teachers teachers,
            ClassAssignments assignments,
            Subjects subjects,
            SchoolResults results,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.teachers = teachers;
        this.assignments = assignments;
        this.subjects = subjects;
        this.results = results;
    }

    /** The teacher's classes for Excel: school year, class, subject and the ВПР written. */
    ru.opora.shared.Table table(String username, java.util.Locale locale) {
        var page = of(username);
        var rows = new ArrayList<List<?>>();
        for (Line l : page.lines())
            rows.add(List.of(
                    l.year() + "/" + (l.year() + 1),
                    l.classLabel(),
                    l.subject(),
                    String.join("; ", l.vpr().stream().map(Written::title).toList())));
        return new ru.opora.shared.Table(
                page.teacher() == null ? "—" : page.teacher().fullName(),
                List.of(
                        messages.getMessage("people.schoolYear", null, locale),
                        messages.getMessage("people.class", null, locale),
                        messages.getMessage("people.subject", null, locale),
                        messages.getMessage("people.mine.vpr", null, locale)),
                rows);
    }

    Page of(String username) {
        var teacher = teachers.byAccount(username).orElse(null);
        if (teacher == null) return new Page(null, List.of());
        var lines = new ArrayList<Line>();
        for (int year : assignments.years(teacher.schoolId()))
            for (var a : assignments.of(teacher.schoolId(), year)) {
                if (!a.teacherId().equals(teacher.id())) continue;
                lines.add(new Line(year, a.classLabel(), subjects.name(a.subject()), written(teacher.schoolId(), a)));
            }
        return new Page(teacher, lines);
    }

    private List<Written> written(UUID schoolId, ClassAssignments.Assignment a) {
        Integer grade = grade(a.classLabel());
        if (grade == null) return List.of();
        var codes = a.subject().equals(ClassTeachersFromAssignments.PRIMARY) ? PRIMARY_SUBJECTS : List.of(a.subject());
        var written = new ArrayList<Written>();
        for (String code : codes)
            // the spring ВПР of the school year that began in a.year()
            results.vpr(a.year() + 1, code, grade)
                    .ifPresent(f -> written.add(new Written(
                            f.subjectName() + ", " + f.grade() + " класс, " + f.year(),
                            "/results/" + f.id() + "/schools/" + schoolId + "/classes/"
                                    + ClassTeachers.classKey(a.classLabel()))));
        return written;
    }

    private static @Nullable Integer grade(String classLabel) {
        var m = java.util.regex.Pattern.compile("^(\\d{1,2})").matcher(classLabel);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
