package ru.opora.risk.engine;

import java.util.List;
import java.util.Optional;

/**
 * A cohort's catalogue of risk factors as a region set it: the factors with their indicators, the
 * score limits of the levels and how many risks a school may choose to work on (docs/domain.md §5.2–5.3).
 */
public record RiskCatalogue(double levelHigh, double levelMedium, int maxSelected, List<Factor> factors) {

    public RiskCatalogue {
        factors = List.copyOf(factors);
    }

    public Optional<Factor> factor(String code) {
        return factors.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /** The level of a score: §5.2's rule with this catalogue's limits. */
    public Level level(double score) {
        if (score >= levelHigh) return Level.HIGH;
        if (score >= levelMedium) return Level.MEDIUM;
        return score > 0 ? Level.LOW : Level.NONE;
    }

    public RiskCatalogue withFactor(Factor changed) {
        var list = new java.util.ArrayList<Factor>();
        boolean replaced = false;
        for (Factor f : factors) {
            if (f.code().equals(changed.code())) {
                list.add(changed);
                replaced = true;
            } else list.add(f);
        }
        if (!replaced) list.add(changed);
        return new RiskCatalogue(levelHigh, levelMedium, maxSelected, list);
    }

    public RiskCatalogue withLimits(double high, double medium, int max) {
        return new RiskCatalogue(high, medium, max, factors);
    }
}
