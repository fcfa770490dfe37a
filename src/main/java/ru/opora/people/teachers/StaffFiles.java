package ru.opora.people.teachers;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.Scope;
import ru.opora.people.courses.CourseCompletions;
import ru.opora.shared.NotFound;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.TabularImport;

/** The three files a school or a methodist loads, by the name the pages and the API use for them. */
@Component
class StaffFiles {

    private final TeacherImport teachers;
    private final ClassAssignments classes;
    private final CourseCompletions courses;

    StaffFiles(TeacherImport teachers, ClassAssignments classes, CourseCompletions courses) {
        this.teachers = teachers;
        this.classes = classes;
        this.courses = courses;
    }

    /** Loads {@code teachers}, {@code classes} or {@code courses}; any other name is not found. */
    ImportReport load(String what, TabularImport.Upload upload, Scope scope, String actor) {
        return switch (what) {
            case "teachers" -> teachers.load(upload, scope, actor);
            case "classes" -> classes.load(upload, scope, actor);
            case "courses" -> courses.load(upload, scope, actor);
            default -> throw new NotFound();
        };
    }

    static List<Column> columns(String what) {
        return switch (what) {
            case "teachers" -> TeacherImport.COLUMNS;
            case "classes" -> ClassAssignments.COLUMNS;
            case "courses" -> CourseCompletions.COLUMNS;
            default -> throw new NotFound();
        };
    }

    static boolean known(String what) {
        return List.of("teachers", "classes", "courses").contains(what);
    }
}
