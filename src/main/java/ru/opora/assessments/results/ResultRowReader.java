package ru.opora.assessments.results;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Task;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.SchoolsByCode;
import ru.opora.shared.importing.Row;

/**
 * Reads one row of a results file into a scored work of a known school, checking each cell:
 * scores within the task's maximum (empty or «X» = not attempted), the journal mark, gender, ОВЗ,
 * and the school. A row marked «отсутствовал» is an absent participant, not a work. A file holds
 * millions of rows, so the common cell (one digit) is read without parsing.
 */
final class ResultRowReader {

    /** A work read from a row, and the school it belongs to. */
    record Work(UUID schoolId, ScoredWork work) {}

    private final Assessment assessment;
    private final ResultColumns columns;
    private final SchoolsByCode schools;
    private final @Nullable UUID defaultSchool;
    private final String defaultCode;
    // the catalogue's figures as arrays, read once: a file has millions of rows
    private final int[] taskColumns;
    private final int[] maxScores;
    private final int[] markByPrimary;
    private final String[] maxScoreTexts;

    ResultRowReader(Assessment assessment, ResultColumns columns, SchoolsByCode schools, @Nullable UUID defaultSchool) {
        this.assessment = assessment;
        this.columns = columns;
        this.schools = schools;
        this.defaultSchool = defaultSchool;
        this.defaultCode = defaultSchool == null
                ? ""
                : schools.byId(defaultSchool).map(OrgUnitRef::code).orElse("");
        int taskCount = assessment.tasks().size();
        this.taskColumns = new int[taskCount];
        this.maxScores = new int[taskCount];
        this.maxScoreTexts = new String[taskCount];
        for (Task t : assessment.tasks()) {
            taskColumns[t.position()] = columns.tasks[t.position()];
            maxScores[t.position()] = t.maxScore();
            maxScoreTexts[t.position()] = String.valueOf(t.maxScore());
        }
        this.markByPrimary = new int[assessment.maxPrimaryScore() + 1];
        for (int p = 0; p < markByPrimary.length; p++)
            markByPrimary[p] = assessment.scale().markFor(p);
    }

    private static final String ABSENT = "отсутствовал";

    static boolean absent(Row row) {
        for (int i = 0; i < row.size(); i++) {
            // only a cell of the word's length can hold it: most cells are one digit, not read as text
            if (row.mayHold(i, ABSENT.length()) && row.cell(i).equalsIgnoreCase(ABSENT)) return true;
        }
        return false;
    }

    /** The row's work, or null when the row has a problem (which it adds to the row). */
    @Nullable
    Work read(Row row) {
        String code = required(row, columns.code);
        String classLabel = classLabel(required(row, columns.classLabel));
        UUID school = school(row);
        int variant = variant(row);
        byte[] scores = new byte[taskColumns.length];
        int primary = 0;
        for (int t = 0; t < scores.length; t++) {
            byte s = score(row, t);
            scores[t] = s;
            if (s != ScoredWork.NOT_ATTEMPTED) primary += s;
        }
        Integer journal = journalMark(row);
        String gender = gender(row);
        boolean ovz = yes(row.cell(columns.ovz));
        if (!row.ok() || school == null) return null;
        var participant = new Participant(code, classLabel, variant, journal, gender, ovz);
        return new Work(school, new ScoredWork(participant, scores, primary, markByPrimary[primary]));
    }

    private String lastLabel = "";
    private String lastClass = "";

    /** «5 а» and «5А» are one class; most rows repeat the previous row's label, so it is kept. */
    private String classLabel(String raw) {
        if (raw.equals(lastLabel)) return lastClass;
        lastLabel = raw;
        lastClass = raw.toUpperCase(Locale.ROOT).replace(" ", "");
        return lastClass;
    }

    private static void problem(Row row, String code, int column, String value, String detail) {
        row.problem(code, column < 0 ? null : row.header(column), value, detail);
    }

    private static String required(Row row, int column) {
        String v = row.cell(column);
        if (v.isEmpty()) problem(row, "CELL-E001", column, v, "");
        return v;
    }

    /**
     * The last school found and checked, by its code. The code starts as one space, which no cell
     * holds (cells are stripped): the first row then takes the same branch as any row of a new
     * school, where a null test would be a branch the hot code has never seen at each file's start.
     */
    private String lastCode = " ";

    private @Nullable UUID lastSchool;

    private @Nullable UUID school(Row row) {
        if (columns.school < 0) {
            if (defaultSchool != null) taught(row, defaultSchool, defaultCode);
            return defaultSchool;
        }
        String code = row.cell(columns.school);
        // rows come school after school: a code found and checked is taken again without looking up
        if (code.equals(lastCode)) return lastSchool;
        OrgUnitRef found = schools.find(code).orElse(null);
        if (found == null) problem(row, schools.unknownCode(), columns.school, code, "");
        else if (taught(row, found.id(), code)) {
            lastCode = code;
            lastSchool = found.id();
        }
        return found == null ? null : found.id();
    }

    /** A school's own results are of a grade it teaches: a grade-8 work of a primary school is a wrong code. */
    private boolean taught(Row row, UUID school, String code) {
        var levels = schools.levels(school);
        if (levels.teachesGrade(assessment.grade())) return true;
        problem(row, "ASM-E016", columns.school, code, assessment.grade() + " (" + levels.names() + ")");
        return false;
    }

    private static int variant(Row row, int column) {
        int digit = row.digit(column);
        if (digit >= 1) return digit;
        String v = row.cell(column);
        if (v.isEmpty()) return 1;
        Integer n = Row.parseInteger(v);
        if (n != null && n >= 1 && n <= 999) return n;
        problem(row, "ASM-E014", column, v, "");
        return 1;
    }

    private int variant(Row row) {
        return variant(row, columns.variant);
    }

    private byte score(Row row, int task) {
        int column = taskColumns[task];
        int max = maxScores[task];
        // most cells are one digit, read without their text
        int digit = row.digit(column);
        if (digit >= 0 && digit <= max) return (byte) digit;
        String v = row.cell(column).replace(',', '.');
        if (v.isEmpty() || v.equalsIgnoreCase("x") || v.equalsIgnoreCase("х")) return ScoredWork.NOT_ATTEMPTED;
        Integer s = Row.parseInteger(v);
        if (s == null) problem(row, "ASM-E006", column, v, maxScoreTexts[task]);
        else if (s < 0 || s > max) problem(row, "ASM-E005", column, v, maxScoreTexts[task]);
        else return (byte) (int) s;
        return ScoredWork.NOT_ATTEMPTED;
    }

    private @Nullable Integer journalMark(Row row) {
        int digit = row.digit(columns.journal);
        if (digit >= 1 && digit <= 5) return digit;
        String v = row.cell(columns.journal);
        if (v.isEmpty()) return null;
        problem(row, "ASM-E011", columns.journal, v, "");
        return null;
    }

    private @Nullable String gender(Row row) {
        String v = row.cell(columns.gender);
        if (v.equals("м")) return "м";
        if (v.equals("ж")) return "ж";
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "м", "муж", "m" -> "м";
            case "ж", "жен", "f" -> "ж";
            default -> {
                problem(row, "ASM-E012", columns.gender, v, "");
                yield null;
            }
        };
    }

    private static boolean yes(String v) {
        if (v.isEmpty() || v.equals("нет") || v.equals("0")) return false;
        String lower = v.toLowerCase(Locale.ROOT);
        return lower.equals("да") || lower.equals("1") || lower.equals("+");
    }
}
