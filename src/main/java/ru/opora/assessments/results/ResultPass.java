package ru.opora.assessments.results;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.orgunits.SchoolsByCode;
import ru.opora.shared.importing.Header;
import ru.opora.shared.importing.Row;
import ru.opora.shared.importing.TabularImport;

/**
 * The one pass over a results file: the header is matched to the catalogue, every row is checked,
 * duplicate participant codes are found, and while no row has had a problem the works go to the
 * writer. One problem stops the writing (the transaction is then rolled back), but the checking goes
 * on, so that the user gets every problem of the file at once. No entry is kept: the works are
 * already written, or the file is refused.
 */
final class ResultPass {

    final Set<UUID> schoolIds = new LinkedHashSet<>();
    int works;
    int absent;

    private final Assessment assessment;
    private final SchoolsByCode schools;
    private final @Nullable UUID defaultSchool;
    private final Map<String, String> mapping;
    private final @Nullable BlockWriter writer;
    private final ParticipantCodes seen;
    private final Map<UUID, Integer> schoolIndex = new HashMap<>();
    private boolean clean = true;
    private @Nullable UUID lastSchool;
    private int lastIndex;

    ResultPass(
            Assessment assessment,
            SchoolsByCode schools,
            @Nullable UUID defaultSchool,
            Map<String, String> mapping,
            @Nullable BlockWriter writer,
            int codesInMemory) {
        this.assessment = assessment;
        this.schools = schools;
        this.defaultSchool = defaultSchool;
        this.mapping = mapping;
        this.writer = writer;
        this.seen = new ParticipantCodes(codesInMemory);
    }

    /** The row reader for the file's header (the pipeline calls it once the header is read). */
    TabularImport.RowReader<Object> readerFor(Header header) {
        var columns = ResultColumns.detect(header, assessment, mapping);
        if (columns.school < 0 && defaultSchool == null) header.problem("ASM-E009", null, "", "");
        var reader = new ResultRowReader(assessment, columns, schools, defaultSchool);
        return row -> {
            accept(row, reader, columns);
            return null;
        };
    }

    private void accept(Row row, ResultRowReader reader, ResultColumns columns) {
        if (ResultRowReader.absent(row)) {
            absent++;
            return;
        }
        var read = reader.read(row);
        if (read != null) {
            if (!read.schoolId().equals(lastSchool)) {
                lastSchool = read.schoolId();
                lastIndex = schoolIndex.computeIfAbsent(read.schoolId(), k -> schoolIndex.size());
                // a school's first valid row is never a duplicate: the school counts from here
                schoolIds.add(read.schoolId());
            }
            String code = read.work().participant().code();
            if (!seen.add(lastIndex, code)) row.problem("ASM-E007", row.header(columns.code), code, "");
            else {
                works++;
                if (writer != null && clean) writer.add(read.schoolId(), read.work());
            }
        }
        clean &= row.ok();
    }

    /** True when more codes came than the in-memory duplicate check holds: the database checks the rest. */
    boolean codesOverflowed() {
        return seen.full();
    }
}
