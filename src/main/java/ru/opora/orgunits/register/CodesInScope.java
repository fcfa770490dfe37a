package ru.opora.orgunits.register;

import java.util.List;
import ru.opora.shared.importing.ImportProblem;
import ru.opora.shared.importing.ImportProblems;

/**
 * A row whose code belongs to a school outside the user's scope would move or overwrite another
 * region's school: refused.
 */
final class CodesInScope implements DraftValidator {

    @Override
    public void validate(List<SchoolDraft> drafts, RegisterContext context, ImportProblems problems) {
        for (SchoolDraft d : drafts) {
            context.existing(d.code())
                    .filter(existing -> !context.scope().permits(existing.path()))
                    .ifPresent(existing -> problems.add(
                            new ImportProblem("REG-E019", d.row(), RegisterColumn.CODE.header(), d.code(), "")));
        }
    }
}
