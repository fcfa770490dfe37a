package ru.opora.risk.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.risk.engine.Direction;
import ru.opora.risk.engine.FactorResult;
import ru.opora.risk.engine.IndicatorOutcome;
import ru.opora.risk.engine.Level;
import ru.opora.risk.engine.RiskCatalogue;
import ru.opora.shared.Chart;
import ru.opora.shared.Formats;

/** The words and the chart that explain a profile: each indicator's value, its rule and its outcome. */
@Component
class Explanations {

    private final MessageSource messages;

    Explanations(MessageSource messages) {
        this.messages = messages;
    }

    public String level(Level level, Locale locale) {
        return msg("risk.level." + level, locale);
    }

    /** «≥ 15» or «≤ 50»: the side of the threshold that means risk. */
    public String rule(IndicatorOutcome o, Locale locale) {
        return (o.direction() == Direction.HIGHER_IS_RISK ? "≥ " : "≤ ") + number(o.threshold(), locale);
    }

    public String outcome(IndicatorOutcome o, Locale locale) {
        if (o.value() == null)
            return messages.getMessage("risk.formula." + o.problem(), new Object[] {o.problemDetail()}, locale);
        return msg(o.atRisk() ? "risk.outcome.risk" : "risk.outcome.fine", locale);
    }

    /** One sentence per factor: its level, and the indicators that put it there. */
    public String summary(FactorResult r, Locale locale) {
        if (r.noData()) return msg("risk.summary.noData", locale);
        long atRisk = r.indicators().stream().filter(IndicatorOutcome::atRisk).count();
        long withData =
                r.indicators().stream().filter(IndicatorOutcome::hasValue).count();
        String base = messages.getMessage(
                "risk.summary",
                new Object[] {atRisk, withData, number(r.score() == null ? 0 : r.score(), locale)},
                locale);
        if (r.imported())
            base += " "
                    + messages.getMessage(
                            "risk.summary.imported", new Object[] {level(r.computedLevel(), locale)}, locale);
        return base;
    }

    /** An indicator's value, threshold or weight: at most two decimals, rounded half up. */
    public String number(double v, Locale locale) {
        return Formats.upTo(v, 2);
    }

    /** Each factor's score as a bar in its level's colour, from 0 to 1. */
    Chart chart(List<FactorResult> entries, RiskCatalogue catalogue, Locale locale) {
        var labels = new ArrayList<String>();
        var scores = new ArrayList<Double>();
        var colours = new ArrayList<String>();
        for (FactorResult r : entries) {
            labels.add(catalogue.factor(r.factorCode()).map(f -> f.name(locale)).orElse(r.factorCode()));
            scores.add(r.score() == null ? 0 : r.score());
            colours.add(Heatmap.colours().get(r.level()));
        }
        return Chart.bars(
                        labels,
                        List.of(Chart.Dataset.of(msg("risk.score", locale), scores, 2)
                                .colours(colours)))
                .horizontal()
                .upTo(1)
                .withoutLegend();
    }

    /** A coded problem «key|where|detail» in words. */
    public String problem(String coded, Locale locale) {
        String[] parts = coded.split("\\|", -1);
        Object[] args = {parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : ""};
        if (parts[0].startsWith("risk.formula.")) // a formula's problem says which indicator it is in
        return messages.getMessage(
                    "risk.catalogue.error.formula",
                    new Object[] {args[0], messages.getMessage(parts[0], new Object[] {args[1]}, locale)},
                    locale);
        return messages.getMessage(parts[0], args, locale);
    }

    /** Column headers from message keys. */
    List<String> headers(Locale locale, String... keys) {
        return ru.opora.shared.Table.headers(messages, locale, keys);
    }

    public String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
