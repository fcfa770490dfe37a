package ru.opora.identification.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.assessments.SchoolResults;
import ru.opora.identification.engine.SchoolYear;
import ru.opora.identity.AuditLog;
import ru.opora.identity.Permission;
import ru.opora.identity.RequiresPermission;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;
import ru.opora.shared.ImportProblem;
import ru.opora.shared.UnreadableFile;
import ru.opora.shared.UploadedSheet;

/**
 * The recorded facts behind two objectivity flags: re-check results (per work: the school's and
 * the experts' primary score) and the federal list. Files are checked cell by cell and loaded all
 * or nothing; a re-check file replaces the earlier re-checks of its schools and assessments, a
 * list file the earlier entries of its schools and years.
 */
@Component
class RecordedFacts {

    static final String[] RECHECK = {
        "Код ОО", "Год", "Код предмета", "Класс", "Код участника", "Исходный балл", "Балл после перепроверки"
    };
    static final String[] FEDERAL = {"Код ОО", "Год", "Основание"};
    static final String[] SOCIAL = {"Код ОО", "Год", "Индекс социального контекста"};
    static final String[] OBSERVATION = {"Код ОО", "Год", "Код предмета", "Класс", "Дата", "Наблюдатель", "Замечания"};

    /** One observer's record of a school's ВПР. */
    public record Observation(
            UUID schoolId,
            OrgPath schoolPath,
            int year,
            UUID assessmentId,
            java.time.LocalDate on,
            String observer,
            String remarks) {}

    /** What a file did, or the problems that stopped it. */
    public record Outcome(int rows, List<ImportProblem> problems) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final OrgUnits orgUnits;
    private final SchoolResults results;
    private final AuditLog audit;
    private final MessageSource messages;

    RecordedFacts(
            JdbcClient jdbc,
            JdbcTemplate batch,
            OrgUnits orgUnits,
            SchoolResults results,
            AuditLog audit,
            MessageSource messages) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.orgUnits = orgUnits;
        this.results = results;
        this.audit = audit;
        this.messages = messages;
    }

    @RequiresPermission(Permission.RULES_EDIT)
    @Transactional
    Outcome importRechecks(String fileName, Path file, Scope scope, String actor) {
        var schools = schools(scope);
        var rows = new ArrayList<Object[]>();
        var problems = new ArrayList<ImportProblem>();
        var seen = new HashSet<String>();
        read(fileName, file, RECHECK, problems, (row, cell) -> {
            int before = problems.size();
            OrgUnitRef school = school(schools, row, cell[0], RECHECK[0], problems);
            int year = number(row, RECHECK[1], cell[1], 2000, 2100, problems);
            int grade = number(row, RECHECK[3], cell[3], 1, 11, problems);
            var facts = problems.size() == before
                    ? results.vpr(year, cell[2], grade)
                    : java.util.Optional.<SchoolResults.AssessmentFacts>empty();
            if (problems.size() == before && facts.isEmpty())
                problems.add(
                        new ImportProblem("IDN-E001", row, RECHECK[2], cell[2] + " " + grade, String.valueOf(year)));
            int max = facts.map(SchoolResults.AssessmentFacts::maxPrimary).orElse(1000);
            int original = number(row, RECHECK[5], cell[5], 0, max, problems);
            int rechecked = number(row, RECHECK[6], cell[6], 0, max, problems);
            if (cell[4].isEmpty()) problems.add(new ImportProblem("IDN-E003", row, RECHECK[4], "", ""));
            else if (!seen.add(cell[0] + "|" + year + "|" + cell[2] + "|" + grade + "|" + cell[4]))
                problems.add(new ImportProblem("IDN-E004", row, RECHECK[4], cell[4], ""));
            if (problems.size() == before && school != null && facts.isPresent())
                rows.add(new Object[] {
                    facts.get().id(), school.id(), school.path(), year, cell[4], original, rechecked, actor
                });
        });
        if (!problems.isEmpty())
            return new Outcome(0, problems.stream().limit(1000).toList());
        for (Object[] r : rows)
            jdbc.sql("delete from identification.recheck where assessment_id = ? and school_id = ?")
                    .params(r[0], r[1])
                    .update();
        batch.batchUpdate("""
                insert into identification.recheck (assessment_id, school_id, school_path, year, participant_code, original, rechecked, imported_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        audit.record(new AuditLog.Change(
                actor, null, "RECHECK", fileName, fileName, "UPDATE", null, Map.of("rows", rows.size())));
        return new Outcome(rows.size(), List.of());
    }

    @RequiresPermission(Permission.RULES_EDIT)
    @Transactional
    Outcome importFederalList(String fileName, Path file, Scope scope, String actor) {
        var schools = schools(scope);
        var rows = new ArrayList<Object[]>();
        var problems = new ArrayList<ImportProblem>();
        var seen = new HashSet<String>();
        read(fileName, file, FEDERAL, problems, (row, cell) -> {
            int before = problems.size();
            OrgUnitRef school = school(schools, row, cell[0], FEDERAL[0], problems);
            int year = number(row, FEDERAL[1], cell[1], 2000, 2100, problems);
            if (cell[2].isEmpty()) problems.add(new ImportProblem("IDN-E003", row, FEDERAL[2], "", ""));
            if (!seen.add(cell[0] + "|" + year))
                problems.add(new ImportProblem("IDN-E004", row, FEDERAL[0], cell[0], ""));
            if (problems.size() == before && school != null)
                rows.add(new Object[] {school.id(), school.path(), year, cell[2], actor});
        });
        if (!problems.isEmpty())
            return new Outcome(0, problems.stream().limit(1000).toList());
        batch.batchUpdate("""
                insert into identification.federal_list (school_id, school_path, year, basis, imported_by) values (?, ?, ?, ?, ?)
                on conflict (school_id, year) do update set basis = excluded.basis, imported_by = excluded.imported_by, imported_at = now()""", rows);
        audit.record(new AuditLog.Change(
                actor, null, "FEDERAL_LIST", fileName, fileName, "UPDATE", null, Map.of("rows", rows.size())));
        return new Outcome(rows.size(), List.of());
    }

    @RequiresPermission(Permission.RULES_EDIT)
    @Transactional
    Outcome importObservations(String fileName, Path file, Scope scope, String actor) {
        var schools = schools(scope);
        var rows = new ArrayList<Object[]>();
        var problems = new ArrayList<ImportProblem>();
        read(fileName, file, OBSERVATION, problems, (row, cell) -> {
            int before = problems.size();
            OrgUnitRef school = school(schools, row, cell[0], OBSERVATION[0], problems);
            int year = number(row, OBSERVATION[1], cell[1], 2000, 2100, problems);
            int grade = number(row, OBSERVATION[3], cell[3], 1, 11, problems);
            var facts = problems.size() == before
                    ? results.vpr(year, cell[2], grade)
                    : java.util.Optional.<SchoolResults.AssessmentFacts>empty();
            if (problems.size() == before && facts.isEmpty())
                problems.add(new ImportProblem(
                        "IDN-E001", row, OBSERVATION[2], cell[2] + " " + grade, String.valueOf(year)));
            java.time.LocalDate on = date(row, cell[4], problems);
            if (cell[5].isEmpty()) problems.add(new ImportProblem("IDN-E003", row, OBSERVATION[5], "", ""));
            if (problems.size() == before && school != null && facts.isPresent() && on != null)
                rows.add(new Object[] {
                    school.id(), school.path(), year, facts.get().id(), on, cell[5], cell[6], actor
                });
        });
        if (!problems.isEmpty())
            return new Outcome(0, problems.stream().limit(1000).toList());
        batch.batchUpdate(
                "insert into identification.observation (school_id, school_path, year, assessment_id, observed_on, observer, remarks,"
                        + " imported_by) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (school_id, assessment_id, observed_on, observer)"
                        + " do update set remarks = excluded.remarks",
                rows);
        audit.record(new AuditLog.Change(
                actor, null, "OBSERVATION", fileName, fileName, "UPDATE", null, Map.of("rows", rows.size())));
        return new Outcome(rows.size(), List.of());
    }

    /** Observations of the schools in scope, newest first; of one assessment when it is given. */
    List<Observation> observations(Scope scope, @org.jspecify.annotations.Nullable UUID assessmentId, int limit) {
        if (scope.isEmpty()) return List.of();
        var params = new ArrayList<Object>(List.of((Object[]) scope.likePatterns()));
        String where = scope.sqlCondition("school_path");
        if (assessmentId != null) {
            where += " and assessment_id = ?";
            params.add(assessmentId);
        }
        params.add(limit);
        return jdbc.sql(
                        "select school_id, school_path, year, assessment_id, observed_on, observer, remarks from identification.observation where "
                                + where + " order by observed_on desc, id desc limit ?")
                .params(params)
                .query((rs, n) -> new Observation(
                        rs.getObject(1, UUID.class),
                        OrgPath.parse(rs.getString(2)),
                        rs.getInt(3),
                        rs.getObject(4, UUID.class),
                        rs.getObject(5, java.time.LocalDate.class),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    private static java.time.@org.jspecify.annotations.Nullable LocalDate date(
            int row, String value, List<ImportProblem> problems) {
        for (String pattern : List.of("dd.MM.yyyy", "yyyy-MM-dd")) {
            try {
                return java.time.LocalDate.parse(value, java.time.format.DateTimeFormatter.ofPattern(pattern));
            } catch (java.time.format.DateTimeParseException e) {
                // the next pattern
            }
        }
        problems.add(new ImportProblem("IDN-E005", row, OBSERVATION[4], value, ""));
        return null;
    }

    @RequiresPermission(Permission.RULES_EDIT)
    @Transactional
    Outcome importSocialIndex(String fileName, Path file, Scope scope, String actor) {
        var schools = schools(scope);
        var rows = new ArrayList<Object[]>();
        var problems = new ArrayList<ImportProblem>();
        var seen = new HashSet<String>();
        read(fileName, file, SOCIAL, problems, (row, cell) -> {
            int before = problems.size();
            OrgUnitRef school = school(schools, row, cell[0], SOCIAL[0], problems);
            int year = number(row, SOCIAL[1], cell[1], 2000, 2100, problems);
            double value = 0;
            try {
                value = Double.parseDouble(cell[2].replace(',', '.').replace(" ", ""));
                if (Double.isNaN(value) || Double.isInfinite(value)) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                problems.add(new ImportProblem("IDN-E006", row, SOCIAL[2], cell[2], ""));
            }
            if (!seen.add(cell[0] + "|" + year))
                problems.add(new ImportProblem("IDN-E004", row, SOCIAL[0], cell[0], ""));
            if (problems.size() == before && school != null)
                rows.add(new Object[] {school.id(), school.path(), year, value, actor});
        });
        if (!problems.isEmpty())
            return new Outcome(0, problems.stream().limit(1000).toList());
        batch.batchUpdate(
                "insert into identification.social_index (school_id, school_path, year, value, imported_by) values (?, ?, ?, ?, ?)"
                        + " on conflict (school_id, year) do update set value = excluded.value, imported_by = excluded.imported_by,"
                        + " imported_at = now()",
                rows);
        audit.record(new AuditLog.Change(
                actor, null, "SOCIAL_INDEX", fileName, fileName, "UPDATE", null, Map.of("rows", rows.size())));
        return new Outcome(rows.size(), List.of());
    }

    Map<UUID, Double> socialIndex(OrgPath regionPath, int year) {
        var result = new HashMap<UUID, Double>();
        jdbc.sql("select school_id, value from identification.social_index where year = ? and school_path like ?")
                .params(year, regionPath.likePattern())
                .query(rs -> {
                    result.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2).doubleValue());
                });
        return result;
    }

    /** The year's re-checks of the region's schools, as the engine reads them. */
    Map<UUID, List<SchoolYear.Recheck>> rechecks(OrgPath regionPath, int year) {
        var byAssessment = new HashMap<UUID, SchoolResults.AssessmentFacts>();
        var result = new HashMap<UUID, List<SchoolYear.Recheck>>();
        jdbc.sql(
                        "select assessment_id, school_id, original, rechecked from identification.recheck where year = ? and school_path like ?")
                .params(year, regionPath.likePattern())
                .query(rs -> {
                    UUID assessment = rs.getObject(1, UUID.class);
                    var facts = byAssessment.computeIfAbsent(
                            assessment, id -> results.facts(id).orElseThrow());
                    String label = messages.getMessage(
                            "identification.assessmentLabel",
                            new Object[] {facts.subjectName(), facts.grade()},
                            Locale.forLanguageTag("ru"));
                    result.computeIfAbsent(rs.getObject(2, UUID.class), k -> new ArrayList<>())
                            .add(new SchoolYear.Recheck(label, rs.getInt(3), rs.getInt(4), facts.thresholds()));
                });
        return result;
    }

    Map<UUID, String> federalList(OrgPath regionPath, int year) {
        var result = new HashMap<UUID, String>();
        jdbc.sql("select school_id, basis from identification.federal_list where year = ? and school_path like ?")
                .params(year, regionPath.likePattern())
                .query(rs -> {
                    result.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return result;
    }

    private interface RowHandler {
        void row(int row, String[] cells);
    }

    private static void read(
            String fileName, Path file, String[] headers, List<ImportProblem> problems, RowHandler handler) {
        int[] rows = {0};
        try {
            UploadedSheet.read(fileName, file, 20L * 1024 * 1024, (row, cells) -> {
                if (row == 1 || (!cells.isEmpty() && cells.getFirst().strip().equalsIgnoreCase(headers[0]))) return;
                String[] cell = new String[headers.length];
                for (int i = 0; i < headers.length; i++)
                    cell[i] = i < cells.size() ? cells.get(i).strip() : "";
                rows[0]++;
                handler.row(row, cell);
            });
        } catch (UnreadableFile e) {
            problems.add(ImportProblem.of(e));
        }
        if (problems.isEmpty() && rows[0] == 0) problems.add(ImportProblem.ofFile("ASM-E010", ""));
    }

    private Map<String, OrgUnitRef> schools(Scope scope) {
        var schools = new HashMap<String, OrgUnitRef>();
        for (OrgUnitRef s : orgUnits.inScope(OrgUnitKind.SCHOOL, scope)) schools.put(s.code(), s);
        return schools;
    }

    private static @org.jspecify.annotations.Nullable OrgUnitRef school(
            Map<String, OrgUnitRef> schools, int row, String code, String column, List<ImportProblem> problems) {
        var school = schools.get(code);
        if (school == null) problems.add(new ImportProblem("ASM-E008", row, column, code, ""));
        return school;
    }

    private static int number(int row, String column, String value, int min, int max, List<ImportProblem> problems) {
        try {
            int n = Integer.parseInt(value.replace(" ", ""));
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new ImportProblem("IDN-E002", row, column, value, min + "–" + max));
        return min;
    }
}
