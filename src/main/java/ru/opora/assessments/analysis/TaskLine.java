package ru.opora.assessments.analysis;

import org.jspecify.annotations.Nullable;

/**
 * A task's solve rate at the school, in its municipality and region, and whether it is low by
 * the absolute or by the relative rule (§6.2), with the skill it checks.
 */
public record TaskLine(
        String number,
        @Nullable String skill,
        String difficulty,
        int maxScore,
        double school,
        double municipality,
        double region,
        boolean lowAbsolute,
        boolean lowRelative) {

    public boolean low() {
        return lowAbsolute || lowRelative;
    }
}
