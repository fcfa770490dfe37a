package ru.opora.risk.profiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.risk.engine.AnswerType;
import ru.opora.risk.engine.Item;
import ru.opora.risk.engine.Level;
import ru.opora.risk.engine.Questionnaire;
import ru.opora.risk.engine.QuestionnaireKind;
import ru.opora.risk.engine.ResponseTally;
import ru.opora.shared.ImportProblem;
import ru.opora.shared.UnreadableFile;
import ru.opora.shared.UploadedSheet;
import tools.jackson.databind.json.JsonMapper;

/**
 * The region's uploads for risk profiles, each checked cell by cell and loaded all or nothing:
 * a questionnaire's per-school aggregates, its raw responses (tallied while reading and not kept:
 * decision 0011), and ready-made levels from ФИС ОКО. A file replaces the earlier data of its schools.
 */
@Component
class RiskImports {

    static final String SCHOOL = "Код ОО";
    static final String RESPONDENTS = "Ответили";
    static final String EXPECTED = "Ожидалось";
    static final String RESPONDENT = "Код респондента";
    static final String[] LEVELS = {"Код ОО", "Год", "Фактор", "Уровень"};

    /** What a file did, or the problems that stopped it. */
    record Outcome(int rows, int schools, List<ImportProblem> problems) {}

    private final JdbcTemplate batch;
    private final OrgUnits orgUnits;
    private final JsonMapper json;
    private final AuditLog audit;

    RiskImports(JdbcTemplate batch, OrgUnits orgUnits, JsonMapper json, AuditLog audit) {
        this.batch = batch;
        this.orgUnits = orgUnits;
        this.json = json;
        this.audit = audit;
    }

    /** Columns: school, respondents, expected, then any of the questionnaire's variables. */
    @RequiresPermission(Permission.RULES_EDIT)
    @Transactional
    Outcome aggregates(String fileName, Path file, Scope scope, int year, Questionnaire q, String actor) {
        var schools = schools(scope);
        var variables = new HashMap<String, Item>();
        for (Item i : q.items()) for (String v : i.variables()) variables.put(v.toLowerCase(Locale.ROOT), i);
        var problems = new ArrayList<ImportProblem>();
        var header = new ArrayList<String>();
        var rows = new ArrayList<Object[]>();
        var seen = new HashSet<String>();
        read(fileName, file, problems, (row, cells) -> {
            if (row == 1) {
                header.addAll(cells.stream().map(String::strip).toList());
                requireFirst(header, List.of(SCHOOL, RESPONDENTS, EXPECTED), problems);
                for (int c = 3; c < header.size(); c++)
                    if (!header.get(c).isEmpty()
                            && !variables.containsKey(header.get(c).toLowerCase(Locale.ROOT)))
                        problems.add(new ImportProblem("RSK-E001", 1, header.get(c), header.get(c), q.title()));
                return;
            }
            if (!problems.isEmpty() && problems.getFirst().row() <= 1) return;
            int before = problems.size();
            String code = cell(cells, 0);
            OrgUnitRef school = school(schools, row, code, problems);
            if (!seen.add(code)) problems.add(new ImportProblem("RSK-E005", row, SCHOOL, code, ""));
            double respondents = number(row, RESPONDENTS, cell(cells, 1), 0, 100_000, problems);
            double expected = number(row, EXPECTED, cell(cells, 2), 0, 100_000, problems);
            var values = aggregateValues(row, header, cells, variables, problems);
            if (problems.size() == before && school != null)
                rows.add(new Object[] {
                    school.id(),
                    school.path(),
                    year,
                    q.kind().name(),
                    (int) respondents,
                    (int) expected,
                    json.writeValueAsString(values),
                    "AGGREGATES",
                    actor
                });
        });
        return save(fileName, problems, rows, q.kind(), actor);
    }

    private static Map<String, Double> aggregateValues(
            int row,
            List<String> header,
            List<String> cells,
            Map<String, Item> variables,
            List<ImportProblem> problems) {
        var values = new LinkedHashMap<String, Double>();
        for (int c = 3; c < header.size(); c++) {
            String value = cell(cells, c);
            String column = header.get(c);
            if (column.isEmpty() || value.isEmpty()) continue;
            Item item = variables.get(column.toLowerCase(Locale.ROOT));
            String name = item.variables().stream()
                    .filter(v -> v.equalsIgnoreCase(column))
                    .findFirst()
                    .orElseThrow();
            boolean mean = name.equals(item.code());
            values.put(name, number(row, column, value, mean ? item.min() : 0, mean ? item.max() : 100, problems));
        }
        return values;
    }

    /** Columns: school, respondent code, then item codes; one row per respondent. */
    @RequiresPermission(Permission.RULES_EDIT)
    @Transactional
    Outcome responses(String fileName, Path file, Scope scope, int year, Questionnaire q, String actor) {
        var schools = schools(scope);
        var problems = new ArrayList<ImportProblem>();
        var header = new ArrayList<String>();
        var items = new ArrayList<@Nullable Item>();
        var tallies = new LinkedHashMap<OrgUnitRef, ResponseTally>();
        var seen = new HashSet<String>();
        int[] respondents = {0};
        read(fileName, file, problems, (row, cells) -> {
            if (row == 1) {
                responseHeader(cells, q, header, items, problems);
                return;
            }
            if (!problems.isEmpty() && problems.getFirst().row() <= 1) return;
            int before = problems.size();
            String code = cell(cells, 0);
            OrgUnitRef school = school(schools, row, code, problems);
            String respondent = cell(cells, 1);
            if (respondent.isEmpty()) problems.add(new ImportProblem("IDN-E003", row, RESPONDENT, "", ""));
            else if (!seen.add(code + "|" + respondent))
                problems.add(new ImportProblem("RSK-E004", row, RESPONDENT, respondent, ""));
            var answers = answers(row, header, items, cells, problems);
            if (problems.size() == before && school != null) {
                tallies.computeIfAbsent(school, s -> new ResponseTally(q)).add(answers);
                respondents[0]++;
            }
        });
        var rows = new ArrayList<Object[]>();
        var students = students(scope);
        tallies.forEach((school, tally) -> rows.add(new Object[] {
            school.id(),
            school.path(),
            year,
            q.kind().name(),
            tally.respondents(),
            expected(q.kind(), students.get(school.id())),
            json.writeValueAsString(tally.aggregates()),
            "RESPONSES",
            actor
        }));
        var outcome = save(fileName, problems, rows, q.kind(), actor);
        return outcome.problems().isEmpty() ? new Outcome(respondents[0], rows.size(), List.of()) : outcome;
    }

    private static void responseHeader(
            List<String> cells,
            Questionnaire q,
            List<String> header,
            List<@Nullable Item> items,
            List<ImportProblem> problems) {
        header.addAll(cells.stream().map(String::strip).toList());
        requireFirst(header, List.of(SCHOOL, RESPONDENT), problems);
        for (int c = 0; c < header.size(); c++) {
            Item item = c < 2 || header.get(c).isEmpty()
                    ? null
                    : q.item(header.get(c)).orElse(null);
            if (c >= 2 && !header.get(c).isEmpty() && item == null)
                problems.add(new ImportProblem("RSK-E001", 1, header.get(c), header.get(c), q.title()));
            items.add(item);
        }
    }

    private static Map<String, String> answers(
            int row,
            List<String> header,
            List<@Nullable Item> items,
            List<String> cells,
            List<ImportProblem> problems) {
        var answers = new HashMap<String, String>();
        for (int c = 2; c < items.size(); c++) {
            Item item = items.get(c);
            String value = cell(cells, c);
            if (item == null || value.isEmpty()) continue;
            answer(row, header.get(c), item, value, problems);
            answers.put(item.code(), value);
        }
        return answers;
    }

    /** Columns: school, cohort year, factor code, level (HIGH/MEDIUM/LOW/NONE or высокий/средний/низкий/нет). */
    @RequiresPermission(Permission.RULES_EDIT)
    @Transactional
    Outcome levels(String fileName, Path file, Scope scope, int year, List<String> factorCodes, String actor) {
        var schools = schools(scope);
        var problems = new ArrayList<ImportProblem>();
        var rows = new ArrayList<Object[]>();
        var seen = new HashSet<String>();
        read(fileName, file, problems, (row, cells) -> {
            if (row == 1) {
                requireFirst(cells.stream().map(String::strip).toList(), List.of(LEVELS), problems);
                return;
            }
            if (!problems.isEmpty() && problems.getFirst().row() <= 1) return;
            int before = problems.size();
            OrgUnitRef school = school(schools, row, cell(cells, 0), problems);
            int fileYear = (int) number(row, LEVELS[1], cell(cells, 1), year, year, problems);
            String factor = cell(cells, 2).toUpperCase(Locale.ROOT);
            if (!factorCodes.contains(factor))
                problems.add(
                        new ImportProblem("RSK-E007", row, LEVELS[2], cell(cells, 2), String.join(", ", factorCodes)));
            Level level = level(cell(cells, 3));
            if (level == null) problems.add(new ImportProblem("RSK-E008", row, LEVELS[3], cell(cells, 3), ""));
            if (!seen.add(cell(cells, 0) + "|" + factor))
                problems.add(new ImportProblem("IDN-E004", row, LEVELS[2], factor, ""));
            if (problems.size() == before && school != null && level != null)
                rows.add(new Object[] {school.id(), school.path(), fileYear, factor, level.name(), actor});
        });
        if (!problems.isEmpty())
            return new Outcome(0, 0, problems.stream().limit(1000).toList());
        batch.batchUpdate("""
                insert into risk.imported_level (school_id, school_path, cohort_year, factor_code, level, imported_by)
                values (?, ?, ?, ?, ?, ?) on conflict (school_id, cohort_year, factor_code)
                do update set level = excluded.level, imported_by = excluded.imported_by, imported_at = now()""", rows);
        audit.record(new AuditLog.Change(
                actor, null, "RISK_LEVELS", fileName, fileName, "UPDATE", null, Map.of("rows", rows.size())));
        return new Outcome(
                rows.size(), (int) rows.stream().map(r -> r[0]).distinct().count(), List.of());
    }

    private Outcome save(
            String fileName, List<ImportProblem> problems, List<Object[]> rows, QuestionnaireKind kind, String actor) {
        if (!problems.isEmpty())
            return new Outcome(0, 0, problems.stream().limit(1000).toList());
        batch.batchUpdate("""
                insert into risk.response_summary
                    (school_id, school_path, cohort_year, kind, respondents, expected, aggregates, source, loaded_by)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
                on conflict (school_id, cohort_year, kind) do update set respondents = excluded.respondents,
                    expected = excluded.expected, aggregates = excluded.aggregates, answers = null,
                    source = excluded.source, loaded_by = excluded.loaded_by, loaded_at = now()""", rows);
        audit.record(new AuditLog.Change(
                actor,
                null,
                "QUESTIONNAIRE_DATA",
                fileName,
                kind + " " + fileName,
                "UPDATE",
                null,
                Map.of("schools", rows.size())));
        return new Outcome(rows.size(), rows.size(), List.of());
    }

    /** Checks one answer against its item: a number in range, a known option, known options. */
    static void answer(int row, String column, Item item, String value, List<ImportProblem> problems) {
        switch (item.answerType()) {
            case NUMBER, SCALE -> {
                double v = number(row, column, value, item.min(), item.max(), problems);
                if (item.answerType() == AnswerType.SCALE && v != Math.rint(v))
                    problems.add(new ImportProblem("RSK-E002", row, column, value, range(item.min(), item.max())));
            }
            case SINGLE -> {
                if (!item.hasOption(value)) problems.add(optionProblem(row, column, value, item));
            }
            case MULTI -> {
                for (String o : value.split("\\|"))
                    if (!item.hasOption(o.strip())) problems.add(optionProblem(row, column, o.strip(), item));
            }
            case TEXT -> {
                // any text
            }
        }
    }

    private static ImportProblem optionProblem(int row, String column, String value, Item item) {
        return new ImportProblem(
                "RSK-E003",
                row,
                column,
                value,
                String.join(", ", item.options().stream().map(Item.Option::code).toList()));
    }

    /** How many were expected to answer: the director; a parent and a student per student; teachers unknown. */
    static @Nullable Integer expected(QuestionnaireKind kind, @Nullable Integer students) {
        return switch (kind) {
            case DIRECTOR -> 1;
            case STUDENT, PARENT -> students == null || students == 0 ? null : students;
            case TEACHER -> null;
        };
    }

    static @Nullable Level level(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "high", "высокий" -> Level.HIGH;
            case "medium", "средний" -> Level.MEDIUM;
            case "low", "низкий" -> Level.LOW;
            case "none", "нет", "отсутствует" -> Level.NONE;
            default -> null;
        };
    }

    private Map<UUID, Integer> students(Scope scope) {
        var result = new HashMap<UUID, Integer>();
        for (var s : orgUnits.schoolContexts(scope)) result.put(s.id(), s.students());
        return result;
    }

    private static void requireFirst(List<String> header, List<String> expected, List<ImportProblem> problems) {
        for (int i = 0; i < expected.size(); i++)
            if (i >= header.size() || !header.get(i).equalsIgnoreCase(expected.get(i)))
                problems.add(new ImportProblem(
                        "RSK-E006", 1, i < header.size() ? header.get(i) : "", expected.get(i), String.valueOf(i + 1)));
    }

    private interface RowHandler {
        void row(int row, List<String> cells);
    }

    private static void read(String fileName, Path file, List<ImportProblem> problems, RowHandler handler) {
        int[] rows = {0};
        try {
            UploadedSheet.read(fileName, file, 50L * 1024 * 1024, (row, cells) -> {
                if (row > 1) rows[0]++;
                handler.row(row, cells);
            });
        } catch (UnreadableFile e) {
            problems.add(ImportProblem.of(e));
        }
        if (problems.isEmpty() && rows[0] == 0) problems.add(ImportProblem.ofFile("RSK-E009", ""));
    }

    private Map<String, OrgUnitRef> schools(Scope scope) {
        var schools = new HashMap<String, OrgUnitRef>();
        for (OrgUnitRef s : orgUnits.inScope(OrgUnitKind.SCHOOL, scope)) schools.put(s.code(), s);
        return schools;
    }

    private static @Nullable OrgUnitRef school(
            Map<String, OrgUnitRef> schools, int row, String code, List<ImportProblem> problems) {
        var school = schools.get(code);
        if (school == null) problems.add(new ImportProblem("ASM-E008", row, SCHOOL, code, ""));
        return school;
    }

    private static String cell(List<String> cells, int i) {
        return i < cells.size() ? cells.get(i).strip() : "";
    }

    static double number(int row, String column, String value, double min, double max, List<ImportProblem> problems) {
        try {
            double v = Double.parseDouble(value.replace(',', '.').replace(" ", ""));
            if (v >= min && v <= max) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new ImportProblem("RSK-E002", row, column, value, range(min, max)));
        return min;
    }

    private static String range(double min, double max) {
        return fmt(min) + "–" + fmt(max);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
