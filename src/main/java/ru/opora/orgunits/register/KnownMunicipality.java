package ru.opora.orgunits.register;

import java.util.List;

/**
 * Each school's municipality exists in the register and lies in the importing user's scope. A
 * municipality outside the scope reads as unknown: the file cannot tell what exists elsewhere.
 */
final class KnownMunicipality implements DraftValidator {

    @Override
    public void validate(List<SchoolDraft> drafts, RegisterContext context, List<RowProblem> problems) {
        for (SchoolDraft d : drafts) {
            if (context.municipality(d.municipality()).isEmpty())
                problems.add(new RowProblem("REG-E005", d.row(), RegisterColumn.MUNICIPALITY.header(), d.municipality(), ""));
        }
    }
}
