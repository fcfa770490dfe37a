package ru.opora.planning.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * The guards of §8.2. A transition must start from one of its states; a submission needs a plan
 * without gaps, an anti-risk programme needs its risk among the school's chosen ones, and a mid-term
 * programme needs an approved concept when the region asks for the concept first.
 */
public final class Lifecycle {

    private Lifecycle() {}

    /** What the guards need to know besides the document's state. */
    public record Facts(List<Gap> gaps, boolean riskChosen, boolean conceptApproved, boolean requireConceptFirst) {

        public Facts {
            gaps = List.copyOf(gaps);
        }

        public static Facts none() {
            return new Facts(List.of(), true, true, false);
        }
    }

    /** The message codes of the reasons the transition is refused; empty when it is allowed. */
    public static List<String> refusals(DocumentType type, DocumentStatus status, Transition transition, Facts facts) {
        var refusals = new ArrayList<String>();
        if (!transition.allowedFrom(status)) {
            refusals.add("planning.refused.state");
            return refusals;
        }
        if (transition == Transition.SUBMIT) {
            if (!facts.gaps().isEmpty()) refusals.add("planning.refused.gaps");
            if (type == DocumentType.ANTIRISK_PROGRAM && !facts.riskChosen())
                refusals.add("planning.refused.riskNotChosen");
            if (type == DocumentType.MIDTERM_PROGRAM && facts.requireConceptFirst() && !facts.conceptApproved())
                refusals.add("planning.refused.conceptFirst");
        }
        return refusals;
    }
}
