package ru.opora.people.pupils;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.assessments.ClassTeachers;
import ru.opora.assessments.PupilWorks;
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
 * Unexcused absences by quarter from a school's journal, all or nothing: each pupil by a code Opora
 * holds for the school, never more absences than lessons. Loading it may end a pupil's inclusion
 * as an absentee (two quarters in a row without the condition).
 */
@Component
class AttendanceImport {

    static final Column SCHOOL = Column.required("Код ОО");
    static final Column CODE = Column.required("Код участника", "Код обучающегося");
    static final Column CLASS = Column.required("Класс");
    static final Column YEAR = Column.required("Учебный год");
    static final Column QUARTER = Column.required("Четверть");
    static final Column LESSONS = Column.required("Уроков по расписанию", "Уроков всего", "Уроков");
    static final Column UNEXCUSED = Column.required("Пропущено без уважительной причины", "Пропущено без уважительной");
    static final List<Column> COLUMNS =
            List.of(SCHOOL, CODE, CLASS, YEAR, QUARTER, LESSONS, UNEXCUSED, PupilFiles.NAME);

    private static final Pattern SCHOOL_YEAR = Pattern.compile("(20\\d\\d)(?:\\s*[/-]\\s*(?:20)?\\d\\d)?");

    record Line(OrgUnitRef school, String code, String classLabel, int year, int quarter, int lessons, int unexcused) {}

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;
    private final PupilWorks works;
    private final Absentees absentees;
    private final AuditLog audit;

    AttendanceImport(JdbcClient jdbc, OrgUnits orgUnits, PupilWorks works, Absentees absentees, AuditLog audit) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.works = works;
        this.absentees = absentees;
        this.audit = audit;
    }

    @RequiresPermission(Permission.PUPILS_IMPORT)
    @Transactional
    ImportReport load(TabularImport.Upload upload, Scope scope, String actor) {
        var schools = orgUnits.schoolsByCode(scope);
        var known = new HashMap<UUID, Set<String>>();
        var seen = new UniqueKeys("PPL-E027");
        var reading = TabularImport.read(
                upload,
                COLUMNS,
                PupilFiles.withoutNames(scope, row -> {
                    OrgUnitRef school = row.reference(SCHOOL, schools);
                    String code = row.text(CODE, 50);
                    String classLabel = row.text(CLASS, 10);
                    Integer year = schoolYear(row);
                    Integer quarter = row.integer(QUARTER, 1, 4);
                    Integer lessons = row.integer(LESSONS, 1, 400);
                    Integer unexcused = row.integer(UNEXCUSED, 0, 400);
                    if (school != null
                            && code != null
                            && !known.computeIfAbsent(school.id(), this::codes).contains(code))
                        row.problem("PPL-E021", CODE, code, school.name());
                    if (lessons != null && unexcused != null && unexcused > lessons)
                        row.problem("PPL-E022", UNEXCUSED, String.valueOf(unexcused), String.valueOf(lessons));
                    if (school != null && code != null && year != null && quarter != null)
                        seen.add(row, CODE, school.id() + "|" + code + "|" + year + "|" + quarter);
                    if (!row.ok()
                            || school == null
                            || code == null
                            || classLabel == null
                            || year == null
                            || quarter == null
                            || lessons == null
                            || unexcused == null) return null;
                    return new Line(
                            school, code, ClassTeachers.classKey(classLabel), year, quarter, lessons, unexcused);
                }),
                done -> {});
        var touched = new HashSet<OrgUnitRef>();
        var report = reading.commit(rows -> {
            rows.forEach(l -> touched.add(l.school()));
            var tally = ImportReport.Tally.NONE;
            for (int from = 0; from < rows.size(); from += CHUNK)
                tally = tally.plus(write(rows.subList(from, Math.min(rows.size(), from + CHUNK)), actor));
            return tally;
        });
        for (OrgUnitRef school : touched) absentees.excludeRecovered(school, actor);
        audit.recordImport(actor, "ATTENDANCE", report);
        return report;
    }

    /** Rows written per statement: a region's file of 100,000 pupil-quarters in fifty statements. */
    static final int CHUNK = 2000;

    /** Pupils' quarters, each replacing what an earlier file said of it, in one statement; added and replaced. */
    private ImportReport.Tally write(List<Line> lines, String actor) {
        int n = lines.size();
        var schools = new UUID[n];
        String[] paths = new String[n], codes = new String[n], classes = new String[n];
        Integer[] years = new Integer[n],
                quarters = new Integer[n],
                lessons = new Integer[n],
                unexcused = new Integer[n];
        for (int i = 0; i < n; i++) {
            var l = lines.get(i);
            schools[i] = l.school().id();
            paths[i] = l.school().path().value();
            codes[i] = l.code();
            classes[i] = l.classLabel();
            years[i] = l.year();
            quarters[i] = l.quarter();
            lessons[i] = l.lessons();
            unexcused[i] = l.unexcused();
        }
        var inserted = jdbc.sql("""
                        insert into people.attendance (school_id, school_path, participant_code, class_label, school_year,
                            quarter, lessons, unexcused, loaded_by)
                        select r.school_id, r.school_path, r.code, r.class_label, r.school_year, r.quarter, r.lessons,
                               r.unexcused, ?
                          from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::int[], ?::int[], ?::int[], ?::int[])
                               as r (school_id, school_path, code, class_label, school_year, quarter, lessons, unexcused)
                        on conflict (school_id, participant_code, school_year, quarter) do update
                           set school_path = excluded.school_path, class_label = excluded.class_label,
                               lessons = excluded.lessons, unexcused = excluded.unexcused,
                               loaded_by = excluded.loaded_by, loaded_at = now()
                        returning xmax = 0""")
                .params(actor, schools, paths, codes, classes, years, quarters, lessons, unexcused)
                .query(Boolean.class)
                .list();
        int added = (int) inserted.stream().filter(Boolean::booleanValue).count();
        return new ImportReport.Tally(added, n - added, 0);
    }

    /** The pupils Opora knows at the school: from its results, and those it already listed at risk. */
    private Set<String> codes(UUID school) {
        var codes = works.codes(school);
        codes.addAll(jdbc.sql("select distinct participant_code from people.at_risk_pupil where school_id = ?")
                .param(school)
                .query(String.class)
                .list());
        return codes;
    }

    /** «2025/26», «2025/2026», «2025-2026» or «2025»: the year the school year began. */
    private static @Nullable Integer schoolYear(Row row) {
        String text = row.required(YEAR);
        if (text.isBlank()) return null;
        var m = SCHOOL_YEAR.matcher(text.strip());
        if (!m.matches()) {
            row.problem("PPL-E023", YEAR, text, "");
            return null;
        }
        return Integer.parseInt(m.group(1));
    }
}
