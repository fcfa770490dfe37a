package ru.opora.planning.execution;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A measure's execution (docs/domain.md §8.3): planned, in progress, done (or done late), overdue when its
 * due date passed unfinished, or cancelled with a reason by the plan's owner.
 */
public enum MeasureStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DONE_LATE,
    OVERDUE,
    CANCELLED;

    /** What a person may do with a measure. */
    public enum Action {
        START,
        COMPLETE,
        CANCEL
    }

    public boolean finished() {
        return this == DONE || this == DONE_LATE || this == CANCELLED;
    }

    /**
     * The status after the action on {@code today}, or empty when the action is not allowed from
     * this status. Completing after the due date gives DONE_LATE.
     */
    public Optional<MeasureStatus> after(Action action, LocalDate due, LocalDate today) {
        return switch (action) {
            case START -> this == PLANNED ? Optional.of(IN_PROGRESS) : Optional.empty();
            case COMPLETE ->
                finished() ? Optional.empty() : Optional.of(today.isAfter(due) || this == OVERDUE ? DONE_LATE : DONE);
            case CANCEL -> finished() ? Optional.empty() : Optional.of(CANCELLED);
        };
    }

    /** The nightly rule: not finished and past due. */
    public boolean overdueOn(LocalDate due, LocalDate today) {
        return (this == PLANNED || this == IN_PROGRESS) && today.isAfter(due);
    }
}
