package ru.opora.assessments.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.shared.ImportProblem;

/**
 * The one pass over a results file: the header is matched to the catalogue, every row is checked,
 * duplicate participant codes are found, and while no problem has been found the works go to the
 * writer. One problem stops the writing (the transaction is then rolled back), but the checking goes
 * on, so that the user gets every problem of the file at once.
 */
final class ResultPass {

    final List<ImportProblem> problems = new ArrayList<>();
    final Set<UUID> schoolIds = new LinkedHashSet<>();
    int works;
    int absent;

    private final Assessment assessment;
    private final Map<String, UUID> schools;
    private final @Nullable UUID defaultSchool;
    private final Map<String, String> mapping;
    private final @Nullable BlockWriter writer;
    private final ParticipantCodes seen;
    private final Map<UUID, Integer> schoolIndex = new HashMap<>();
    private int problemCount;
    private @Nullable UUID lastSchool;
    private int lastIndex;
    private @Nullable List<String> headers;
    private @Nullable ResultColumns columns;
    private @Nullable ResultRowReader reader;

    ResultPass(
            Assessment assessment,
            Map<String, UUID> schools,
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

    void accept(int row, List<String> cells) {
        if (headers == null) {
            header(List.copyOf(cells));
            return;
        }
        if (ResultRowReader.absent(cells)) {
            absent++;
            return;
        }
        var found = new ArrayList<ImportProblem>(0);
        var r = reader().read(row, cells, found, headers).orElse(null);
        if (r != null) {
            if (!r.schoolId().equals(lastSchool)) {
                lastSchool = r.schoolId();
                lastIndex = schoolIndex.computeIfAbsent(r.schoolId(), k -> schoolIndex.size());
                // a school's first valid row is never a duplicate: the school counts from here
                schoolIds.add(r.schoolId());
            }
            int index = lastIndex;
            String code = r.work().participant().code();
            if (!seen.add(index, code))
                found.add(new ImportProblem("ASM-E007", row, headers.get(columns().code), code, ""));
            else {
                works++;
                if (writer != null && problemCount == 0) writer.add(r.schoolId(), r.work());
            }
        }
        problemCount += found.size();
        if (problems.size() < ResultImport.MAX_PROBLEMS) problems.addAll(found);
    }

    private void header(List<String> cells) {
        headers = cells;
        columns = ResultColumns.detect(cells, assessment, mapping, problems);
        if (columns.school < 0 && defaultSchool == null) problems.add(ImportProblem.ofFile("ASM-E009", ""));
        problemCount = problems.size();
    }

    /** After the last row: an empty file is a problem too. */
    void finish() {
        if (problems.isEmpty() && (headers == null || works == 0)) problems.add(ImportProblem.ofFile("ASM-E010", ""));
        problemCount = Math.max(problemCount, problems.size());
    }

    /** Adds problems found after the pass (duplicates found by the database); none are lost from the count. */
    void add(List<ImportProblem> more) {
        problemCount += more.size();
        for (ImportProblem p : more) if (problems.size() < ResultImport.MAX_PROBLEMS) problems.add(p);
    }

    int problemCount() {
        return Math.max(problemCount, problems.size());
    }

    boolean ok() {
        return problemCount() == 0;
    }

    /** True when more codes came than the in-memory duplicate check holds: the database checks the rest. */
    boolean codesOverflowed() {
        return seen.full();
    }

    private ResultColumns columns() {
        return java.util.Objects.requireNonNull(columns);
    }

    private ResultRowReader reader() {
        if (reader == null) reader = new ResultRowReader(assessment, columns(), schools, defaultSchool);
        return reader;
    }
}
