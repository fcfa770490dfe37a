package ru.opora.risk.engine;

/** A risk factor's level in a school's profile (docs/domain.md §5.2), from the highest down. */
public enum Level {
    HIGH,
    MEDIUM,
    LOW,
    NONE;

    /** Whether this level is at most the other: MEDIUM is at most HIGH and at most MEDIUM. */
    public boolean atMost(Level other) {
        return ordinal() >= other.ordinal();
    }
}
