package ru.opora.risk.engine;

import org.jspecify.annotations.Nullable;
import ru.opora.shared.formula.FormulaProblem;

/**
 * What one indicator gave for a school: its value against its threshold, or why it has none.
 *
 * @param value null when the school has no data for the formula or the formula failed
 * @param problem the formula problem's kind when {@code value} is null
 */
public record IndicatorOutcome(
        String code,
        String name,
        Source source,
        String formula,
        Direction direction,
        double threshold,
        double weight,
        @Nullable Double value,
        boolean atRisk,
        FormulaProblem.@Nullable Kind problem,
        String problemDetail) {

    public boolean hasValue() {
        return value != null;
    }
}
