package ru.opora.coordination.meetings;

import java.util.Set;

/**
 * An assignment's states (§8.3): issued → accepted → in progress → reported → closed by the issuer;
 * the issuer may return a report (back to in progress) or cancel an open assignment. Overdue is not a
 * state of its own but a mark the daily check sets on an open assignment past its deadline, so that
 * the assignment keeps its place in the chain and its lateness is seen beside it.
 */
enum AssignmentState {
    ISSUED,
    ACCEPTED,
    IN_PROGRESS,
    REPORTED,
    CLOSED,
    CANCELLED;

    /** What the assignee or the issuer does, and from which states. */
    enum Step {
        ACCEPT(false, ACCEPTED, Set.of(ISSUED)),
        START(false, IN_PROGRESS, Set.of(ISSUED, ACCEPTED)),
        REPORT(false, REPORTED, Set.of(ISSUED, ACCEPTED, IN_PROGRESS)),
        CLOSE(true, CLOSED, Set.of(REPORTED)),
        RETURN(true, IN_PROGRESS, Set.of(REPORTED)),
        CANCEL(true, CANCELLED, Set.of(ISSUED, ACCEPTED, IN_PROGRESS, REPORTED));

        private final boolean byIssuer;
        private final AssignmentState to;
        private final Set<AssignmentState> from;

        Step(boolean byIssuer, AssignmentState to, Set<AssignmentState> from) {
            this.byIssuer = byIssuer;
            this.to = to;
            this.from = from;
        }

        boolean byIssuer() {
            return byIssuer;
        }

        AssignmentState to() {
            return to;
        }

        boolean allowedFrom(AssignmentState state) {
            return from.contains(state);
        }

        /** Steps that need a text: the report, a return's or a cancellation's reason. */
        boolean needsNote() {
            return this == REPORT || this == RETURN || this == CANCEL;
        }
    }

    /** Still the assignee's to do: the deadline matters. */
    boolean open() {
        return this == ISSUED || this == ACCEPTED || this == IN_PROGRESS;
    }
}
