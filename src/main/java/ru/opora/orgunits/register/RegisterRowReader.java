package ru.opora.orgunits.register;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import ru.opora.orgunits.SchoolKind;
import ru.opora.orgunits.Settlement;
import ru.opora.shared.importing.Row;
import ru.opora.shared.importing.TabularImport;

/**
 * Reads one data row of a register file into a {@link SchoolDraft}: the pipeline's typed cells
 * (required values, numbers, yes/no, text length) and the register's own checks (a known
 * municipality, the code's characters, INN, OGRN, levels taught, settlement, school kind). A row
 * with a problem gives no draft.
 */
final class RegisterRowReader implements TabularImport.RowReader<SchoolDraft> {

    static final int MAX_TEXT = 500;
    static final int MAX_HEADCOUNT = 100_000;
    private static final String CODE_PATTERN = "[0-9A-Za-zА-Яа-яЁё._-]{1,32}";

    private final Predicate<String> knownMunicipality;
    private final Predicate<String> codeTaken;
    private final boolean mayFound;
    private final Map<String, String> founded = new LinkedHashMap<>();

    /**
     * @param knownMunicipality whether a municipality's code, OKTMO or name is in the importing user's scope
     * @param codeTaken whether a municipality of any region has the code
     * @param mayFound whether the importer (a region's) may create a municipality that a row names by a new
     *     code and a name
     */
    RegisterRowReader(Predicate<String> knownMunicipality, Predicate<String> codeTaken, boolean mayFound) {
        this.knownMunicipality = knownMunicipality;
        this.codeTaken = codeTaken;
        this.mayFound = mayFound;
    }

    /** The municipalities the file founds: code → name. */
    Map<String, String> founded() {
        return founded;
    }

    @Override
    public @Nullable SchoolDraft read(Row row) {
        String code = text(row, RegisterColumn.CODE);
        if (!code.isEmpty() && !code.matches(CODE_PATTERN)) problem(row, "REG-E020", RegisterColumn.CODE, code);
        String municipality = text(row, RegisterColumn.MUNICIPALITY);
        // a municipality outside the scope reads as unknown: the file cannot tell what exists elsewhere
        if (!municipality.isEmpty() && !knownMunicipality.test(municipality) && !founds(row, municipality))
            problem(row, "REG-E005", RegisterColumn.MUNICIPALITY, municipality);
        String fullName = text(row, RegisterColumn.FULL_NAME);
        String shortName = text(row, RegisterColumn.SHORT_NAME);
        String inn = text(row, RegisterColumn.INN);
        if (!inn.isEmpty() && !Inn.isValid(inn)) problem(row, "REG-E006", RegisterColumn.INN, inn);
        String ogrn = row.text(RegisterColumn.OGRN.column(), MAX_TEXT);
        if (ogrn != null && !ogrn.matches("\\d{13}")) problem(row, "REG-E021", RegisterColumn.OGRN, ogrn);
        String fis = row.text(RegisterColumn.FIS_OKO_LOGIN.column(), MAX_TEXT);
        SchoolKind kind = row.choice(RegisterColumn.KIND.column(), SchoolKind::parse, "REG-E012", "");
        Levels levels = levels(row);
        Settlement settlement = row.choice(RegisterColumn.SETTLEMENT.column(), Settlement::parse, "REG-E010", "");
        boolean small = row.yesNo(RegisterColumn.SMALL.column());
        boolean correctional = row.yesNo(RegisterColumn.CORRECTIONAL.column());
        Integer students = row.integer(RegisterColumn.STUDENTS.column(), 0, MAX_HEADCOUNT);
        Integer teachers = row.integer(RegisterColumn.TEACHERS.column(), 0, MAX_HEADCOUNT);
        BigDecimal ovz = row.decimal(RegisterColumn.SHARE_OVZ.column(), BigDecimal.ZERO, BigDecimal.valueOf(100));
        boolean adverse = row.yesNo(RegisterColumn.ADVERSE.column());
        String branchOf = row.text(RegisterColumn.BRANCH_OF.column(), MAX_TEXT);
        if (!row.ok() || settlement == null || students == null || teachers == null) return null;
        return new SchoolDraft(
                row.number(),
                code,
                municipality,
                fullName,
                shortName,
                inn,
                ogrn,
                fis,
                kind == null ? SchoolKind.SOSH : kind,
                levels.primary,
                levels.basic,
                levels.secondary,
                settlement,
                small,
                correctional,
                students,
                teachers,
                ovz == null ? null : ovz.setScale(2, java.math.RoundingMode.HALF_UP),
                adverse,
                branchOf);
    }

    /** A new municipality named by its code and name, which the same file may found. */
    private boolean founds(Row row, String code) {
        String name = row.text(RegisterColumn.MUNICIPALITY_NAME.column()).strip();
        String first = founded.get(code);
        if (first != null) { // founded above: later rows may name it by its code alone
            if (!name.isEmpty() && !first.equals(name))
                row.problem("REG-E024", RegisterColumn.MUNICIPALITY_NAME.column(), name, first);
            return true;
        }
        if (!mayFound || name.isEmpty() || !code.matches(CODE_PATTERN) || codeTaken.test(code)) return false;
        founded.put(code, name);
        return true;
    }

    private static String text(Row row, RegisterColumn column) {
        String v = row.text(column.column(), MAX_TEXT);
        return v == null ? "" : v;
    }

    private static void problem(Row row, String code, RegisterColumn column, String value) {
        row.problem(code, column.column(), value, "");
    }

    private record Levels(boolean primary, boolean basic, boolean secondary) {}

    private static Levels levels(Row row) {
        String v = row.required(RegisterColumn.LEVELS.column());
        if (v.isEmpty()) return new Levels(false, false, false);
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
        if (unknown || !(p || b || s)) problem(row, "REG-E011", RegisterColumn.LEVELS, v);
        return new Levels(p, b, s);
    }
}
