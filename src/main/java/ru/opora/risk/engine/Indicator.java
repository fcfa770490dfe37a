package ru.opora.risk.engine;

/**
 * One indicator of a risk factor: a formula over the school's variables, the side of the
 * threshold that means risk, and the indicator's weight in the factor's score.
 */
public record Indicator(
        String code, String name, Source source, String formula, Direction direction, double threshold, double weight) {

    public boolean atRisk(double value) {
        return direction.atRisk(value, threshold);
    }
}
