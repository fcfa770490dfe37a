package ru.opora.assessments.results;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Task;
import ru.opora.shared.ImportProblem;

/**
 * Reads one row of a results file into a scored work of a known school, checking each cell:
 * scores within the task's maximum (empty or «X» = not attempted), the journal mark, gender, ОВЗ,
 * and the school. A row marked «отсутствовал» is an absent participant, not a work.
 */
final class ResultRowReader {

    /** A work read from a row, and the school it belongs to. */
    record Row(UUID schoolId, ScoredWork work) {}

    private final Assessment assessment;
    private final ResultColumns columns;
    private final Map<String, UUID> schoolsByCode;
    private final @Nullable UUID defaultSchool;

    ResultRowReader(
            Assessment assessment,
            ResultColumns columns,
            Map<String, UUID> schoolsByCode,
            @Nullable UUID defaultSchool) {
        this.assessment = assessment;
        this.columns = columns;
        this.schoolsByCode = schoolsByCode;
        this.defaultSchool = defaultSchool;
    }

    static boolean absent(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            // only a cell of the word's length can hold it: most cells are one digit
            if (c.length() >= 12 && c.strip().equalsIgnoreCase("отсутствовал")) return true;
        }
        return false;
    }

    Optional<Row> read(int row, List<String> cells, List<ImportProblem> problems, List<String> headers) {
        int before = problems.size();
        var cursor = new Cursor(row, cells, problems, headers);
        String code = cursor.required(columns.code);
        String classLabel = classLabel(cursor.required(columns.classLabel));
        UUID school = cursor.school();
        int variant = cursor.variant();
        byte[] scores = new byte[assessment.tasks().size()];
        for (Task t : assessment.tasks()) scores[t.position()] = cursor.score(t);
        Integer journal = cursor.journalMark();
        String gender = cursor.gender();
        boolean ovz = cursor.yes(columns.ovz);
        if (problems.size() > before || school == null) return Optional.empty();
        return Optional.of(new Row(
                school,
                ScoredWork.of(assessment, new Participant(code, classLabel, variant, journal, gender, ovz), scores)));
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

    private final class Cursor {
        private final int row;
        private final List<String> cells;
        private final List<ImportProblem> problems;
        private final List<String> headers;

        Cursor(int row, List<String> cells, List<ImportProblem> problems, List<String> headers) {
            this.row = row;
            this.cells = cells;
            this.problems = problems;
            this.headers = headers;
        }

        String cell(int column) {
            if (column < 0 || column >= cells.size()) return "";
            String v = cells.get(column);
            // most cells are one visible character, with nothing to strip
            if (v.length() == 1 && v.charAt(0) > ' ') return v;
            return v.strip();
        }

        void problem(String code, int column, String value, String detail) {
            problems.add(new ImportProblem(code, row, column < 0 ? null : headers.get(column), value, detail));
        }

        String required(int column) {
            String v = cell(column);
            if (v.isEmpty()) problem("ASM-E013", column, v, "");
            return v;
        }

        @Nullable
        UUID school() {
            if (columns.school < 0) return defaultSchool;
            String code = cell(columns.school);
            UUID id = schoolsByCode.get(code);
            if (id == null) problem("ASM-E008", columns.school, code, "");
            return id;
        }

        int variant() {
            String v = cell(columns.variant);
            if (v.isEmpty()) return 1;
            try {
                int n = Integer.parseInt(v);
                if (n >= 1 && n <= 999) return n;
            } catch (NumberFormatException e) {
                // reported below
            }
            problem("ASM-E014", columns.variant, v, "");
            return 1;
        }

        byte score(Task t) {
            int column = columns.tasks[t.position()];
            String v = cell(column);
            // most cells are one digit
            if (v.length() == 1 && v.charAt(0) >= '0' && v.charAt(0) <= '9') {
                int s = v.charAt(0) - '0';
                if (s <= t.maxScore()) return (byte) s;
            }
            v = v.replace(',', '.');
            if (v.isEmpty() || v.equalsIgnoreCase("x") || v.equalsIgnoreCase("х")) return ScoredWork.NOT_ATTEMPTED;
            try {
                int s = Integer.parseInt(v);
                if (s >= 0 && s <= t.maxScore()) return (byte) s;
                problem("ASM-E005", column, v, String.valueOf(t.maxScore()));
            } catch (NumberFormatException e) {
                problem("ASM-E006", column, v, String.valueOf(t.maxScore()));
            }
            return ScoredWork.NOT_ATTEMPTED;
        }

        @Nullable
        Integer journalMark() {
            String v = cell(columns.journal);
            if (v.isEmpty()) return null;
            if (v.length() == 1 && v.charAt(0) >= '1' && v.charAt(0) <= '5') return v.charAt(0) - '0';
            problem("ASM-E011", columns.journal, v, "");
            return null;
        }

        @Nullable
        String gender() {
            String v = cell(columns.gender);
            if (v.equals("м")) return "м";
            if (v.equals("ж")) return "ж";
            v = v.toLowerCase(Locale.ROOT);
            return switch (v) {
                case "" -> null;
                case "м", "муж", "m" -> "м";
                case "ж", "жен", "f" -> "ж";
                default -> {
                    problem("ASM-E012", columns.gender, v, "");
                    yield null;
                }
            };
        }

        boolean yes(int column) {
            String v = cell(column);
            if (v.isEmpty() || v.equals("нет") || v.equals("0")) return false;
            v = v.toLowerCase(Locale.ROOT);
            return v.equals("да") || v.equals("1") || v.equals("+");
        }
    }
}
