package ru.opora.assessments.results;

/**
 * When a task counts as having a low solve rate (§6.2): below an absolute threshold, or more than
 * a gap below the region's rate. Both are settings ([U]: 50 % and 15 points by default, see AnalysisSettings).
 */
public record LowTaskRule(double absoluteThreshold, double gapBelowRegion) {

    public LowTaskRule {
        if (absoluteThreshold < 0 || absoluteThreshold > 100 || gapBelowRegion < 0 || gapBelowRegion > 100)
            throw new IllegalArgumentException("thresholds are percentages");
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
