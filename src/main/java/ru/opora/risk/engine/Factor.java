package ru.opora.risk.engine;

import java.util.List;
import java.util.Locale;

/** A risk factor of the catalogue (docs/domain.md §5.1) with its indicators and recommended measures (§5.4). */
public record Factor(
        String code,
        String nameRu,
        String nameEn,
        String description,
        List<String> measures,
        List<Indicator> indicators) {

    public Factor {
        measures = List.copyOf(measures);
        indicators = List.copyOf(indicators);
    }

    /** The factor's name in the reader's language (Russian unless an English name is given and asked for). */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && !nameEn.isBlank() ? nameEn : nameRu;
    }
}
