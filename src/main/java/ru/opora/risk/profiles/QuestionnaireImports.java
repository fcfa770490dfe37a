package ru.opora.risk.profiles;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.Item;
import ru.opora.risk.engine.Questionnaire;
import ru.opora.risk.engine.QuestionnaireKind;
import ru.opora.risk.engine.ResponseTally;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.Header;
import ru.opora.shared.importing.ImportReport;
import ru.opora.shared.importing.Row;
import ru.opora.shared.importing.TabularImport;
import ru.opora.shared.importing.UniqueKeys;
import tools.jackson.databind.json.JsonMapper;

/**
 * A questionnaire's data loaded by the region, all or nothing: per-school aggregates, or raw
 * responses tallied while reading and never kept (decision 0011). A file replaces the earlier data of
 * its schools. The questionnaire's own columns are named by its variables or item codes.
 */
@Component
class QuestionnaireImports {

    static final Column SCHOOL = Column.required("Код ОО");
    static final Column RESPONDENTS = Column.required("Ответили");
    static final Column EXPECTED = Column.required("Ожидалось");
    static final Column RESPONDENT = Column.required("Код респондента");

    /** One school's answers as they will be stored. */
    record Summary(
            OrgUnitRef school, int respondents, @Nullable Integer expected, Map<String, Double> aggregates) {}

    private final JdbcClient jdbc;
    private final OrgUnits orgUnits;
    private final JsonMapper json;
    private final AuditLog audit;

    QuestionnaireImports(JdbcClient jdbc, OrgUnits orgUnits, JsonMapper json, AuditLog audit) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.json = json;
        this.audit = audit;
    }

    /** Columns: school, respondents, expected, then any of the questionnaire's variables. */
    @RequiresPermission(Permission.RULES_EDIT)
    @Transactional
    ImportReport aggregates(TabularImport.Upload upload, Scope scope, int year, Questionnaire q, String actor) {
        var schools = orgUnits.schoolsByCode(scope);
        var seen = new UniqueKeys("RSK-E005");
        var reading = TabularImport.read(
                upload,
                List.of(SCHOOL, RESPONDENTS, EXPECTED),
                header -> {
                    var variables = variables(header, q);
                    return row -> {
                        var school = row.reference(SCHOOL, schools);
                        seen.add(row, SCHOOL, row.text(SCHOOL));
                        Integer respondents = row.integer(RESPONDENTS, 0, 100_000);
                        Integer expected = row.integer(EXPECTED, 0, 100_000);
                        var values = values(row, variables);
                        if (!row.ok() || school == null || respondents == null) return null;
                        return new Summary(school, respondents, expected, values);
                    };
                },
                done -> {});
        return save(reading, year, q.kind(), "AGGREGATES", actor);
    }

    /** Columns: school, respondent code, then item codes; one row per respondent. */
    @RequiresPermission(Permission.RULES_EDIT)
    @Transactional
    ImportReport responses(TabularImport.Upload upload, Scope scope, int year, Questionnaire q, String actor) {
        var schools = orgUnits.schoolsByCode(scope);
        var seen = new UniqueKeys("RSK-E004");
        var tallies = new LinkedHashMap<OrgUnitRef, ResponseTally>();
        var reading = TabularImport.read(
                upload,
                List.of(SCHOOL, RESPONDENT),
                header -> {
                    var items = items(header, q);
                    return row -> {
                        var school = row.reference(SCHOOL, schools);
                        String respondent = row.required(RESPONDENT);
                        if (!respondent.isEmpty()) seen.add(row, RESPONDENT, row.text(SCHOOL) + "|" + respondent);
                        var answers = answers(row, items);
                        if (!row.ok() || school == null) return null;
                        tallies.computeIfAbsent(school, s -> new ResponseTally(q))
                                .add(answers);
                        return school;
                    };
                },
                done -> {});
        var students = new HashMap<UUID, Integer>();
        for (var s : orgUnits.schoolContexts(scope)) students.put(s.id(), s.students());
        var summaries = tallies.entrySet().stream()
                .map(e -> new Summary(
                        e.getKey(),
                        e.getValue().respondents(),
                        expected(q.kind(), students.get(e.getKey().id())),
                        e.getValue().aggregates()))
                .toList();
        return save(reading.as(summaries), year, q.kind(), "RESPONSES", actor);
    }

    /** The data columns of an aggregates file: each must be one of the questionnaire's variables. */
    private static Map<Integer, String> variables(Header header, Questionnaire q) {
        var known = new HashMap<String, String>();
        for (Item i : q.items()) for (String v : i.variables()) known.put(v.toLowerCase(Locale.ROOT), v);
        var found = new LinkedHashMap<Integer, String>();
        header.unmatched().forEach((index, text) -> {
            String variable = known.get(text.toLowerCase(Locale.ROOT));
            if (variable == null) header.problem("RSK-E001", text, text, q.title());
            else found.put(index, variable);
        });
        return found;
    }

    private static Map<Integer, Item> items(Header header, Questionnaire q) {
        var found = new LinkedHashMap<Integer, Item>();
        header.unmatched().forEach((index, text) -> {
            var item = q.item(text);
            if (item.isEmpty()) header.problem("RSK-E001", text, text, q.title());
            else found.put(index, item.get());
        });
        return found;
    }

    /** A variable's value: a mean within its item's range, a share within 0–100. */
    private static Map<String, Double> values(Row row, Map<Integer, String> variables) {
        var values = new LinkedHashMap<String, Double>();
        variables.forEach((index, variable) -> {
            String value = row.cell(index);
            if (value.isEmpty()) return;
            BigDecimal v = Row.parseDecimal(value);
            if (v == null || v.signum() < 0) row.problem("CELL-E007", variable, value, "");
            else values.put(variable, v.doubleValue());
        });
        return values;
    }

    private static Map<String, String> answers(Row row, Map<Integer, Item> items) {
        var answers = new HashMap<String, String>();
        items.forEach((index, item) -> {
            String value = row.cell(index);
            if (value.isEmpty()) return;
            AnswerCheck.of(item, value).ifPresent(p -> row.problem(p.code(), item.code(), p.value(), p.detail()));
            answers.put(item.code(), value);
        });
        return answers;
    }

    private ImportReport save(
            TabularImport.Reading<Summary> reading, int year, QuestionnaireKind kind, String source, String actor) {
        var report = reading.commit(rows -> ImportReport.Tally.sum(rows, s -> upsert(s, year, kind, source, actor)));
        audit.recordImport(actor, "QUESTIONNAIRE_DATA_" + kind, report);
        return report;
    }

    private ImportReport.Tally upsert(Summary s, int year, QuestionnaireKind kind, String source, String actor) {
        OrgPath path = s.school().path();
        return ImportReport.Tally.ofUpsert(jdbc.sql("""
                        insert into risk.response_summary
                            (school_id, school_path, cohort_year, kind, respondents, expected, aggregates, source, loaded_by)
                        values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                        on conflict (school_id, cohort_year, kind) do update set respondents = excluded.respondents,
                            expected = excluded.expected, aggregates = excluded.aggregates, answers = null,
                            source = excluded.source, loaded_by = excluded.loaded_by, loaded_at = now()
                        where (response_summary.respondents, response_summary.expected, response_summary.aggregates, response_summary.source)
                            is distinct from (excluded.respondents, excluded.expected, excluded.aggregates, excluded.source)
                        returning xmax = 0""")
                .params(
                        s.school().id(),
                        path,
                        year,
                        kind.name(),
                        s.respondents(),
                        s.expected(),
                        json.writeValueAsString(s.aggregates()),
                        source,
                        actor)
                .query(Boolean.class)
                .optional());
    }

    /** How many were expected to answer: the director; a parent and a student per student; teachers unknown. */
    static @Nullable Integer expected(QuestionnaireKind kind, @Nullable Integer students) {
        return switch (kind) {
            case DIRECTOR -> 1;
            case STUDENT, PARENT -> students == null || students == 0 ? null : students;
            case TEACHER -> null;
        };
    }
}
