package ru.opora.shared.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import ru.opora.shared.Formats;

/**
 * One data row of a file, read cell by cell as the types people write: whole numbers and decimals
 * with a comma or a point and spaces between thousands, dates as ДД.ММ.ГГГГ, «да»/«нет». A cell that
 * cannot be read adds a coded problem naming the row and the column (codes CELL-…) and gives
 * {@code null}; {@link #ok()} tells whether the row read cleanly.
 */
public final class Row {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private final int number;
    private final List<String> cells;
    private final Header header;
    private final ImportProblems problems;
    private int found;

    Row(int number, List<String> cells, Header header, ImportProblems problems) {
        this.number = number;
        this.cells = cells;
        this.header = header;
        this.problems = problems;
    }

    /** The row as the user sees it in Excel (the header is usually row 1). */
    public int number() {
        return number;
    }

    /** True while no cell of this row has had a problem. */
    public boolean ok() {
        return found == 0;
    }

    /** A cell's text, stripped; {@code ""} when the column is not in the file or the cell is empty. */
    public String text(Column column) {
        var index = header.index(column);
        return index.isPresent() ? cell(index.getAsInt()) : "";
    }

    /** The cell at a column index (for columns named by data), stripped; {@code ""} for a negative index. */
    public String cell(int index) {
        if (index < 0 || index >= cells.size()) return "";
        String v = cells.get(index);
        // most cells of a large file begin and end with a visible character: nothing to strip
        int n = v.length();
        return n == 0 || (visible(v.charAt(0)) && visible(v.charAt(n - 1))) ? v : v.strip();
    }

    /**
     * The cell's digit when it holds one digit, otherwise -1: a score of a results file, read
     * without turning the cell into text.
     */
    public int digit(int index) {
        if (index < 0 || index >= cells.size()) return -1;
        if (cells instanceof RawCells raw) return raw.digit(index);
        String v = cell(index);
        return v.length() == 1 && v.charAt(0) >= '0' && v.charAt(0) <= '9' ? v.charAt(0) - '0' : -1;
    }

    /** False when the cell surely holds fewer than {@code characters} characters (quick: the text is not read). */
    public boolean mayHold(int index, int characters) {
        if (index < 0 || index >= cells.size()) return false;
        if (cells instanceof RawCells raw) return raw.mayHold(index, characters);
        return cells.get(index).length() >= characters;
    }

    /** How many cells the row has, empty ones at its end included. */
    public int size() {
        return cells.size();
    }

    private static boolean visible(char c) {
        return c > ' ' && (c < 0x7F || !Character.isWhitespace(c));
    }

    /** The row's cells as read, for an import that looks at them all (a marker anywhere in the row). */
    public List<String> cells() {
        return cells;
    }

    /** The header's text of a column index: what a problem in a column named by data is called. */
    public String header(int index) {
        return header.text(index);
    }

    /** A cell that must hold something. */
    public String required(Column column) {
        String v = text(column);
        if (v.isEmpty()) problem("CELL-E001", column, v, "");
        return v;
    }

    /** Text of at most {@code maxLength} characters; {@code null} when empty and optional. */
    public @Nullable String text(Column column, int maxLength) {
        String v = column.required() ? required(column) : text(column);
        if (v.length() > maxLength) problem("CELL-E006", column, v.substring(0, 40) + "…", String.valueOf(maxLength));
        return v.isEmpty() ? null : v;
    }

    /** A whole number from {@code min} to {@code max}; {@code null} when it is not one (or empty and optional). */
    public @Nullable Integer integer(Column column, int min, int max) {
        String v = text(column);
        if (blank(column, v)) return null;
        Integer n = parseInteger(v);
        if (n == null || n < min || n > max) {
            problem("CELL-E002", column, v, range(min, max));
            return null;
        }
        return n;
    }

    /** A decimal from {@code min} to {@code max}, written with a comma or a point (a trailing «%» allowed). */
    public @Nullable BigDecimal decimal(Column column, BigDecimal min, BigDecimal max) {
        String v = text(column);
        if (blank(column, v)) return null;
        BigDecimal d = parseDecimal(v);
        if (d == null || d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            problem("CELL-E003", column, v, range(min, max));
            return null;
        }
        return d;
    }

    /** Any finite decimal. */
    public @Nullable BigDecimal decimal(Column column) {
        String v = text(column);
        if (blank(column, v)) return null;
        BigDecimal d = parseDecimal(v);
        if (d == null) problem("CELL-E007", column, v, "");
        return d;
    }

    /** A date written ДД.ММ.ГГГГ (or ГГГГ-ММ-ДД, as some systems export). */
    public @Nullable LocalDate date(Column column) {
        String v = text(column);
        if (blank(column, v)) return null;
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException e) {
                // the next spelling
            }
        }
        problem("CELL-E004", column, v, "");
        return null;
    }

    /** «да» or «нет» (and their usual spellings); an empty cell is «нет». */
    public boolean yesNo(Column column) {
        String v = text(column);
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "", "нет", "н", "0", "false", "-", "no" -> false;
            case "да", "д", "1", "true", "+", "yes" -> true;
            default -> {
                problem("CELL-E005", column, v, "");
                yield false;
            }
        };
    }

    /** One of a list of values, as {@code parse} reads them; {@code allowed} is what the message offers. */
    public <T> @Nullable T choice(Column column, Function<String, Optional<T>> parse, String code, String allowed) {
        String v = text(column);
        if (blank(column, v)) return null;
        var parsed = parse.apply(v);
        if (parsed.isEmpty()) problem(code, column, v, allowed);
        return parsed.orElse(null);
    }

    /** What the cell's code names, among what the importing user may write to. */
    public <T> @Nullable T reference(Column column, Reference<T> reference) {
        String v = text(column);
        if (blank(column, v)) return null;
        var found = reference.find(v);
        if (found.isEmpty()) problem(reference.unknownCode(), column, v, "");
        return found.orElse(null);
    }

    public void problem(String code, Column column, String value, String detail) {
        problem(code, column.header(), value, detail);
    }

    /** A problem in a column named by data, or in no column when {@code column} is {@code null}. */
    public void problem(String code, @Nullable String column, String value, String detail) {
        found++;
        problems.add(new ImportProblem(code, number, column, value, detail));
    }

    private boolean blank(Column column, String v) {
        if (!v.isEmpty()) return false;
        if (column.required()) problem("CELL-E001", column, v, "");
        return true;
    }

    private static String range(Object min, Object max) {
        return Formats.plain(min) + " до " + Formats.plain(max);
    }

    /** A whole number as people write it: «1 200», «1200», «1200,0». */
    public static @Nullable Integer parseInteger(String text) {
        // the common cell, a few plain digits, without the decimal's way round
        int n = text.length();
        if (n > 0 && n <= 9) {
            int value = 0;
            for (int i = 0; i < n && value >= 0; i++) {
                int digit = text.charAt(i) - '0';
                value = digit >= 0 && digit <= 9 ? value * 10 + digit : -1;
            }
            if (value >= 0) return value;
        }
        BigDecimal d = parseDecimal(text);
        if (d == null || d.stripTrailingZeros().scale() > 0) return null;
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** A decimal as people write it: a comma or a point, spaces (also non-breaking) between thousands, a trailing «%». */
    public static @Nullable BigDecimal parseDecimal(String text) {
        String v = text.strip();
        if (v.endsWith("%")) v = v.substring(0, v.length() - 1);
        v = v.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(',', '.');
        if (v.isEmpty() || !DECIMAL.matcher(v).matches()) return null;
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
