package ru.opora.assessments.gia;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.shared.ImportProblem;
import ru.opora.shared.UnreadableFile;
import ru.opora.shared.UploadedSheet;

/**
 * Reads an ОГЭ/ЕГЭ aggregate file: «Экзамен; Год; Код предмета; Предмет; Код ОО; Участников;
 * Не преодолели минимум; Средний балл; «2»; «3»; «4»; «5»» (the marks for ОГЭ only), one row per
 * school and subject. Every cell is checked; problems name row and column (codes GIA-E…).
 */
final class GiaFile {

    static final String[] HEADERS = {
        "Экзамен",
        "Год",
        "Код предмета",
        "Предмет",
        "Код ОО",
        "Участников",
        "Не преодолели минимум",
        "Средний балл",
        "«2»",
        "«3»",
        "«4»",
        "«5»"
    };

    final List<GiaRow> rows = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();

    static GiaFile read(String fileName, Path file, Map<String, OrgUnitRef> schools) {
        var result = new GiaFile();
        var seen = new HashSet<String>();
        try {
            UploadedSheet.read(fileName, file, 20L * 1024 * 1024, (row, cells) -> {
                if (row == 1 || cells.getFirst().strip().equalsIgnoreCase(HEADERS[0])) return;
                result.row(row, cells, schools, seen);
            });
        } catch (UnreadableFile e) {
            result.problems.add(ImportProblem.of(e));
        }
        if (result.problems.isEmpty() && result.rows.isEmpty())
            result.problems.add(ImportProblem.ofFile("ASM-E010", ""));
        return result;
    }

    private void row(int row, List<String> cells, Map<String, OrgUnitRef> schools, HashSet<String> seen) {
        var cell = new HashMap<Integer, String>();
        for (int i = 0; i < HEADERS.length; i++)
            cell.put(i, i < cells.size() ? cells.get(i).strip() : "");
        int before = problems.size();
        String exam = switch (cell.get(0).toUpperCase(Locale.ROOT)) {
            case "ОГЭ", "OGE" -> "OGE";
            case "ЕГЭ", "EGE" -> "EGE";
            default -> {
                problem(row, 0, cell.get(0), "GIA-E001");
                yield "";
            }
        };
        int year = number(row, 1, cell.get(1), 2000, 2100);
        OrgUnitRef school = schools.get(cell.get(4));
        if (school == null) problem(row, 4, cell.get(4), "ASM-E008");
        int participants = number(row, 5, cell.get(5), 1, 100_000);
        int below = number(row, 6, cell.get(6), 0, participants);
        BigDecimal mean = decimal(row, 7, cell.get(7));
        int[] marks = null;
        if (exam.equals("OGE") && !cell.get(8).isEmpty()) {
            marks = new int[4];
            for (int m = 0; m < 4; m++) marks[m] = number(row, 8 + m, cell.get(8 + m), 0, participants);
            if (problems.size() == before && java.util.Arrays.stream(marks).sum() != participants)
                problem(row, 8, cell.get(8), "GIA-E003");
        }
        if (cell.get(2).isEmpty()) problem(row, 2, "", "ASM-E013");
        if (!seen.add(exam + "|" + year + "|" + cell.get(2) + "|" + cell.get(4)))
            problem(row, 4, cell.get(4), "GIA-E004");
        if (problems.size() == before && school != null)
            rows.add(new GiaRow(
                    exam,
                    year,
                    cell.get(2),
                    cell.get(3),
                    school.id(),
                    school.path(),
                    participants,
                    below,
                    mean,
                    marks));
    }

    private int number(int row, int column, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.replace(" ", ""));
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new ImportProblem("GIA-E002", row, HEADERS[column], value, min + "–" + max));
        return min;
    }

    private BigDecimal decimal(int row, int column, String value) {
        try {
            var d = new BigDecimal(value.replace(',', '.'));
            if (d.signum() >= 0 && d.compareTo(BigDecimal.valueOf(100)) <= 0) return d;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new ImportProblem("GIA-E002", row, HEADERS[column], value, "0–100"));
        return BigDecimal.ZERO;
    }

    private void problem(int row, int column, String value, String code) {
        problems.add(new ImportProblem(code, row, HEADERS[column], value, ""));
    }
}
