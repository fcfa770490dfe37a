package ru.opora.identification;

import java.util.EnumSet;
import java.util.Set;

/**
 * A school's ШНОР status (docs/domain.md §4.2): a candidate from a confirmed list, confirmed by the
 * region, in support, pending exit by the exit rule, and then exited or retained.
 */
public enum ShnorState {
    CANDIDATE,
    CONFIRMED,
    IN_SUPPORT,
    EXIT_PENDING,
    EXITED,
    RETAINED;

    /** The states a person may move a school to from this one. */
    public Set<ShnorState> next() {
        return switch (this) {
            case CANDIDATE -> EnumSet.of(CONFIRMED, EXITED);
            case CONFIRMED -> EnumSet.of(IN_SUPPORT, EXIT_PENDING);
            case IN_SUPPORT, RETAINED -> EnumSet.of(EXIT_PENDING);
            case EXIT_PENDING -> EnumSet.of(EXITED, RETAINED);
            case EXITED -> EnumSet.noneOf(ShnorState.class);
        };
    }

    /** Whether the school is receiving, or about to receive, support. */
    public boolean active() {
        return this == CONFIRMED || this == IN_SUPPORT || this == RETAINED;
    }
}
