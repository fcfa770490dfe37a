package ru.opora.orgunits.register;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import ru.opora.orgunits.SchoolKind;
import ru.opora.orgunits.Settlement;
import ru.opora.shared.ImportProblem;

/**
 * Reads one data row of a register file into a {@link SchoolDraft}, checking each cell on its own:
 * required values, a known municipality, number formats and ranges, yes/no, levels taught,
 * settlement, school kind, INN.
 * Every problem found is added to the list; a row with a problem gives no draft.
 */
final class RegisterRowReader {

    static final int MAX_TEXT = 500;
    static final int MAX_HEADCOUNT = 100_000;
    private static final String CODE_PATTERN = "[0-9A-Za-zА-Яа-яЁё._-]{1,32}";

    private final Map<RegisterColumn, Integer> columns;
    private final java.util.function.Predicate<String> knownMunicipality;

    /** @param knownMunicipality whether a municipality's code, OKTMO or name is in the importing user's scope */
    RegisterRowReader(Map<RegisterColumn, Integer> columns, java.util.function.Predicate<String> knownMunicipality) {
        this.columns = new EnumMap<>(columns);
        this.knownMunicipality = knownMunicipality;
    }

    Optional<SchoolDraft> read(int row, List<String> cells, List<ImportProblem> problems) {
        var cursor = new Cursor(row, cells, problems);
        int before = problems.size();
        String code = cursor.required(RegisterColumn.CODE);
        if (!code.isEmpty() && !code.matches(CODE_PATTERN)) cursor.problem("REG-E020", RegisterColumn.CODE, code, "");
        String municipality = cursor.required(RegisterColumn.MUNICIPALITY);
        // a municipality outside the scope reads as unknown: the file cannot tell what exists elsewhere
        if (!municipality.isEmpty() && !knownMunicipality.test(municipality))
            cursor.problem("REG-E005", RegisterColumn.MUNICIPALITY, municipality, "");
        String fullName = cursor.required(RegisterColumn.FULL_NAME);
        String shortName = cursor.required(RegisterColumn.SHORT_NAME);
        String inn = cursor.required(RegisterColumn.INN);
        if (!inn.isEmpty() && !Inn.isValid(inn)) cursor.problem("REG-E006", RegisterColumn.INN, inn, "");
        String ogrn = cursor.optional(RegisterColumn.OGRN);
        if (ogrn != null && !ogrn.matches("\\d{13}")) cursor.problem("REG-E021", RegisterColumn.OGRN, ogrn, "");
        String fis = cursor.optional(RegisterColumn.FIS_OKO_LOGIN);
        SchoolKind kind = cursor.choice(RegisterColumn.KIND, SchoolKind::parse, SchoolKind.SOSH, "REG-E012");
        Levels levels = cursor.levels();
        Settlement settlement = cursor.choice(RegisterColumn.SETTLEMENT, Settlement::parse, null, "REG-E010");
        boolean small = cursor.yesNo(RegisterColumn.SMALL);
        boolean correctional = cursor.yesNo(RegisterColumn.CORRECTIONAL);
        int students = cursor.headcount(RegisterColumn.STUDENTS);
        int teachers = cursor.headcount(RegisterColumn.TEACHERS);
        BigDecimal ovz = cursor.percent(RegisterColumn.SHARE_OVZ);
        boolean adverse = cursor.yesNo(RegisterColumn.ADVERSE);
        String branchOf = cursor.optional(RegisterColumn.BRANCH_OF);
        if (problems.size() > before || settlement == null) return Optional.empty();
        return Optional.of(new SchoolDraft(
                row,
                code,
                municipality,
                fullName,
                shortName,
                inn,
                ogrn,
                fis,
                kind,
                levels.primary,
                levels.basic,
                levels.secondary,
                settlement,
                small,
                correctional,
                students,
                teachers,
                ovz,
                adverse,
                branchOf));
    }

    private record Levels(boolean primary, boolean basic, boolean secondary) {}

    private final class Cursor {
        private final int row;
        private final List<String> cells;
        private final List<ImportProblem> problems;

        Cursor(int row, List<String> cells, List<ImportProblem> problems) {
            this.row = row;
            this.cells = cells;
            this.problems = problems;
        }

        String cell(RegisterColumn column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.size()) return "";
            return cells.get(index).strip();
        }

        void problem(String code, RegisterColumn column, String value, String detail) {
            problems.add(new ImportProblem(code, row, column.header(), value, detail));
        }

        String required(RegisterColumn column) {
            String v = cell(column);
            if (v.isEmpty()) problem("REG-E003", column, v, "");
            else if (v.length() > MAX_TEXT)
                problem("REG-E015", column, v.substring(0, 40) + "…", String.valueOf(MAX_TEXT));
            return v;
        }

        @Nullable
        String optional(RegisterColumn column) {
            String v = cell(column);
            if (v.length() > MAX_TEXT) problem("REG-E015", column, v.substring(0, 40) + "…", String.valueOf(MAX_TEXT));
            return v.isEmpty() ? null : v;
        }

        <T> T choice(RegisterColumn column, Function<String, Optional<T>> parse, @Nullable T whenEmpty, String code) {
            String v = cell(column);
            if (v.isEmpty()) {
                if (whenEmpty == null) problem("REG-E003", column, v, "");
                return whenEmpty;
            }
            Optional<T> parsed = parse.apply(v);
            if (parsed.isEmpty()) problem(code, column, v, "");
            return parsed.orElse(whenEmpty);
        }

        boolean yesNo(RegisterColumn column) {
            String v = cell(column).toLowerCase(Locale.ROOT);
            return switch (v) {
                case "", "нет", "н", "0", "false", "-", "no" -> false;
                case "да", "д", "1", "true", "+", "yes" -> true;
                default -> {
                    problem("REG-E009", column, cell(column), "");
                    yield false;
                }
            };
        }

        int headcount(RegisterColumn column) {
            String v = cell(column).replace(" ", "").replace("\u00a0", "");
            if (v.isEmpty()) {
                problem("REG-E003", column, v, "");
                return 0;
            }
            try {
                int n = Integer.parseInt(v);
                if (n < 0 || n > MAX_HEADCOUNT) problem("REG-E007", column, v, String.valueOf(MAX_HEADCOUNT));
                return n;
            } catch (NumberFormatException e) {
                problem("REG-E007", column, v, String.valueOf(MAX_HEADCOUNT));
                return 0;
            }
        }

        @Nullable
        BigDecimal percent(RegisterColumn column) {
            String v = cell(column).replace("%", "").replace(',', '.').replace(" ", "");
            if (v.isEmpty()) return null;
            try {
                var d = new BigDecimal(v);
                if (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(100)) > 0)
                    problem("REG-E008", column, cell(column), "");
                return d.setScale(2, java.math.RoundingMode.HALF_UP);
            } catch (NumberFormatException e) {
                problem("REG-E008", column, cell(column), "");
                return null;
            }
        }

        Levels levels() {
            String v = cell(RegisterColumn.LEVELS);
            if (v.isEmpty()) {
                problem("REG-E003", RegisterColumn.LEVELS, v, "");
                return new Levels(false, false, false);
            }
            boolean p = false, b = false, s = false, unknown = false;
            for (String token : v.toUpperCase(Locale.ROOT).split("[,;/\\s]+")) {
                switch (token) {
                    case "НОО", "1-4", "НАЧАЛЬНОЕ" -> p = true;
                    case "ООО", "5-9", "ОСНОВНОЕ" -> b = true;
                    case "СОО", "10-11", "СРЕДНЕЕ" -> s = true;
                    case "" -> {}
                    default -> unknown = true;
                }
            }
            if (unknown || !(p || b || s)) problem("REG-E011", RegisterColumn.LEVELS, v, "");
            return new Levels(p, b, s);
        }
    }
}
