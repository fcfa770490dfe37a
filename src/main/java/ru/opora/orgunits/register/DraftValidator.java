package ru.opora.orgunits.register;

import java.util.List;

/** A rule over all rows of a register file together (duplicates, references between rows). */
interface DraftValidator {

    void validate(List<SchoolDraft> drafts, RegisterContext context, List<RowProblem> problems);
}
