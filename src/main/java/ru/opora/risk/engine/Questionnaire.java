package ru.opora.risk.engine;

import java.util.List;
import java.util.Optional;

/** One kind's questionnaire of a cohort, at its current version. */
public record Questionnaire(QuestionnaireKind kind, String title, int version, List<Item> items) {

    public Questionnaire {
        items = List.copyOf(items);
    }

    public Optional<Item> item(String code) {
        return items.stream().filter(i -> i.code().equalsIgnoreCase(code)).findFirst();
    }
}
