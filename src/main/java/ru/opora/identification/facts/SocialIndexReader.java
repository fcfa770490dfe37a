package ru.opora.identification.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.SchoolsByCode;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.Row;
import ru.opora.shared.importing.TabularImport;
import ru.opora.shared.importing.UniqueKeys;

/** The social-context index a region computes for each school and year. */
final class SocialIndexReader implements TabularImport.RowReader<SocialIndexReader.Entry> {

    static final Column SCHOOL = Column.required("Код ОО");
    static final Column YEAR = Column.required("Год");
    static final Column INDEX = Column.required("Индекс социального контекста");
    static final List<Column> COLUMNS = List.of(SCHOOL, YEAR, INDEX);

    record Entry(UUID schoolId, OrgPath schoolPath, int year, BigDecimal value) {}

    private final SchoolsByCode schools;
    private final UniqueKeys seen = new UniqueKeys("IDN-E004");

    SocialIndexReader(SchoolsByCode schools) {
        this.schools = schools;
    }

    @Override
    public @Nullable Entry read(Row row) {
        var school = row.reference(SCHOOL, schools);
        Integer year = row.integer(YEAR, 2000, 2100);
        BigDecimal value = row.decimal(INDEX);
        seen.add(row, SCHOOL, row.text(SCHOOL) + "|" + year);
        if (!row.ok() || school == null || year == null || value == null) return null;
        return new Entry(school.id(), school.path(), year, value);
    }
}
