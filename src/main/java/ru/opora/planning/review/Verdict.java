package ru.opora.planning.review;

import ru.opora.planning.documents.Transition;

/** The expert's conclusion (§4.4), from the most to the least favourable. */
public enum Verdict {
    ACCEPTED(Transition.ACCEPT),
    ACCEPTED_WITH_REMARKS(Transition.ACCEPT_WITH_REMARKS),
    RETURNED_FOR_REVISION(Transition.RETURN);

    private final Transition transition;

    Verdict(Transition transition) {
        this.transition = transition;
    }

    public Transition transition() {
        return transition;
    }
}
