package ru.opora.assessments.results;

/**
 * When a task counts as having a low solve rate (§6.2): below an absolute threshold, or more than
 * a gap below the region's rate. Both are settings ([U]: 50 % and 15 points by default, see AnalysisSettings).
 * A group of fewer than {@code minGroup} works is shown but never marked across schools: one pupil
 * more or less would move its rate by a tenth.
 */
public record LowTaskRule(double absoluteThreshold, double gapBelowRegion, int minGroup) {

    public LowTaskRule {
        if (absoluteThreshold < 0 || absoluteThreshold > 100 || gapBelowRegion < 0 || gapBelowRegion > 100)
            throw new IllegalArgumentException("thresholds are percentages");
        if (minGroup < 1) throw new IllegalArgumentException("a group has at least one work");
    }

    /** Whether a group (class, school, municipality) of this many works is large enough to be marked low at all. */
    public boolean counts(int participants) {
        return participants >= minGroup;
    }

    public boolean belowAbsolute(double rate) {
        return rate < absoluteThreshold;
    }

    public boolean belowRegion(double rate, double regionRate) {
        return rate < regionRate - gapBelowRegion;
    }

    public boolean isLow(double rate, double regionRate) {
        return belowAbsolute(rate) || belowRegion(rate, regionRate);
    }
}
