package ru.opora.risk.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.risk.engine.Direction;
import ru.opora.risk.engine.FactorResult;
import ru.opora.risk.engine.IndicatorOutcome;
import ru.opora.risk.engine.Level;
import ru.opora.risk.engine.RiskCatalogue;
import tools.jackson.databind.json.JsonMapper;

/** The words and the chart that explain a profile: each indicator's value, its rule and its outcome. */
@Component
class Explanations {

    private final MessageSource messages;
    private final JsonMapper json;

    Explanations(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
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

    public String number(double v, Locale locale) {
        var format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(v);
    }

    String chart(List<FactorResult> entries, RiskCatalogue catalogue, Locale locale) {
        var labels = new ArrayList<String>();
        var scores = new ArrayList<Double>();
        var colours = new ArrayList<String>();
        for (FactorResult r : entries) {
            labels.add(catalogue
                    .factor(r.factorCode())
                    .map(f -> RiskPagesController.name(f, locale))
                    .orElse(r.factorCode()));
            scores.add(r.score() == null ? 0 : Math.round(r.score() * 100) / 100.0);
            colours.add(Heatmap.colours().get(r.level()));
        }
        return json.writeValueAsString(Map.of(
                "type", "bar",
                "data",
                        Map.of(
                                "labels",
                                labels,
                                "datasets",
                                List.of(Map.of(
                                        "label",
                                        msg("risk.score", locale),
                                        "data",
                                        scores,
                                        "backgroundColor",
                                        colours))),
                "options",
                        Map.of(
                                "indexAxis", "y",
                                "plugins", Map.of("legend", Map.of("display", false)),
                                "scales", Map.of("x", Map.of("beginAtZero", true, "max", 1)))));
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

    public String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
