package ru.opora.identification.engine;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One objectivity flag of a school in a year. For a statistical check: the school's observed value,
 * what the region's schools of its level and size predict ({@code expected}), how many standard
 * errors apart they are ({@code z}) and the critical value the rule set ({@code threshold}); for a
 * recorded fact (a re-check, the federal list) the value and its threshold. The evidence lists the
 * assessments (or exams) it was pooled from, for the reviewer.
 */
public record Flag(
        FlagCode code,
        double value,
        double threshold,
        List<Evidence> evidence,
        @Nullable Double expected,
        @Nullable Double z) {

    /** A flag from a recorded fact: no expectation to compare with. */
    public Flag(FlagCode code, double value, double threshold, List<Evidence> evidence) {
        this(code, value, threshold, evidence, null, null);
    }

    /** How often a school without adjusted results would show a gap this large: P(Z ≥ z); null for recorded facts. */
    public @Nullable Double chance() {
        return z == null ? null : Normal.upperTail(z);
    }

    /** One assessment's or exam's value behind a flag, and what was expected of the school there. */
    public record Evidence(
            String label,
            double value,
            int participants,
            @Nullable Double expected) {
        public Evidence(String label, double value, int participants) {
            this(label, value, participants, null);
        }
    }
}
