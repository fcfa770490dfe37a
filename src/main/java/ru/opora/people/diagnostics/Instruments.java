package ru.opora.people.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.Scope;
import ru.opora.people.teachers.Subjects;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.ImportProblem;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.TabularImport;
import ru.opora.shared.importing.UniqueKeys;

/**
 * The region's diagnostic instruments, loaded from a structure file like an assessment's catalogue:
 * one row per item, the instrument's code, title, subject, kind and deficit threshold repeated on
 * each. An instrument that already has results keeps its items: a changed structure under the same
 * code would silently re-score past diagnostics, so it is refused.
 */
@Component
public class Instruments {

    static final Column CODE = Column.required("Код диагностики", "Диагностика");
    static final Column TITLE = Column.required("Название диагностики", "Название");
    static final Column SUBJECT = Column.required("Предмет");
    static final Column KIND = Column.optional("Вид", "Вид диагностики");
    static final Column THRESHOLD = Column.optional("Порог дефицита, %", "Порог дефицита");
    static final Column ITEM = Column.required("Задание", "Номер задания");
    static final Column MAX = Column.required("Макс. балл", "Максимальный балл");
    static final Column SKILL_CODE = Column.required("Код умения", "Код компетенции");
    static final Column SKILL = Column.required("Проверяемое умение", "Умение", "Компетенция");
    public static final List<Column> COLUMNS =
            List.of(CODE, TITLE, SUBJECT, KIND, THRESHOLD, ITEM, MAX, SKILL_CODE, SKILL);

    private final JdbcClient jdbc;
    private final Subjects subjects;
    private final AuditLog audit;
    private final int defaultThreshold;

    Instruments(
            JdbcClient jdbc,
            Subjects subjects,
            AuditLog audit,
            @Value("${opora.people.deficit-below:50}") int defaultThreshold) {
        this.jdbc = jdbc;
        this.subjects = subjects;
        this.audit = audit;
        this.defaultThreshold = defaultThreshold;
    }

    @RequiresPermission(Permission.PEOPLE_EDIT)
    @Transactional
    public ImportReport load(TabularImport.Upload upload, Scope scope, String actor) {
        if (!scope.isRegionWide()) return ImportReport.refused(upload.fileName(), ImportProblem.ofFile("PPL-E019", ""));
        var heads = new LinkedHashMap<String, Instrument>();
        var items = new LinkedHashMap<String, List<Instrument.Item>>();
        var seen = new UniqueKeys("PPL-E011");
        var reading = TabularImport.read(upload, COLUMNS, row -> read(row, heads, items, seen));
        var made = new ArrayList<Instrument>();
        heads.forEach((key, head) -> {
            var instrument = new Instrument(
                    head.id(),
                    head.code(),
                    head.title(),
                    head.subjectCode(),
                    head.kind(),
                    head.deficitBelow(),
                    items.getOrDefault(key, List.of()));
            var stored = find(scope.regionId(), head.code());
            if (stored.isPresent()
                    && hasResults(stored.get().id())
                    && !stored.get().items().equals(instrument.items()))
                reading.problems().add(new ImportProblem("PPL-E013", 0, CODE.header(), head.code(), ""));
            made.add(instrument);
        });
        var report =
                reading.as(made).commit(rows -> ImportReport.Tally.sum(rows, i -> save(i, scope.regionId(), actor)));
        audit.recordImport(actor, "DIAGNOSTIC_INSTRUMENTS", report);
        return report;
    }

    /** One row of the structure file: the instrument's head (the same on each of its rows) and one item. */
    private @org.jspecify.annotations.Nullable String read(
            ru.opora.shared.importing.Row row,
            Map<String, Instrument> heads,
            Map<String, List<Instrument.Item>> items,
            UniqueKeys seen) {
        String code = row.text(CODE, 50);
        String title = row.text(TITLE, 300);
        String subject =
                row.choice(SUBJECT, s -> subjects.find(s).map(Subjects.Subject::code), "PPL-E002", subjects.names());
        Instrument.Kind kind = row.choice(KIND, Instruments::kind, "PPL-E012", "предметная, методическая");
        Integer threshold = row.integer(THRESHOLD, 1, 100);
        String item = row.text(ITEM, 20);
        Integer max = row.integer(MAX, 1, 100);
        String skillCode = row.text(SKILL_CODE, 50);
        String skill = row.text(SKILL, 500);
        if (code != null && item != null) seen.add(row, ITEM, code.toLowerCase(Locale.ROOT) + " " + item);
        if (!row.ok()
                || code == null
                || title == null
                || subject == null
                || item == null
                || max == null
                || skillCode == null
                || skill == null) return null;
        var head = new Instrument(
                UUID.randomUUID(),
                code,
                title,
                subject,
                kind == null ? Instrument.Kind.SUBJECT : kind,
                threshold == null ? defaultThreshold : threshold,
                List.of());
        var first = heads.putIfAbsent(code.toLowerCase(Locale.ROOT), head);
        if (first != null && !sameHead(first, head)) {
            row.problem(
                    "PPL-E010",
                    TITLE,
                    title,
                    first.title() + ", " + subjects.name(first.subjectCode()) + ", " + first.deficitBelow() + " %");
            return null;
        }
        items.computeIfAbsent(code.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(new Instrument.Item(item, max, skillCode, skill));
        return code;
    }

    private static boolean sameHead(Instrument a, Instrument b) {
        return a.title().equals(b.title())
                && a.subjectCode().equals(b.subjectCode())
                && a.kind() == b.kind()
                && a.deficitBelow() == b.deficitBelow();
    }

    static Optional<Instrument.Kind> kind(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "предметная", "предметные компетенции" -> Optional.of(Instrument.Kind.SUBJECT);
            case "методическая", "методические компетенции" -> Optional.of(Instrument.Kind.METHODICAL);
            default -> Optional.empty();
        };
    }

    /** Saves an instrument under its code in the region, replacing its head and items. */
    public ImportReport.Tally save(Instrument i, UUID regionId, String actor) {
        var stored = find(regionId, i.code());
        UUID id = stored.map(Instrument::id).orElse(i.id());
        if (stored.isPresent()) {
            jdbc.sql(
                            "update people.instrument set title = ?, subject_code = ?, kind = ?, deficit_below = ? where id = ?")
                    .params(i.title(), i.subjectCode(), i.kind().name(), i.deficitBelow(), id)
                    .update();
            jdbc.sql("delete from people.instrument_item where instrument_id = ?")
                    .param(id)
                    .update();
        } else {
            jdbc.sql("""
                            insert into people.instrument (id, region_id, code, title, subject_code, kind, deficit_below, created_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            regionId,
                            i.code(),
                            i.title(),
                            i.subjectCode(),
                            i.kind().name(),
                            i.deficitBelow(),
                            actor)
                    .update();
        }
        for (int p = 0; p < i.items().size(); p++) {
            var item = i.items().get(p);
            jdbc.sql("""
                            insert into people.instrument_item (instrument_id, position, number, max_score, skill_code, skill)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(id, p, item.number(), item.maxScore(), item.skillCode(), item.skill())
                    .update();
        }
        if (stored.isEmpty()) return new ImportReport.Tally(1, 0, 0);
        return stored.get().equals(i.withId(id)) ? new ImportReport.Tally(0, 0, 1) : new ImportReport.Tally(0, 1, 0);
    }

    public Optional<Instrument> find(UUID regionId, String code) {
        return jdbc.sql("select id from people.instrument where region_id = ? and lower(code) = lower(?)")
                .params(regionId, code.strip())
                .query(UUID.class)
                .optional()
                .map(this::byId);
    }

    /** The region's instruments, by code. */
    public Map<String, Instrument> inRegion(UUID regionId) {
        var result = new LinkedHashMap<String, Instrument>();
        jdbc.sql("select id from people.instrument where region_id = ? order by code")
                .param(regionId)
                .query(UUID.class)
                .list()
                .forEach(id -> {
                    var i = byId(id);
                    result.put(i.code().toLowerCase(Locale.ROOT), i);
                });
        return result;
    }

    Instrument byId(UUID id) {
        var items = jdbc.sql("""
                        select number, max_score, skill_code, skill from people.instrument_item
                        where instrument_id = ? order by position""")
                .param(id)
                .query((rs, n) -> new Instrument.Item(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .list();
        return jdbc.sql("select code, title, subject_code, kind, deficit_below from people.instrument where id = ?")
                .param(id)
                .query((rs, n) -> new Instrument(
                        id,
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        Instrument.Kind.valueOf(rs.getString(4)),
                        rs.getInt(5),
                        items))
                .single();
    }

    private boolean hasResults(UUID id) {
        return jdbc.sql("select exists (select 1 from people.diagnostic_score where instrument_id = ?)")
                .param(id)
                .query(Boolean.class)
                .single();
    }
}
