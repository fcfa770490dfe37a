package ru.opora.risk.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The variables a formula may read, with what each means: the register's statistics, the ВПР and
 * ОГЭ/ЕГЭ figures, each questionnaire's response rate and every item's aggregates.
 */
public final class Variables {

    /**
     * One variable and how to describe it: a message key with the item's text and the option's label.
     *
     * @param key {@code risk.var.<name>} for statistics, {@code risk.var.mean} or {@code risk.var.share} for items
     */
    public record Variable(String name, String key, String itemText, String option) {}

    /** Statistics and results. */
    public static final List<String> STANDARD = List.of(
            "students",
            "ovz_share",
            "rural",
            "small",
            "adverse",
            "vpr_share2",
            "vpr_share45",
            "vpr_works",
            "oge_below_min",
            "ege_below_min",
            "objectivity_confirmed");

    private Variables() {}

    public static List<Variable> of(List<Questionnaire> questionnaires) {
        var result = new ArrayList<Variable>();
        for (String v : STANDARD) result.add(new Variable(v, "risk.var." + v, "", ""));
        for (Questionnaire q : questionnaires) {
            result.add(new Variable(q.kind().rateVariable(), "risk.var.rate." + q.kind(), "", ""));
            for (Item item : q.items()) for (String v : item.variables()) result.add(describe(item, v));
        }
        return result;
    }

    public static Set<String> names(List<Questionnaire> questionnaires) {
        var names = new LinkedHashSet<String>();
        for (Variable v : of(questionnaires)) names.add(v.name());
        return names;
    }

    private static Variable describe(Item item, String variable) {
        if (variable.equals(item.code())) return new Variable(variable, "risk.var.mean", item.text(), "");
        String suffix = variable.substring(item.code().length() + 1);
        String label = item.options().stream()
                .filter(o -> o.code().equals(suffix))
                .map(Item.Option::label)
                .findFirst()
                .orElse(suffix);
        return new Variable(variable, "risk.var.share", item.text(), label);
    }
}
