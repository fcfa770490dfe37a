package ru.opora.identification.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.SchoolsByCode;
import ru.opora.shared.importing.Column;
import ru.opora.shared.importing.Row;
import ru.opora.shared.importing.TabularImport;

/** Independent observers' records of a school's ВПР: the day, the observer, the remarks. */
final class ObservationReader implements TabularImport.RowReader<ObservationReader.Entry> {

    static final Column SCHOOL = Column.required("Код ОО");
    static final Column DATE = Column.required("Дата");
    static final Column OBSERVER = Column.required("Наблюдатель");
    static final Column REMARKS = Column.optional("Замечания");
    static final List<Column> COLUMNS =
            List.of(SCHOOL, VprOfRow.YEAR, VprOfRow.SUBJECT, VprOfRow.GRADE, DATE, OBSERVER, REMARKS);

    record Entry(
            UUID schoolId,
            OrgPath schoolPath,
            int year,
            UUID assessmentId,
            LocalDate on,
            String observer,
            String remarks) {}

    private final SchoolsByCode schools;
    private final VprOfRow vpr;

    ObservationReader(SchoolsByCode schools, VprOfRow vpr) {
        this.schools = schools;
        this.vpr = vpr;
    }

    @Override
    public @Nullable Entry read(Row row) {
        var school = row.reference(SCHOOL, schools);
        var facts = vpr.read(row);
        LocalDate on = row.date(DATE);
        String observer = row.text(OBSERVER, 300);
        String remarks = row.text(REMARKS, 4000);
        if (!row.ok() || school == null || facts == null || on == null || observer == null) return null;
        return new Entry(
                school.id(), school.path(), facts.year(), facts.id(), on, observer, remarks == null ? "" : remarks);
    }
}
