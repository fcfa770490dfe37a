package ru.opora.people.diagnostics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.people.teachers.Staffing;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.TabularImport;
import ru.opora.shared.importing.UniqueKeys;

/**
 * Teachers' diagnostic results, one row per teacher × item, all or nothing: the teacher one of the
 * school's, the instrument one of the region's, the item one of the instrument's and the score
 * within its maximum. After the scores are written each diagnostic's per-skill results — and its
 * deficits — are derived from them in one statement, so a page never re-scores.
 */
@Component
public class DiagnosticResults {

    static final Column SCHOOL = Column.required("Код ОО");
    static final Column TEACHER = Column.required("Учитель", "ФИО", "Педагог");
    static final Column INSTRUMENT = Column.required("Код диагностики", "Диагностика");
    static final Column DATE = Column.required("Дата", "Дата проведения");
    static final Column ITEM = Column.required("Задание", "Номер задания");
    static final Column SCORE = Column.required("Балл");
    public static final List<Column> COLUMNS = List.of(SCHOOL, TEACHER, INSTRUMENT, DATE, ITEM, SCORE);

    /** One diagnostic of one teacher: what the per-skill results are derived for. */
    record Taken(UUID instrument, UUID teacher, LocalDate date) {}

    private record Entry(Taken taken, String item, int score) {}

    private final JdbcClient jdbc;
    private final Staffing staffing;
    private final OrgUnits orgUnits;
    private final Instruments instruments;
    private final AuditLog audit;

    DiagnosticResults(JdbcClient jdbc, Staffing staffing, OrgUnits orgUnits, Instruments instruments, AuditLog audit) {
        this.jdbc = jdbc;
        this.staffing = staffing;
        this.orgUnits = orgUnits;
        this.instruments = instruments;
        this.audit = audit;
    }

    @RequiresPermission(Permission.PEOPLE_EDIT)
    @Transactional
    public ImportReport load(TabularImport.Upload upload, Scope scope, String actor) {
        var schools = orgUnits.schoolsByCode(scope);
        var names = new HashMap<UUID, Map<String, UUID>>();
        var known = instruments.inRegion(scope.regionId());
        var seen = new UniqueKeys("PPL-E017");
        var reading = TabularImport.read(upload, COLUMNS, row -> {
            OrgUnitRef school = row.reference(SCHOOL, schools);
            String teacherName = row.text(TEACHER, 200);
            UUID teacher = null;
            if (school != null && teacherName != null) {
                teacher = staffing.byName(names, school.id(), teacherName);
                if (teacher == null) row.problem("PPL-E006", TEACHER, teacherName, school.code());
            }
            String code = row.text(INSTRUMENT, 50);
            Instrument instrument = code == null ? null : known.get(code.toLowerCase(java.util.Locale.ROOT));
            if (code != null && instrument == null)
                row.problem(
                        "PPL-E014",
                        INSTRUMENT,
                        code,
                        String.join(
                                ", ",
                                known.values().stream().map(Instrument::code).toList()));
            LocalDate date = row.date(DATE);
            String number = row.text(ITEM, 20);
            Instrument.Item item = null;
            if (instrument != null && number != null) {
                item = instrument.item(number).orElse(null);
                if (item == null)
                    row.problem("PPL-E015", ITEM, number, instrument.code() + ": " + instrument.numbers());
            }
            Integer score = row.integer(SCORE, 0, 100);
            if (item != null && score != null && score > item.maxScore())
                row.problem("PPL-E016", SCORE, "" + score, item.number() + " — " + item.maxScore());
            if (code != null && number != null && teacherName != null)
                seen.add(row, ITEM, row.text(SCHOOL) + " " + teacherName + " " + code + " " + date + " " + number);
            if (!row.ok() || teacher == null || instrument == null || date == null || item == null || score == null)
                return null;
            return new Entry(new Taken(instrument.id(), teacher, date), item.number(), score);
        });
        var report = reading.commit(rows -> write(rows, actor));
        audit.recordImport(actor, "TEACHER_DIAGNOSTICS", report);
        return report;
    }

    private ImportReport.Tally write(List<Entry> rows, String actor) {
        var tally = ImportReport.Tally.sum(
                rows,
                e -> ImportReport.Tally.ofUpsert(jdbc.sql("""
                        insert into people.diagnostic_score (instrument_id, teacher_id, taken_on, item_number, score, updated_by)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (instrument_id, teacher_id, taken_on, item_number) do update set score = excluded.score,
                            updated_by = excluded.updated_by, updated_at = now()
                        where diagnostic_score.score is distinct from excluded.score
                        returning xmax = 0""")
                        .params(
                                e.taken().instrument(),
                                e.taken().teacher(),
                                e.taken().date(),
                                e.item(),
                                e.score(),
                                actor)
                        .query(Boolean.class)
                        .optional()));
        Set<Taken> taken = new LinkedHashSet<>();
        rows.forEach(e -> taken.add(e.taken()));
        taken.forEach(this::derive);
        return tally;
    }

    /** Scores of one diagnostic, written by Opora itself (the demo region), by item number. */
    public void record(UUID instrument, UUID teacher, LocalDate date, Map<String, Integer> scores, String actor) {
        scores.forEach((item, score) -> jdbc.sql("""
                        insert into people.diagnostic_score (instrument_id, teacher_id, taken_on, item_number, score, updated_by)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(instrument, teacher, date, item, score, actor)
                .update());
        derive(new Taken(instrument, teacher, date));
    }

    /** The diagnostic's points per skill, and whether each is below the instrument's threshold. */
    private void derive(Taken t) {
        jdbc.sql("delete from people.diagnostic_skill where instrument_id = ? and teacher_id = ? and taken_on = ?")
                .params(t.instrument(), t.teacher(), t.date())
                .update();
        jdbc.sql("""
                        insert into people.diagnostic_skill (instrument_id, teacher_id, taken_on, school_id, school_path,
                            subject_code, skill_code, skill, points, max_points, deficit)
                        select s.instrument_id, s.teacher_id, s.taken_on, t.school_id, t.school_path, i.subject_code,
                            it.skill_code, min(it.skill), sum(s.score), sum(it.max_score),
                            sum(s.score) * 100 < i.deficit_below * sum(it.max_score)
                        from people.diagnostic_score s
                        join people.instrument i on i.id = s.instrument_id
                        join people.instrument_item it on it.instrument_id = s.instrument_id and it.number = s.item_number
                        join people.teacher t on t.id = s.teacher_id
                        where s.instrument_id = ? and s.teacher_id = ? and s.taken_on = ?
                        group by s.instrument_id, s.teacher_id, s.taken_on, t.school_id, t.school_path, i.subject_code,
                            it.skill_code, i.deficit_below""").params(t.instrument(), t.teacher(), t.date()).update();
    }
}
