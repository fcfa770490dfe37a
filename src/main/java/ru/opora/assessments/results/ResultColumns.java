package ru.opora.assessments.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Task;
import ru.opora.shared.importing.Header;
import ru.opora.shared.importing.ImportProblem;

/**
 * Finds the columns of a participant-level results file from its header row, as schools really
 * fill it (the ВПР «Протокол» form): the participant's code, class, variant (a second variant
 * column belongs to the same work), gender, journal mark, ОВЗ, and one column per task whose header
 * may carry the task's maximum («5.1 (1б)»), checked against the catalogue. «Итого баллов» is
 * recomputed, never read. A header the catalogue does not know can be mapped to a task once
 * ({@link ColumnMappings}); the mapping is used for every later file of that assessment.
 */
final class ResultColumns {

    private static final Pattern TASK_WITH_MAX = Pattern.compile("^(.+?)\\s*\\(\\s*(\\d+)\\s*б\\.?\\s*\\)$");
    private static final Pattern TASK_LIKE = Pattern.compile("^(\\d+(\\.\\d+)*(\\s*к\\s*\\d+)?|к\\d+|\\d+к\\d+)$");

    int code = -1;
    int school = -1;
    int classLabel = -1;
    int variant = -1;
    int gender = -1;
    int journal = -1;
    int ovz = -1;
    final int[] tasks;

    private ResultColumns(int taskCount) {
        tasks = new int[taskCount];
        Arrays.fill(tasks, -1);
    }

    /**
     * Finds the columns in the header row; what is missing or unknown is a problem of the header
     * ({@code ASM-E001}…{@code E004}), which stops the reading of the rows.
     */
    static ResultColumns detect(Header header, Assessment assessment, Map<String, String> mappings) {
        var c = new ResultColumns(assessment.tasks().size());
        var problems = new ArrayList<ImportProblem>();
        header.unmatched().forEach((i, text) -> c.place(i, text, assessment, mappings, problems));
        for (ImportProblem p : problems) header.problem(p.code(), p.column(), p.value(), p.detail());
        var missing = new ArrayList<String>();
        if (c.code < 0) missing.add("«Код»");
        if (c.classLabel < 0) missing.add("«Класс»");
        if (!missing.isEmpty()) header.problem("ASM-E001", null, "", String.join(", ", missing));
        var absentTasks = new ArrayList<String>();
        for (Task t : assessment.tasks()) if (c.tasks[t.position()] < 0) absentTasks.add(t.number());
        if (!absentTasks.isEmpty()) header.problem("ASM-E004", null, "", String.join(", ", absentTasks));
        return c;
    }

    private void place(
            int index,
            String header,
            Assessment assessment,
            Map<String, String> mappings,
            List<ImportProblem> problems) {
        String h = normalise(header);
        if (h.isEmpty()) return;
        if (h.equals("код") || h.equals("код участника") || h.equals("код ученика")) code = first(code, index);
        else if (h.equals("код оо") || h.equals("логин оо") || h.equals("код школы")) school = first(school, index);
        else if (h.startsWith("класс")) classLabel = first(classLabel, index);
        else if (h.startsWith("вариант")) variant = first(variant, index);
        else if (h.equals("пол")) gender = first(gender, index);
        else if (h.startsWith("отметка за предыдущ")
                || h.startsWith("отметка по журналу")
                || h.startsWith("отметка за период")) journal = first(journal, index);
        else if (h.equals("овз")) ovz = first(ovz, index);
        else if (h.startsWith("итого") || h.startsWith("первичный балл") || h.startsWith("отметка за работу")) return;
        else task(index, header, h, assessment, mappings, problems);
    }

    private void task(
            int index,
            String header,
            String h,
            Assessment assessment,
            Map<String, String> mappings,
            List<ImportProblem> problems) {
        Matcher withMax = TASK_WITH_MAX.matcher(h);
        String written = withMax.matches() ? withMax.group(1).strip() : h;
        String number = mappings.containsKey(written) ? normalise(mappings.get(written)) : written;
        if (!withMax.matches() && !TASK_LIKE.matcher(number).matches())
            return; // not a task: a name or a note, never stored
        var task = assessment.tasks().stream()
                .filter(t -> normalise(t.number()).equals(number))
                .findFirst();
        if (task.isEmpty()) {
            String known = String.join(
                    ", ", assessment.tasks().stream().map(Task::number).toList());
            problems.add(new ImportProblem("ASM-E002", 1, header, written, known));
            return;
        }
        if (withMax.matches()
                && Integer.parseInt(withMax.group(2)) != task.get().maxScore())
            problems.add(new ImportProblem(
                    "ASM-E003",
                    1,
                    header,
                    withMax.group(2),
                    String.valueOf(task.get().maxScore())));
        tasks[task.get().position()] = index;
    }

    private static int first(int current, int index) {
        return current >= 0 ? current : index;
    }

    /** Lower case, single spaces, «ё» as «е», Latin k as Cyrillic к (both appear in real headers). */
    static String normalise(String s) {
        return s.strip()
                .toLowerCase(Locale.ROOT)
                .replace('ё', 'е')
                .replace('k', 'к')
                .replaceAll("\\s+", " ");
    }
}
