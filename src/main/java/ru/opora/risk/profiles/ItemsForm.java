package ru.opora.risk.profiles;

import java.util.ArrayList;
import java.util.List;
import org.springframework.util.MultiValueMap;
import ru.opora.risk.engine.AnswerType;
import ru.opora.risk.engine.Item;

/**
 * The questionnaire editor's form: one row of repeated fields per item (code, text, answer type,
 * range, options as «code=label; …»). A row without a code is a blank row and is dropped.
 */
record ItemsForm(String title, List<Item> items, List<String> problems) {

    static ItemsForm read(MultiValueMap<String, String> form) {
        var items = new ArrayList<Item>();
        var problems = new ArrayList<String>();
        var codes = form.getOrDefault("item_code", List.of());
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i).isBlank()) continue;
            items.add(new Item(
                    codes.get(i).strip(),
                    at(form, "item_text", i),
                    answerType(at(form, "item_type", i)),
                    number(at(form, "item_min", i), codes.get(i), problems),
                    number(at(form, "item_max", i), codes.get(i), problems),
                    options(at(form, "item_options", i))));
        }
        String title = form.getFirst("title");
        return new ItemsForm(title == null ? "" : title, items, problems);
    }

    /** A forged or empty type is read as a number, whose range is then checked like any other. */
    private static AnswerType answerType(String text) {
        for (AnswerType t : AnswerType.values()) if (t.name().equals(text)) return t;
        return AnswerType.NUMBER;
    }

    private static List<Item.Option> options(String text) {
        var result = new ArrayList<Item.Option>();
        for (String part : text.split(";")) {
            if (part.isBlank()) continue;
            int eq = part.indexOf('=');
            result.add(
                    eq < 0
                            ? new Item.Option(part.strip(), part.strip())
                            : new Item.Option(
                                    part.substring(0, eq).strip(),
                                    part.substring(eq + 1).strip()));
        }
        return result;
    }

    private static String at(MultiValueMap<String, String> form, String key, int i) {
        var values = form.getOrDefault(key, List.of());
        return i < values.size() ? values.get(i).strip() : "";
    }

    private static double number(String text, String code, List<String> problems) {
        if (text.isBlank()) return 0;
        try {
            return Double.parseDouble(text.replace(',', '.').replaceAll("[\\s\\u00a0]", ""));
        } catch (NumberFormatException e) {
            problems.add("risk.item.error.range|" + code + "|");
            return 0;
        }
    }
}
