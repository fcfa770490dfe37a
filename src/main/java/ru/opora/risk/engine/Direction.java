package ru.opora.risk.engine;

/** Which side of its threshold puts an indicator at risk; the threshold itself counts as at risk. */
public enum Direction {
    HIGHER_IS_RISK,
    LOWER_IS_RISK;

    public boolean atRisk(double value, double threshold) {
        return this == HIGHER_IS_RISK ? value >= threshold : value <= threshold;
    }
}
