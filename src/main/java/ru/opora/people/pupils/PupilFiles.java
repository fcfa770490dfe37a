package ru.opora.people.pupils;

import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.Scope;
import ru.opora.shared.NotFound;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.Header;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.TabularImport;

/**
 * The two files about pupils a school or a municipality loads: attendance by quarter and the codes
 * pupils got in a later year. Neither takes names: above the school a file with a column of names is
 * refused whole, so that names never travel to a level that must not see them; a school's own file
 * may carry one, and it is not read (the school names its pupils on its page).
 */
@Component
class PupilFiles {

    /** A column of pupils' names, recognised only to refuse it above the school. */
    static final Column NAME = Column.optional(
            "ФИО", "ФИО обучающегося", "Фамилия, имя, отчество", "Фамилия", "Имя", "Отчество", "Обучающийся", "Ученик");

    static final List<String> KINDS = List.of("attendance", "code-map");

    private final AttendanceImport attendance;
    private final CodeMapImport codes;

    PupilFiles(AttendanceImport attendance, CodeMapImport codes) {
        this.attendance = attendance;
        this.codes = codes;
    }

    ImportReport load(String what, TabularImport.Upload upload, Scope scope, String actor) {
        return switch (what) {
            case "attendance" -> attendance.load(upload, scope, actor);
            case "code-map" -> codes.load(upload, scope, actor);
            default -> throw new NotFound();
        };
    }

    static List<Column> columns(String what) {
        return switch (what) {
            case "attendance" -> AttendanceImport.COLUMNS;
            case "code-map" -> CodeMapImport.COLUMNS;
            default -> throw new NotFound();
        };
    }

    /** The reader, once the header shows no column of names where names must not go. */
    static <R> Function<Header, TabularImport.RowReader<R>> withoutNames(
            Scope scope, TabularImport.RowReader<R> reader) {
        return header -> {
            if (header.has(NAME) && !atOneSchool(scope))
                header.problem("PPL-E020", header.text(header.index(NAME).orElseThrow()), "", "");
            return reader;
        };
    }

    private static boolean atOneSchool(Scope scope) {
        var paths = scope.sortedPaths();
        return paths.size() == 1 && paths.getFirst().kind() == OrgUnitKind.SCHOOL;
    }
}
