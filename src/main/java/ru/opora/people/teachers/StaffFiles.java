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
    private final Development development;

    /** The files of the teachers' development: instruments, diagnostic results, the course catalogue. */
    @Component
    record Development(
            ru.opora.people.diagnostics.Instruments instruments,
            ru.opora.people.diagnostics.DiagnosticResults diagnostics,
            ru.opora.people.courses.CourseCatalogue catalogue) {}

    StaffFiles(TeacherImport teachers, ClassAssignments classes, CourseCompletions courses, Development development) {
        this.teachers = teachers;
        this.classes = classes;
        this.courses = courses;
        this.development = development;
    }

    /** Loads one of the {@link #KINDS}; any other name is not found. */
    ImportReport load(String what, TabularImport.Upload upload, Scope scope, String actor) {
        return switch (what) {
            case "teachers" -> teachers.load(upload, scope, actor);
            case "classes" -> classes.load(upload, scope, actor);
            case "courses" -> courses.load(upload, scope, actor);
            case "instruments" -> development.instruments().load(upload, scope, actor);
            case "diagnostics" -> development.diagnostics().load(upload, scope, actor);
            case "course-catalogue" -> development.catalogue().load(upload, scope, actor);
            default -> throw new NotFound();
        };
    }

    /** The files by the names the pages and the API use. */
    static final List<String> KINDS =
            List.of("teachers", "classes", "courses", "instruments", "diagnostics", "course-catalogue");

    static List<Column> columns(String what) {
        return switch (what) {
            case "teachers" -> TeacherImport.COLUMNS;
            case "classes" -> ClassAssignments.COLUMNS;
            case "courses" -> CourseCompletions.COLUMNS;
            case "instruments" -> ru.opora.people.diagnostics.Instruments.COLUMNS;
            case "diagnostics" -> ru.opora.people.diagnostics.DiagnosticResults.COLUMNS;
            case "course-catalogue" -> ru.opora.people.courses.CourseCatalogue.COLUMNS;
            default -> throw new NotFound();
        };
    }

    static boolean known(String what) {
        return KINDS.contains(what);
    }
}
