package ru.opora.assessments.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * One scored item of an assessment: a task or a criterion of one («5.1», «11.3 k1», «К1»).
 *
 * @param skill the requirement (skill) the task checks, as the official description words it
 */
public record Task(
        int position,
        String number,
        int maxScore,
        @Nullable String skillCode,
        @Nullable String skill,
        Difficulty difficulty) {

    public Task {
        if (maxScore < 1 || maxScore > 100)
            throw new IllegalArgumentException("task " + number + ": max score " + maxScore);
    }
}
