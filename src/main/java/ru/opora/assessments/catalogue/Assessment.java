package ru.opora.assessments.catalogue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.opora.assessments.AssessmentKind;

/**
 * An assessment of the catalogue: kind, year, subject and grade, its scored tasks in order and its
 * conversion scale. The tasks' maximum scores add up to the scale's maximum primary score.
 */
public record Assessment(
        UUID id,
        AssessmentKind kind,
        int year,
        String subjectCode,
        String subjectName,
        int grade,
        List<Task> tasks,
        Scale scale) {

    public Assessment {
        tasks = List.copyOf(tasks);
        int sum = tasks.stream().mapToInt(Task::maxScore).sum();
        if (!tasks.isEmpty() && sum != scale.maxScore())
            throw new IllegalArgumentException("tasks add up to " + sum + " points, the scale to " + scale.maxScore());
    }

    public int maxPrimaryScore() {
        return scale.maxScore();
    }

    public Optional<Task> task(String number) {
        return tasks.stream()
                .filter(t -> t.number().equalsIgnoreCase(number.strip()))
                .findFirst();
    }

    public String title() {
        return kind.abbreviation() + " " + year + " · " + subjectName + " · " + grade + " класс";
    }
}
