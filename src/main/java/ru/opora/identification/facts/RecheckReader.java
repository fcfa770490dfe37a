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

/** A re-check file: per work, the school's primary score and the experts' after re-checking. */
final class RecheckReader implements TabularImport.RowReader<RecheckReader.Recheck> {

    static final Column SCHOOL = Column.required("Код ОО");
    static final Column PARTICIPANT = Column.required("Код участника");
    static final Column ORIGINAL = Column.required("Исходный балл");
    static final Column RECHECKED = Column.required("Балл после перепроверки");
    static final List<Column> COLUMNS =
            List.of(SCHOOL, VprOfRow.YEAR, VprOfRow.SUBJECT, VprOfRow.GRADE, PARTICIPANT, ORIGINAL, RECHECKED);

    record Recheck(
            UUID assessmentId,
            UUID schoolId,
            OrgPath schoolPath,
            int year,
            String participant,
            int original,
            int rechecked) {}

    private final SchoolsByCode schools;
    private final VprOfRow vpr;
    private final UniqueKeys seen = new UniqueKeys("IDN-E004");

    RecheckReader(SchoolsByCode schools, VprOfRow vpr) {
        this.schools = schools;
        this.vpr = vpr;
    }

    @Override
    public @Nullable Recheck read(Row row) {
        var school = row.reference(SCHOOL, schools);
        var facts = vpr.read(row);
        int max = facts == null ? 1000 : facts.maxPrimary();
        String participant = row.required(PARTICIPANT);
        Integer original = row.integer(ORIGINAL, 0, max);
        Integer rechecked = row.integer(RECHECKED, 0, max);
        seen.add(
                row,
                PARTICIPANT,
                String.join(
                        "|",
                        row.text(SCHOOL),
                        row.text(VprOfRow.YEAR),
                        row.text(VprOfRow.SUBJECT),
                        row.text(VprOfRow.GRADE),
                        participant));
        if (!row.ok() || school == null || facts == null || original == null || rechecked == null) return null;
        return new Recheck(facts.id(), school.id(), school.path(), facts.year(), participant, original, rechecked);
    }
}
