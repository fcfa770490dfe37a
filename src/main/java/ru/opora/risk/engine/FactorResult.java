package ru.opora.risk.engine;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A factor's entry in a school's profile: the level, the score it came from, and every indicator's
 * outcome, so the entry explains itself.
 *
 * @param score weight at risk / weight with data; null when no indicator had data
 * @param computedLevel the level the rules gave, kept beside an imported one
 * @param imported whether the level was imported (ФИС ОКО) and overrides the computed one
 */
public record FactorResult(
        String factorCode,
        Level level,
        @Nullable Double score,
        Level computedLevel,
        boolean imported,
        List<IndicatorOutcome> indicators) {

    public FactorResult {
        indicators = List.copyOf(indicators);
    }

    public boolean noData() {
        return score == null;
    }

    public FactorResult importedAs(Level importedLevel) {
        return new FactorResult(factorCode, importedLevel, score, computedLevel, true, indicators);
    }
}
