package ru.opora.identification.facts;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.SchoolsByCode;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.Row;
import ru.opora.shared.importing.TabularImport;
import ru.opora.shared.importing.UniqueKeys;

/** The federal list of schools with signs of non-objective results: a school, a year and the basis. */
final class FederalListReader implements TabularImport.RowReader<FederalListReader.Entry> {

    static final Column SCHOOL = Column.required("Код ОО");
    static final Column YEAR = Column.required("Год");
    static final Column BASIS = Column.required("Основание");
    static final List<Column> COLUMNS = List.of(SCHOOL, YEAR, BASIS);

    record Entry(UUID schoolId, OrgPath schoolPath, int year, String basis) {}

    private final SchoolsByCode schools;
    private final UniqueKeys seen = new UniqueKeys("IDN-E004");

    FederalListReader(SchoolsByCode schools) {
        this.schools = schools;
    }

    @Override
    public @Nullable Entry read(Row row) {
        var school = row.reference(SCHOOL, schools);
        Integer year = row.integer(YEAR, 2000, 2100);
        String basis = row.text(BASIS, 1000);
        seen.add(row, SCHOOL, row.text(SCHOOL) + "|" + year);
        if (!row.ok() || school == null || year == null || basis == null) return null;
        return new Entry(school.id(), school.path(), year, basis);
    }
}
