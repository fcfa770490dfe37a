package ru.opora.orgunits.register;

import java.util.HashSet;
import java.util.List;
import ru.opora.shared.importing.ImportProblem;
import ru.opora.shared.importing.ImportProblems;

/**
 * A branch («филиал») names its head school by code: the head is in the same file or already in
 * the register within the user's scope, is not the branch itself, and is not itself a branch.
 */
final class BranchLinks implements DraftValidator {

    @Override
    public void validate(List<SchoolDraft> drafts, RegisterContext context, ImportProblems problems) {
        var codesInFile = new HashSet<String>();
        var branchesInFile = new HashSet<String>();
        for (SchoolDraft d : drafts) {
            codesInFile.add(d.code());
            if (d.branchOfCode() != null) branchesInFile.add(d.code());
        }
        for (SchoolDraft d : drafts) {
            String head = d.branchOfCode();
            if (head == null) continue;
            String column = RegisterColumn.BRANCH_OF.header();
            boolean known = codesInFile.contains(head)
                    || context.existing(head)
                            .filter(e -> context.scope().permits(e.path()))
                            .isPresent();
            if (head.equals(d.code())) problems.add(new ImportProblem("REG-E022", d.row(), column, head, ""));
            else if (!known) problems.add(new ImportProblem("REG-E013", d.row(), column, head, ""));
            else if (branchesInFile.contains(head))
                problems.add(new ImportProblem("REG-E023", d.row(), column, head, ""));
        }
    }
}
