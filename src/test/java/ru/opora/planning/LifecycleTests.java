package ru.opora.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.opora.planning.documents.DocumentStatus;
import ru.opora.planning.documents.DocumentType;
import ru.opora.planning.documents.Gap;
import ru.opora.planning.documents.Lifecycle;
import ru.opora.planning.documents.Transition;

/** Every transition of §8.2 from every state: allowed exactly from its states, and the submit guards. */
class LifecycleTests {

    static final Map<Transition, Set<DocumentStatus>> ALLOWED = Map.of(
            Transition.SUBMIT, EnumSet.of(DocumentStatus.DRAFT, DocumentStatus.RETURNED),
            Transition.ASSIGN_EXPERT, EnumSet.of(DocumentStatus.SUBMITTED),
            Transition.ACCEPT, EnumSet.of(DocumentStatus.UNDER_REVIEW),
            Transition.ACCEPT_WITH_REMARKS, EnumSet.of(DocumentStatus.UNDER_REVIEW),
            Transition.RETURN, EnumSet.of(DocumentStatus.UNDER_REVIEW),
            Transition.START, EnumSet.of(DocumentStatus.APPROVED),
            Transition.COMPLETE, EnumSet.of(DocumentStatus.IN_IMPLEMENTATION),
            Transition.ARCHIVE, EnumSet.of(DocumentStatus.COMPLETED),
            Transition.AMEND, EnumSet.of(DocumentStatus.APPROVED, DocumentStatus.IN_IMPLEMENTATION));

    static final Map<Transition, DocumentStatus> TARGET = Map.of(
            Transition.SUBMIT, DocumentStatus.SUBMITTED,
            Transition.ASSIGN_EXPERT, DocumentStatus.UNDER_REVIEW,
            Transition.ACCEPT, DocumentStatus.APPROVED,
            Transition.ACCEPT_WITH_REMARKS, DocumentStatus.APPROVED,
            Transition.RETURN, DocumentStatus.RETURNED,
            Transition.START, DocumentStatus.IN_IMPLEMENTATION,
            Transition.COMPLETE, DocumentStatus.COMPLETED,
            Transition.ARCHIVE, DocumentStatus.ARCHIVED,
            Transition.AMEND, DocumentStatus.DRAFT);

    @Test
    void eachTransitionIsAllowedExactlyFromItsStatesAndLeadsToItsTarget() {
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrder(Transition.values());
        int checked = 0;
        for (Transition t : Transition.values()) {
            assertThat(t.to()).as(t.name()).isEqualTo(TARGET.get(t));
            for (DocumentStatus s : DocumentStatus.values()) {
                var refusals = Lifecycle.refusals(DocumentType.ROADMAP, s, t, Lifecycle.Facts.none());
                if (ALLOWED.get(t).contains(s))
                    assertThat(refusals).as(t + " from " + s).isEmpty();
                else assertThat(refusals).as(t + " from " + s).containsExactly("planning.refused.state");
                checked++;
            }
        }
        assertThat(checked).isEqualTo(Transition.values().length * DocumentStatus.values().length);
    }

    @Test
    void aSubmissionNeedsAPlanWithoutGapsItsChosenRiskAndAnApprovedConceptFirst() {
        var gap = new Lifecycle.Facts(List.of(Gap.of("noTasks", "tasks")), true, true, true);
        assertThat(Lifecycle.refusals(DocumentType.ROADMAP, DocumentStatus.DRAFT, Transition.SUBMIT, gap))
                .containsExactly("planning.refused.gaps");
        var riskNotChosen = new Lifecycle.Facts(List.of(), false, true, true);
        assertThat(Lifecycle.refusals(
                        DocumentType.ANTIRISK_PROGRAM, DocumentStatus.DRAFT, Transition.SUBMIT, riskNotChosen))
                .containsExactly("planning.refused.riskNotChosen");
        assertThat(Lifecycle.refusals(DocumentType.ROADMAP, DocumentStatus.DRAFT, Transition.SUBMIT, riskNotChosen))
                .isEmpty();
        var noConcept = new Lifecycle.Facts(List.of(), true, false, true);
        assertThat(Lifecycle.refusals(
                        DocumentType.MIDTERM_PROGRAM, DocumentStatus.RETURNED, Transition.SUBMIT, noConcept))
                .containsExactly("planning.refused.conceptFirst");
        var conceptNotRequired = new Lifecycle.Facts(List.of(), true, false, false);
        assertThat(Lifecycle.refusals(
                        DocumentType.MIDTERM_PROGRAM, DocumentStatus.DRAFT, Transition.SUBMIT, conceptNotRequired))
                .isEmpty();
    }

    @Test
    void onlyADraftOrAReturnedVersionIsEditable() {
        for (DocumentStatus s : DocumentStatus.values())
            assertThat(s.editable()).as(s.name()).isEqualTo(s == DocumentStatus.DRAFT || s == DocumentStatus.RETURNED);
    }
}
