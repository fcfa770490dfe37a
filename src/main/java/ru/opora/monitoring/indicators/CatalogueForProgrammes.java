package ru.opora.monitoring.indicators;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.opora.planning.ProgrammeIndicators;

/** Offers the school-level indicators of the region's current set to the programmes' editor. */
@Component
class CatalogueForProgrammes implements ProgrammeIndicators {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final IndicatorSets sets;
    private final MessageSource messages;

    CatalogueForProgrammes(IndicatorSets sets, MessageSource messages) {
        this.sets = sets;
        this.messages = messages;
    }

    @Override
    public List<Option> of(UUID regionId) {
        return sets.current(regionId).indicators().stream()
                .filter(Indicator::ofSchool)
                .map(i -> new Option(
                        i.code(), i.name(), messages.getMessage("monitoring.unit.short." + i.unit(), null, RU)))
                .toList();
    }
}
