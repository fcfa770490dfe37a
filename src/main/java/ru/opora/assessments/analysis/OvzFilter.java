package ru.opora.assessments.analysis;

/** Which works a page counts: all, only participants with ОВЗ, or only those without. */
public enum OvzFilter {
    ALL,
    OVZ,
    NO_OVZ;

    /** The stored ОВЗ groups this filter sums. */
    boolean[] groups() {
        return switch (this) {
            case ALL -> new boolean[] {false, true};
            case OVZ -> new boolean[] {true};
            case NO_OVZ -> new boolean[] {false};
        };
    }
}
