package ru.opora.assessments;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.assessments.catalogue.Difficulty;
import ru.opora.assessments.catalogue.Scale;
import ru.opora.assessments.catalogue.Task;

/** Assessments of docs/domain.md §6.1 for tests. */
public final class AssessmentFixtures {

    private AssessmentFixtures() {}

    /** Русский язык, 4 класс, КИМ 2025/2026: 12 tasks, max 24, scale 0–9 / 10–15 / 16–20 / 21–24. */
    public static Assessment russian4() {
        int[] max = {2, 1, 2, 3, 2, 1, 1, 2, 3, 3, 1, 3};
        var tasks = new ArrayList<Task>();
        for (int i = 0; i < max.length; i++)
            tasks.add(new Task(i, String.valueOf(i + 1), max[i], null, null, Difficulty.BASIC));
        return new Assessment(
                UUID.randomUUID(), AssessmentKind.VPR, 2025, "RU", "Русский язык", 4, tasks, Scale.of(10, 16, 21, 24));
    }

    /** A one-task assessment whose task has the given maximum, for solve-rate examples. */
    public static Assessment oneTask(int maxScore) {
        return new Assessment(
                UUID.randomUUID(),
                AssessmentKind.VPR,
                2025,
                "X",
                "Проба",
                5,
                List.of(new Task(0, "4", maxScore, null, null, Difficulty.BASIC)),
                Scale.of(1, 2, 3, maxScore));
    }
}
