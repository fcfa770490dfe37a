package ru.opora.risk.profiles;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.Level;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.TabularImport;
import ru.opora.shared.importing.UniqueKeys;

/** Ready-made risk levels from ФИС ОКО, loaded all or nothing; they override the computed ones. */
@Component
class LevelImports {

    static final Column SCHOOL = Column.required("Код ОО");
    static final Column YEAR = Column.required("Год");
    static final Column FACTOR = Column.required("Фактор");
    static final Column LEVEL = Column.required("Уровень");
    static final List<Column> COLUMNS = List.of(SCHOOL, YEAR, FACTOR, LEVEL);

    private record Entry(OrgUnitRef school, int year, String factor, Level level) {}

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;
    private final AuditLog audit;

    LevelImports(JdbcClient jdbc, OrgUnits orgUnits, AuditLog audit) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.audit = audit;
    }

    /** Columns: school, cohort year, factor code, level (HIGH/MEDIUM/LOW/NONE or высокий/средний/низкий/нет). */
    @RequiresPermission(Permission.RULES_EDIT)
    @Transactional
    ImportReport load(TabularImport.Upload upload, Scope scope, int year, List<String> factorCodes, String actor) {
        var schools = orgUnits.schoolsByCode(scope);
        var seen = new UniqueKeys("IDN-E004");
        var reading = TabularImport.read(upload, COLUMNS, row -> {
            var school = row.reference(SCHOOL, schools);
            Integer fileYear = row.integer(YEAR, year, year);
            String factor = row.choice(
                    FACTOR,
                    f -> Optional.of(f.toUpperCase(Locale.ROOT)).filter(factorCodes::contains),
                    "RSK-E007",
                    String.join(", ", factorCodes));
            Level level = row.choice(LEVEL, LevelImports::level, "RSK-E008", "");
            seen.add(row, FACTOR, row.text(SCHOOL) + "|" + row.text(FACTOR).toUpperCase(Locale.ROOT));
            if (!row.ok() || school == null || fileYear == null || factor == null || level == null) return null;
            return new Entry(school, fileYear, factor, level);
        });
        var report = reading.commit(rows -> ImportReport.Tally.sum(rows, e -> upsert(e, actor)));
        audit.recordImport(actor, "RISK_LEVELS", report);
        return report;
    }

    private ImportReport.Tally upsert(Entry e, String actor) {
        return ImportReport.Tally.ofUpsert(jdbc.sql("""
                        insert into risk.imported_level (school_id, school_path, cohort_year, factor_code, level, imported_by)
                        values (?, ?, ?, ?, ?, ?) on conflict (school_id, cohort_year, factor_code)
                        do update set level = excluded.level, imported_by = excluded.imported_by, imported_at = now()
                        where imported_level.level is distinct from excluded.level
                        returning xmax = 0""")
                .params(
                        e.school().id(),
                        e.school().path(),
                        e.year(),
                        e.factor(),
                        e.level().name(),
                        actor)
                .query(Boolean.class)
                .optional());
    }

    static Optional<Level> level(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "high", "высокий" -> Optional.of(Level.HIGH);
            case "medium", "средний" -> Optional.of(Level.MEDIUM);
            case "low", "низкий" -> Optional.of(Level.LOW);
            case "none", "нет", "отсутствует" -> Optional.of(Level.NONE);
            default -> Optional.empty();
        };
    }
}
