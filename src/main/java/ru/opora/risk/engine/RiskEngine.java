package ru.opora.risk.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.opora.shared.formula.Formula;
import ru.opora.shared.formula.FormulaProblem;

/**
 * Computes a school's risk profile from its variables by docs/domain.md §5.2: per factor, the weight of
 * indicators at risk over the weight of indicators with data, and the level from the catalogue's
 * limits. Indicators without data are left out and shown as such (decision 0011).
 */
public final class RiskEngine {

    private RiskEngine() {}

    public static List<FactorResult> profile(RiskCatalogue catalogue, Map<String, Double> values, Set<String> known) {
        var result = new ArrayList<FactorResult>();
        for (Factor f : catalogue.factors()) result.add(factor(catalogue, f, values, known));
        return result;
    }

    public static FactorResult factor(
            RiskCatalogue catalogue, Factor factor, Map<String, Double> values, Set<String> known) {
        double flagged = 0;
        double weights = 0;
        var outcomes = new ArrayList<IndicatorOutcome>();
        for (Indicator i : factor.indicators()) {
            var outcome = indicator(i, values, known);
            outcomes.add(outcome);
            if (!outcome.hasValue()) continue;
            weights += i.weight();
            if (outcome.atRisk()) flagged += i.weight();
        }
        Double score = weights > 0 ? flagged / weights : null;
        Level level = score == null ? Level.NONE : catalogue.level(score);
        return new FactorResult(factor.code(), level, score, level, false, outcomes);
    }

    public static IndicatorOutcome indicator(Indicator i, Map<String, Double> values, Set<String> known) {
        try {
            double v = Formula.compile(i.formula(), known).evaluate(values);
            return new IndicatorOutcome(
                    i.code(),
                    i.name(),
                    i.source(),
                    i.formula(),
                    i.direction(),
                    i.threshold(),
                    i.weight(),
                    v,
                    i.atRisk(v),
                    null,
                    "");
        } catch (FormulaProblem p) {
            return new IndicatorOutcome(
                    i.code(),
                    i.name(),
                    i.source(),
                    i.formula(),
                    i.direction(),
                    i.threshold(),
                    i.weight(),
                    null,
                    false,
                    p.kind(),
                    p.detail());
        }
    }
}
