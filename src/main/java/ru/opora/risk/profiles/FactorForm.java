package ru.opora.risk.profiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.util.MultiValueMap;
import ru.opora.risk.engine.Direction;
import ru.opora.risk.engine.Factor;
import ru.opora.risk.engine.Indicator;
import ru.opora.risk.engine.Source;

/**
 * The factor editor's form: names, description, measures (one per line) and the indicators' rows,
 * read from repeated fields. A row with neither code nor formula is a blank row and is dropped.
 */
record FactorForm(Factor factor, List<String> problems) {

    static FactorForm read(String code, MultiValueMap<String, String> form) {
        var problems = new ArrayList<String>();
        var codes = list(form, "ind_code");
        var indicators = new ArrayList<Indicator>();
        for (int i = 0; i < codes.size(); i++) {
            String formula = at(form, "ind_formula", i);
            if (codes.get(i).isBlank() && formula.isBlank()) continue;
            indicators.add(new Indicator(
                    codes.get(i).strip(),
                    at(form, "ind_name", i),
                    enumOr(Source.class, at(form, "ind_source", i), Source.QUESTIONNAIRE),
                    formula,
                    enumOr(Direction.class, at(form, "ind_direction", i), Direction.HIGHER_IS_RISK),
                    number(at(form, "ind_threshold", i), codes.get(i), problems),
                    number(at(form, "ind_weight", i), codes.get(i), problems)));
        }
        var measures = Arrays.stream(first(form, "measures").split("\\R"))
                .map(String::strip)
                .filter(m -> !m.isEmpty())
                .toList();
        String factorCode = code.isBlank() ? first(form, "code").strip().toUpperCase(Locale.ROOT) : code;
        if (!factorCode.matches("[A-Z][A-Z0-9_]{1,40}")) problems.add("risk.catalogue.error.factorCode|" + factorCode);
        var factor = new Factor(
                factorCode,
                first(form, "nameRu").strip(),
                first(form, "nameEn").strip(),
                first(form, "description").strip(),
                measures,
                indicators);
        return new FactorForm(factor, problems);
    }

    private static List<String> list(MultiValueMap<String, String> form, String key) {
        var values = form.get(key);
        return values == null ? List.of() : values;
    }

    private static String at(MultiValueMap<String, String> form, String key, int i) {
        var values = list(form, key);
        return i < values.size() ? values.get(i).strip() : "";
    }

    private static String first(MultiValueMap<String, String> form, String key) {
        var value = form.getFirst(key);
        return value == null ? "" : value;
    }

    private static double number(String text, String where, List<String> problems) {
        try {
            double v = Double.parseDouble(text.replace(',', '.').replaceAll("[\\s\\u00a0]", ""));
            if (!Double.isNaN(v) && !Double.isInfinite(v)) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("risk.catalogue.error.number|" + where + "|" + text);
        return 0;
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, String text, E fallback) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
