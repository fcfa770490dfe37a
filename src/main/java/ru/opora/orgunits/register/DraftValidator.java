package ru.opora.orgunits.register;

import java.util.List;
import ru.opora.shared.importing.ImportProblems;

/** A rule over all rows of a register file together (duplicates, references between rows). */
interface DraftValidator {

    void validate(List<SchoolDraft> drafts, RegisterContext context, ImportProblems problems);
}
