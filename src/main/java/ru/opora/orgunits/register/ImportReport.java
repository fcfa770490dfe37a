package ru.opora.orgunits.register;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import ru.opora.shared.ImportProblem;

/**
 * The outcome of checking or committing a register file. A file with any problem is never
 * committed; {@code problems} holds at most {@link RegisterImport#MAX_PROBLEMS_SHOWN} of them and
 * {@code problemCount} says how many there were.
 */
record ImportReport(
        String fileName,
        int dataRows,
        List<ImportProblem> problems,
        int problemCount,
        int added,
        int updated,
        int unchanged,
        boolean committed,
        @Nullable UUID uploadId) {

    boolean ok() {
        return problemCount == 0;
    }

    static ImportReport rejected(String fileName, List<ImportProblem> problems, int dataRows) {
        return new ImportReport(
                fileName,
                dataRows,
                problems.stream().limit(RegisterImport.MAX_PROBLEMS_SHOWN).toList(),
                problems.size(),
                0,
                0,
                0,
                false,
                null);
    }
}
