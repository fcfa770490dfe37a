package ru.opora.people.pupils;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.assessments.PupilWorks;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.TabularImport;

/**
 * The codes a school's pupils got in a later year (participant codes are often issued anew each
 * year), all or nothing: the earlier code must be one Opora holds for the school, and one new code
 * belongs to one pupil — a mapping of two pupils to one code would merge two children's results.
 * Loading it re-measures the school's routes.
 */
@Component
class CodeMapImport {

    static final Column SCHOOL = Column.required("Код ОО");
    static final Column YEAR = Column.required("Год нового кода", "Год");
    static final Column OLD = Column.required("Прежний код участника", "Прежний код");
    static final Column NEW = Column.required("Новый код участника", "Новый код");
    static final List<Column> COLUMNS = List.of(SCHOOL, YEAR, OLD, NEW, PupilFiles.NAME);

    record Mapping(OrgUnitRef school, int year, String oldCode, String newCode) {}

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;
    private final PupilWorks works;
    private final RouteMeasures measures;
    private final AuditLog audit;

    CodeMapImport(JdbcClient jdbc, OrgUnits orgUnits, PupilWorks works, RouteMeasures measures, AuditLog audit) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.works = works;
        this.measures = measures;
        this.audit = audit;
    }

    @RequiresPermission(Permission.PUPILS_IMPORT)
    @Transactional
    ImportReport load(TabularImport.Upload upload, Scope scope, String actor) {
        var schools = orgUnits.schoolsByCode(scope);
        var known = new HashMap<UUID, Set<String>>();
        var takenNew = new HashMap<String, Integer>();
        var takenOld = new HashMap<String, Integer>();
        var existing = new HashMap<UUID, Map<Integer, Map<String, String>>>();
        var reading = TabularImport.read(
                upload,
                COLUMNS,
                PupilFiles.withoutNames(scope, row -> {
                    OrgUnitRef school = row.reference(SCHOOL, schools);
                    Integer year = row.integer(YEAR, 2000, 2100);
                    String oldCode = row.text(OLD, 50);
                    String newCode = row.text(NEW, 50);
                    if (school == null || year == null || oldCode == null || newCode == null) return null;
                    if (!known.computeIfAbsent(school.id(), works::codes).contains(oldCode))
                        row.problem("PPL-E021", OLD, oldCode, school.name());
                    String at = school.id() + "|" + year + "|";
                    Integer first = takenNew.putIfAbsent(at + newCode, row.number());
                    if (first != null) row.problem("PPL-E024", NEW, newCode, String.valueOf(first));
                    Integer firstOld = takenOld.putIfAbsent(at + oldCode, row.number());
                    if (firstOld != null) row.problem("PPL-E025", OLD, oldCode, String.valueOf(firstOld));
                    var stored = existing.computeIfAbsent(school.id(), measures::codeMaps)
                            .getOrDefault(year, Map.of());
                    stored.forEach((o, n) -> {
                        if (n.equals(newCode) && !o.equals(oldCode)) row.problem("PPL-E026", NEW, newCode, o);
                    });
                    return row.ok() ? new Mapping(school, year, oldCode, newCode) : null;
                }),
                done -> {});
        var touched = new HashSet<UUID>();
        var report = reading.commit(rows -> ImportReport.Tally.sum(rows, m -> {
            touched.add(m.school().id());
            int replaced =
                    jdbc.sql("""
                            delete from people.pupil_code_map where school_id = ? and year = ? and old_code = ?""").params(m.school().id(), m.year(), m.oldCode()).update();
            jdbc.sql("""
                            insert into people.pupil_code_map (school_id, school_path, year, old_code, new_code, created_by)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(m.school().id(), m.school().path().value(), m.year(), m.oldCode(), m.newCode(), actor)
                    .update();
            return replaced > 0 ? new ImportReport.Tally(0, 1, 0) : new ImportReport.Tally(1, 0, 0);
        }));
        new ArrayList<>(touched).forEach(measures::remeasure);
        audit.recordImport(actor, "PUPIL_CODE_MAP", report);
        return report;
    }
}
