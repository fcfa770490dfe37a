package ru.opora.monitoring.indicators;

import org.jspecify.annotations.Nullable;

/**
 * One monitoring indicator of a school (docs/domain.md §4.6): computed by {@code formula} over the
 * school's figures, or entered by the school with evidence when the formula is null.
 *
 * @param target the value the region aims at by the final campaign; null when there is none
 * @param riskFactor the risk factor it measures, by code; null when none
 * @param mechanismPosition the position (1–9) of the municipal mechanism it evidences; null when none
 * @param level whose indicator it is: a school's (measured in campaigns), a municipality's or the
 *     region's (computed over their schools); sets saved before levels existed are schools'
 */
public record Indicator(
        String code,
        String name,
        Unit unit,
        Direction direction,
        @Nullable Double target,
        @Nullable String formula,
        @Nullable String riskFactor,
        @Nullable Integer mechanismPosition,
        @Nullable Level level) {

    public Indicator {
        level = level == null ? Level.SCHOOL : level;
    }

    /** Whose figures the indicator measures. */
    public enum Level {
        SCHOOL,
        MUNICIPALITY,
        REGION
    }

    public boolean ofSchool() {
        return level == Level.SCHOOL;
    }

    /** How the value is read and which values it can take. */
    public enum Unit {
        PERCENT(0, 100),
        COUNT(0, 1_000_000),
        SCORE(0, 1_000),
        BOOL(0, 1);

        private final double min;
        private final double max;

        Unit(double min, double max) {
            this.min = min;
            this.max = max;
        }

        public boolean admits(double value) {
            return value >= min && value <= max && (this != COUNT && this != BOOL || value == Math.rint(value));
        }

        public double max() {
            return max;
        }
    }

    /** Which way is better. */
    public enum Direction {
        HIGHER_IS_BETTER,
        LOWER_IS_BETTER
    }

    public boolean computed() {
        return formula != null && !formula.isBlank();
    }

    /** Whether {@code value} is at or beyond the target, in the indicator's better direction. */
    public boolean reaches(double value) {
        if (target == null) return false;
        return direction == Direction.HIGHER_IS_BETTER ? value >= target : value <= target;
    }

    /** How {@code value} moved from {@code baseline}: +1 better, −1 worse, 0 the same. */
    public int movement(double baseline, double value) {
        int sign = Double.compare(value, baseline);
        return direction == Direction.HIGHER_IS_BETTER ? sign : -sign;
    }
}
