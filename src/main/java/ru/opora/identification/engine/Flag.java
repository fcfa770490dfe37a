package ru.opora.identification.engine;

import java.util.List;

/**
 * One objectivity flag of a school in a year: the pooled value that crossed the threshold, and the
 * per-assessment (or per-subject) values it was pooled from, for the reviewer.
 */
public record Flag(FlagCode code, double value, double threshold, List<Evidence> evidence) {

    /** One assessment's or subject's value behind a flag. */
    public record Evidence(String label, double value, int participants) {}
}
