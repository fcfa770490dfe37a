package ru.opora.orgunits.register;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.opora.orgunits.register.RegisterFixtures.context;
import static ru.opora.orgunits.register.RegisterFixtures.draft;
import static ru.opora.orgunits.register.RegisterFixtures.existing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.opora.orgunits.OrgPath;
import ru.opora.shared.importing.ImportProblem;
import ru.opora.shared.importing.ImportProblems;

class DraftValidatorsTests {

    private final ImportProblems found = new ImportProblems();
    private final List<ImportProblem> problems = new ArrayList<>();

    @Test
    void duplicateCodesReportTheSecondRowWithTheFirstRowsNumber() {
        new DuplicateCodes()
                .validate(List.of(draft(2, "A1"), draft(3, "B2"), draft(4, "A1")), context(Map.of()), found);
        problems.addAll(found.shown());
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("REG-E004");
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.detail()).isEqualTo("2");
            assertThat(p.column()).isEqualTo("Код ОО");
        });
    }

    @Test
    void codesOfSchoolsOutsideTheScopeAreRefused() {
        var elsewhere = existing(
                "X1",
                OrgPath.ofRegion(UUID.randomUUID()).child(UUID.randomUUID()).child(UUID.randomUUID()));
        var mine = existing("M1", RegisterFixtures.MUNICIPALITY_PATH.child(UUID.randomUUID()));
        new CodesInScope()
                .validate(List.of(draft(2, "X1"), draft(3, "M1")), context(Map.of("X1", elsewhere, "M1", mine)), found);
        problems.addAll(found.shown());
        assertThat(problems)
                .extracting(ImportProblem::code, ImportProblem::row)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REG-E019", 2));
    }

    @Test
    void branchMustNameAKnownHeadThatIsNotItselfOrABranch() {
        var drafts = List.of(
                draft(2, "H"),
                draft(3, "B1", "01", "H"),
                draft(4, "B2", "01", "B2"),
                draft(5, "B3", "01", "NOPE"),
                draft(6, "B4", "01", "B1"),
                draft(7, "B5", "01", "OLD"));
        var old = existing("OLD", RegisterFixtures.MUNICIPALITY_PATH.child(UUID.randomUUID()));
        new BranchLinks().validate(drafts, context(Map.of("OLD", old)), found);
        problems.addAll(found.shown());
        assertThat(problems)
                .extracting(ImportProblem::code, ImportProblem::row)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("REG-E022", 4),
                        org.assertj.core.groups.Tuple.tuple("REG-E013", 5),
                        org.assertj.core.groups.Tuple.tuple("REG-E023", 6));
    }
}
