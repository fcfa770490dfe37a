package ru.opora.orgunits.register;

import java.util.HashMap;
import java.util.List;
import ru.opora.shared.importing.ImportProblem;
import ru.opora.shared.importing.ImportProblems;

/** A school code appears once per file: a second row with it is reported with the first row's number. */
final class DuplicateCodes implements DraftValidator {

    @Override
    public void validate(List<SchoolDraft> drafts, RegisterContext context, ImportProblems problems) {
        var firstRow = new HashMap<String, Integer>();
        for (SchoolDraft d : drafts) {
            Integer first = firstRow.putIfAbsent(d.code(), d.row());
            if (first != null)
                problems.add(new ImportProblem(
                        "REG-E004", d.row(), RegisterColumn.CODE.header(), d.code(), String.valueOf(first)));
        }
    }
}
