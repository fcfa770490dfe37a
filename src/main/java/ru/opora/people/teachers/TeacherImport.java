package ru.opora.people.teachers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
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
import ru.opora.shared.importing.Row;
import ru.opora.shared.importing.TabularImport;
import ru.opora.shared.importing.UniqueKeys;

/**
 * A file of teachers (XLSX or CSV), all or nothing: a school in the reader's scope, a name once per
 * school, subjects Opora knows, a category, experience and age as numbers. A teacher already known
 * by the name is updated; the age is kept only as its group.
 */
@Component
class TeacherImport {

    static final Column SCHOOL = Column.required("Код ОО");
    static final Column NAME = Column.required("ФИО", "Фамилия, имя, отчество", "Педагог");
    static final Column SUBJECTS = Column.required("Предметы", "Предмет");
    static final Column CATEGORY = Column.optional("Категория", "Квалификационная категория");
    static final Column EXPERIENCE = Column.optional("Стаж, лет", "Педагогический стаж", "Стаж");
    static final Column AGE = Column.optional("Возраст, лет", "Возраст");
    static final Column POSITION = Column.optional("Должность");
    static final Column EMAIL = Column.optional("Рабочая почта", "Электронная почта", "E-mail");
    static final List<Column> COLUMNS = List.of(SCHOOL, NAME, SUBJECTS, CATEGORY, EXPERIENCE, AGE, POSITION, EMAIL);

    private final Teachers teachers;
    private final Subjects subjects;
    private final OrgUnits orgUnits;
    private final AuditLog audit;

    TeacherImport(Teachers teachers, Subjects subjects, OrgUnits orgUnits, AuditLog audit) {
        this.teachers = teachers;
        this.subjects = subjects;
        this.orgUnits = orgUnits;
        this.audit = audit;
    }

    @RequiresPermission(Permission.PEOPLE_EDIT)
    @Transactional
    ImportReport load(TabularImport.Upload upload, Scope scope, String actor) {
        var schools = orgUnits.schoolsByCode(scope);
        var seen = new UniqueKeys("PPL-E001");
        var reading = TabularImport.read(upload, COLUMNS, row -> {
            OrgUnitRef school = row.reference(SCHOOL, schools);
            String typed = row.text(NAME, 200);
            String name = typed == null ? null : Teacher.normalName(typed);
            var taught = subjects(row);
            var category = row.choice(CATEGORY, TeacherImport::category, "PPL-E003", "без категории, первая, высшая");
            Integer experience = row.integer(EXPERIENCE, 0, 70);
            Integer age = row.integer(AGE, 18, 90);
            String position = row.text(POSITION, 200);
            String email = row.text(EMAIL, 200);
            if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))
                row.problem("PPL-E004", EMAIL, email, "");
            if (name != null) seen.add(row, NAME, row.text(SCHOOL) + " " + name.toLowerCase(Locale.ROOT));
            if (!row.ok() || school == null || name == null) return null;
            return new Teacher(
                    UUID.randomUUID(),
                    school.id(),
                    school.path(),
                    name,
                    taught,
                    category == null ? Teacher.Category.NONE : category,
                    experience,
                    age == null ? null : Teacher.AgeGroup.of(age),
                    position == null ? "" : position,
                    email,
                    null);
        });
        var report = reading.commit(rows -> ImportReport.Tally.sum(
                rows,
                t -> teachers.upsert(t, actor) ? new ImportReport.Tally(1, 0, 0) : new ImportReport.Tally(0, 1, 0)));
        audit.recordImport(actor, "TEACHERS", report);
        return report;
    }

    /** The subjects of the cell, separated by commas or semicolons; each one must be known. */
    private List<String> subjects(Row row) {
        var codes = new ArrayList<String>();
        for (String part : row.text(SUBJECTS).split("[,;]")) {
            if (part.isBlank()) continue;
            var subject = subjects.find(part);
            if (subject.isEmpty()) row.problem("PPL-E002", SUBJECTS, part.strip(), subjects.names());
            else if (!codes.contains(subject.get().code()))
                codes.add(subject.get().code());
        }
        return codes;
    }

    static Optional<Teacher.Category> category(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "нет", "без категории", "соответствие занимаемой должности", "сзд" ->
                Optional.of(Teacher.Category.NONE);
            case "первая", "1", "первая категория" -> Optional.of(Teacher.Category.FIRST);
            case "высшая", "высшая категория" -> Optional.of(Teacher.Category.HIGHEST);
            default -> Optional.empty();
        };
    }
}
