package ru.opora.assessments.catalogue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import ru.opora.assessments.AssessmentKind;
import ru.opora.shared.UploadedSheet;

/**
 * Reads a catalogue file: one row per task, the assessment's columns repeated on each of its rows
 * (the long layout people keep in Excel). Problems are collected as sentences naming the row.
 */
public final class CatalogueFile {

    /** What was read: the assessments, or the problems that stop the whole file. */
    public record Result(List<Assessment> assessments, List<String> problems) {}

    private static final String[] HEADERS = {
        "Вид",
        "Год",
        "Код предмета",
        "Предмет",
        "Класс",
        "Задание",
        "Макс. балл",
        "Код умения",
        "Проверяемое умение",
        "Уровень",
        "Мин. балл «3»",
        "Мин. балл «4»",
        "Мин. балл «5»"
    };

    private CatalogueFile() {}

    public static Result read(String fileName, Path file) {
        var problems = new ArrayList<String>();
        var groups = new LinkedHashMap<String, List<List<String>>>();
        var rowNumbers = new LinkedHashMap<String, Integer>();
        UploadedSheet.read(fileName, file, 5L * 1024 * 1024, (row, cells) -> {
            if (row == 1 || cells.getFirst().equalsIgnoreCase(HEADERS[0])) return;
            if (cells.size() < HEADERS.length) {
                problems.add("Строка " + row + ": нужно " + HEADERS.length + " столбцов, а их " + cells.size() + ".");
                return;
            }
            String key = String.join("|", cells.subList(0, 5)).toLowerCase(Locale.ROOT);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(cells);
            rowNumbers.putIfAbsent(key, row);
        });
        var assessments = new ArrayList<Assessment>();
        for (Map.Entry<String, List<List<String>>> g : groups.entrySet()) {
            try {
                assessments.add(assessment(g.getValue()));
            } catch (RuntimeException e) {
                problems.add("Строка " + rowNumbers.get(g.getKey()) + ": " + e.getMessage());
            }
        }
        return new Result(assessments, problems);
    }

    private static Assessment assessment(List<List<String>> rows) {
        List<String> first = rows.getFirst();
        var tasks = new ArrayList<Task>();
        for (List<String> r : rows) {
            if (!r.subList(10, 13).equals(first.subList(10, 13)))
                throw new IllegalArgumentException("шкала должна совпадать во всех строках работы.");
            var difficulty = Difficulty.parse(r.get(9))
                    .orElseThrow(
                            () -> new IllegalArgumentException("уровень «" + r.get(9) + "»: ожидается Б, П или В."));
            tasks.add(new Task(
                    tasks.size(),
                    r.get(5).strip(),
                    integer(r.get(6), "макс. балл"),
                    blank(r.get(7)),
                    blank(r.get(8)),
                    difficulty));
        }
        int max = tasks.stream().mapToInt(Task::maxScore).sum();
        return new Assessment(
                UUID.randomUUID(),
                kind(first.getFirst()),
                integer(first.get(1), "год"),
                first.get(2).strip(),
                first.get(3).strip(),
                integer(first.get(4), "класс"),
                tasks,
                Scale.of(
                        integer(first.get(10), "мин. «3»"),
                        integer(first.get(11), "мин. «4»"),
                        integer(first.get(12), "мин. «5»"),
                        max));
    }

    static AssessmentKind kind(String text) {
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "ВПР", "VPR" -> AssessmentKind.VPR;
            case "ОГЭ", "OGE" -> AssessmentKind.OGE;
            case "ЕГЭ", "EGE" -> AssessmentKind.EGE;
            case "РДР", "РЕГИОНАЛЬНАЯ", "REGIONAL" -> AssessmentKind.REGIONAL;
            default ->
                throw new IllegalArgumentException("вид работы «" + text + "»: ожидается ВПР, ОГЭ, ЕГЭ или РДР.");
        };
    }

    private static int integer(String text, String what) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " «" + text + "» — не целое число.");
        }
    }

    private static @org.jspecify.annotations.Nullable String blank(String s) {
        return s.isBlank() ? null : s.strip();
    }
}
