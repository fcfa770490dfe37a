package ru.opora.monitoring.campaigns;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.opora.monitoring.indicators.Indicator;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.Reference;
import ru.opora.shared.importing.Row;
import ru.opora.shared.importing.TabularImport;
import ru.opora.shared.importing.UniqueKeys;

/**
 * A campaign's values as a municipality collects them in Excel: a row per school («Код ОО»), a
 * column per indicator the schools enter (its name) and, beside it, «Подтверждение: …» with the
 * link. Blank cells leave a value as it is; a school outside the campaign or the reader's scope, a
 * number outside the indicator's unit, a link that is not a web address, a change to a confirmed
 * value and a school named twice are problems.
 */
final class ValuesReader implements TabularImport.RowReader<ValuesReader.Entry> {

    static final Column SCHOOL = Column.required("Код ОО");
    static final String EVIDENCE = "Подтверждение: ";

    /** A school's typed values by indicator code. */
    record Entry(OrgUnitRef school, Map<String, CampaignValues.Typed> typed) {}

    private final List<Indicator> entered;
    private final Map<String, OrgUnitRef> schools;
    private final Map<UUID, Map<String, CampaignValues.Value>> stored;
    private final UniqueKeys seen = new UniqueKeys("MON-E004");

    ValuesReader(
            Campaign campaign,
            Map<String, OrgUnitRef> schoolsByCode,
            Map<UUID, Map<String, CampaignValues.Value>> stored) {
        this.entered = campaign.indicators().stream().filter(i -> !i.computed()).toList();
        this.schools = schoolsByCode;
        this.stored = stored;
    }

    /** The file's columns: the school, then each entered indicator and its evidence. */
    static List<Column> columns(Campaign campaign) {
        var columns = new ArrayList<Column>();
        columns.add(SCHOOL);
        for (Indicator i : campaign.indicators()) {
            if (i.computed()) continue;
            columns.add(Column.optional(i.name(), i.code()));
            columns.add(Column.optional(EVIDENCE + i.name(), EVIDENCE + i.code()));
        }
        return columns;
    }

    @Override
    public @Nullable Entry read(Row row) {
        var school = row.reference(SCHOOL, new Reference<OrgUnitRef>() {
            @Override
            public Optional<OrgUnitRef> find(String code) {
                return Optional.ofNullable(schools.get(code.strip()));
            }

            @Override
            public String unknownCode() {
                return "MON-E001";
            }
        });
        seen.add(row, SCHOOL, row.text(SCHOOL));
        var typed = new LinkedHashMap<String, CampaignValues.Typed>();
        for (Indicator i : entered) {
            var column = Column.optional(i.name(), i.code());
            BigDecimal value = row.decimal(
                    column, BigDecimal.ZERO, BigDecimal.valueOf(i.unit().max()));
            if (value != null && !i.unit().admits(value.doubleValue())) {
                row.problem("MON-E002", column, row.text(column), "");
                value = null;
            }
            String evidence = row.text(Column.optional(EVIDENCE + i.name(), EVIDENCE + i.code()), 2000);
            if (evidence != null && !CampaignValues.webAddress(evidence))
                row.problem("MON-E003", EVIDENCE + i.name(), evidence, "");
            if (value == null) continue;
            var before = school == null
                    ? null
                    : stored.getOrDefault(school.id(), Map.of()).get(i.code());
            if (before != null
                    && before.status() == CampaignValues.Status.CONFIRMED
                    && before.value() != value.doubleValue())
                row.problem("MON-E005", column, row.text(column), ru.opora.shared.Formats.number(before.value(), 1));
            typed.put(i.code(), new CampaignValues.Typed(value.toPlainString(), evidence));
        }
        if (!row.ok() || school == null) return null;
        return new Entry(school, typed);
    }
}
