package ru.opora.assessments.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.opora.assessments.AssessmentKind;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.ImportProblem;
import ru.opora.shared.importing.ImportProblems;
import ru.opora.shared.importing.Row;
import ru.opora.shared.importing.TabularImport;

/**
 * A catalogue file: one row per task, the assessment's columns repeated on each of its rows (the
 * long layout people keep in Excel). Rows are read by the import pipeline; the rows of one
 * assessment then make one {@link Assessment}, its scale the same on every row.
 */
final class CatalogueFile {

    static final Column KIND = Column.required("Вид");
    static final Column YEAR = Column.required("Год");
    static final Column SUBJECT_CODE = Column.required("Код предмета");
    static final Column SUBJECT = Column.required("Предмет");
    static final Column GRADE = Column.required("Класс");
    static final Column TASK = Column.required("Задание");
    static final Column MAX = Column.required("Макс. балл", "Максимальный балл");
    static final Column SKILL_CODE = Column.optional("Код умения");
    static final Column SKILL = Column.optional("Проверяемое умение");
    static final Column LEVEL = Column.required("Уровень");
    static final Column MIN3 = Column.required("Мин. балл «3»");
    static final Column MIN4 = Column.required("Мин. балл «4»");
    static final Column MIN5 = Column.required("Мин. балл «5»");
    static final List<Column> COLUMNS =
            List.of(KIND, YEAR, SUBJECT_CODE, SUBJECT, GRADE, TASK, MAX, SKILL_CODE, SKILL, LEVEL, MIN3, MIN4, MIN5);

    static final Map<Difficulty, String> LEVELS =
            Map.of(Difficulty.BASIC, "Б", Difficulty.ADVANCED, "П", Difficulty.HIGH, "В");

    /** One row: a task of an assessment, with the assessment's columns. */
    record Line(
            int row,
            AssessmentKind kind,
            int year,
            String subjectCode,
            String subjectName,
            int grade,
            String task,
            int maxScore,
            @Nullable String skillCode,
            @Nullable String skill,
            Difficulty difficulty,
            List<Integer> scale) {

        String key() {
            return (kind + "|" + year + "|" + subjectCode + "|" + grade).toLowerCase(Locale.ROOT);
        }

        String title() {
            return kind.abbreviation() + " " + year + " · " + subjectName + " · " + grade;
        }
    }

    /** An assessment read from its rows, with the row it starts on (for messages). */
    record Read(int row, Assessment assessment) {}

    private CatalogueFile() {}

    static @Nullable Line line(Row row) {
        AssessmentKind kind = row.choice(KIND, CatalogueFile::kind, "CAT-E001", "");
        Integer year = row.integer(YEAR, 2000, 2100);
        String subjectCode = row.required(SUBJECT_CODE);
        String subjectName = row.required(SUBJECT);
        Integer grade = row.integer(GRADE, 1, 11);
        String task = row.required(TASK);
        Integer max = row.integer(MAX, 1, 100);
        String skillCode = row.text(SKILL_CODE, 64);
        String skill = row.text(SKILL, 1000);
        Difficulty difficulty = row.choice(LEVEL, Difficulty::parse, "CAT-E002", "");
        Integer min3 = row.integer(MIN3, 1, 1000);
        Integer min4 = row.integer(MIN4, 1, 1000);
        Integer min5 = row.integer(MIN5, 1, 1000);
        if (!row.ok() || kind == null || year == null || grade == null || max == null || difficulty == null)
            return null;
        return new Line(
                row.number(),
                kind,
                year,
                subjectCode,
                subjectName,
                grade,
                task,
                max,
                skillCode,
                skill,
                difficulty,
                List.of(
                        java.util.Objects.requireNonNull(min3),
                        java.util.Objects.requireNonNull(min4),
                        java.util.Objects.requireNonNull(min5)));
    }

    /** The assessments of the lines; what cannot make one is added to {@code problems} by row. */
    static List<Read> assessments(List<Line> lines, ImportProblems problems) {
        var groups = new LinkedHashMap<String, List<Line>>();
        for (Line l : lines)
            groups.computeIfAbsent(l.key(), k -> new ArrayList<>()).add(l);
        var result = new ArrayList<Read>();
        for (List<Line> group : groups.values()) {
            var assessment = assessment(group, problems);
            if (assessment != null) result.add(new Read(group.getFirst().row(), assessment));
        }
        return result;
    }

    private static @Nullable Assessment assessment(List<Line> group, ImportProblems problems) {
        Line first = group.getFirst();
        int before = problems.count();
        var tasks = new ArrayList<Task>();
        var seen = new HashMap<String, Integer>();
        for (Line l : group) {
            if (!l.scale().equals(first.scale()))
                problems.add(new ImportProblem(
                        "CAT-E003", l.row(), MIN3.header(), first.title(), String.valueOf(first.row())));
            Integer other = seen.putIfAbsent(l.task().toLowerCase(Locale.ROOT), l.row());
            if (other != null)
                problems.add(new ImportProblem("CAT-E005", l.row(), TASK.header(), l.task(), String.valueOf(other)));
            tasks.add(new Task(tasks.size(), l.task(), l.maxScore(), l.skillCode(), l.skill(), l.difficulty()));
        }
        int max = tasks.stream().mapToInt(Task::maxScore).sum();
        var s = first.scale();
        if (!(s.get(0) < s.get(1) && s.get(1) < s.get(2) && s.get(2) <= max))
            problems.add(new ImportProblem("CAT-E004", first.row(), MIN3.header(), first.title(), String.valueOf(max)));
        if (problems.count() > before) return null;
        return new Assessment(
                UUID.randomUUID(),
                first.kind(),
                first.year(),
                first.subjectCode(),
                first.subjectName(),
                first.grade(),
                tasks,
                Scale.of(s.get(0), s.get(1), s.get(2), max));
    }

    /** Reads a catalogue file into assessments, or the problems that stop it. */
    static TabularImport.Reading<Read> read(TabularImport.Upload upload) {
        var reading = TabularImport.read(upload, COLUMNS, CatalogueFile::line);
        if (!reading.problems().isEmpty()) return reading.as(List.of());
        return reading.as(assessments(reading.entries(), reading.problems()));
    }

    /** The catalogue in this file's own layout: download, edit in Excel, load again. */
    static ru.opora.shared.Table table(List<Assessment> assessments) {
        var rows = new ArrayList<List<?>>();
        for (Assessment a : assessments)
            for (Task t : a.tasks())
                rows.add(java.util.Arrays.asList(
                        a.kind().abbreviation(),
                        a.year(),
                        a.subjectCode(),
                        a.subjectName(),
                        a.grade(),
                        ru.opora.shared.Table.numberIfWhole(t.number()),
                        t.maxScore(),
                        t.skillCode(),
                        t.skill(),
                        LEVELS.get(t.difficulty()),
                        a.scale().threshold(3),
                        a.scale().threshold(4),
                        a.scale().threshold(5)));
        return new ru.opora.shared.Table("Каталог", headers(), rows);
    }

    static List<String> headers() {
        return COLUMNS.stream().map(Column::header).toList();
    }

    static Optional<AssessmentKind> kind(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "ВПР", "VPR" -> Optional.of(AssessmentKind.VPR);
            case "ОГЭ", "OGE" -> Optional.of(AssessmentKind.OGE);
            case "ЕГЭ", "EGE" -> Optional.of(AssessmentKind.EGE);
            case "РДР", "РЕГИОНАЛЬНАЯ", "REGIONAL" -> Optional.of(AssessmentKind.REGIONAL);
            default -> Optional.empty();
        };
    }
}
