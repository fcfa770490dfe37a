package ru.opora.assessments.results;

import org.jspecify.annotations.Nullable;

/**
 * Who wrote a work, as the file says: the participant's code (never a name above school level),
 * class, variant, and the optional journal mark, gender and ОВЗ flag.
 *
 * @param journalMark the mark for the previous period in the class journal
 */
public record Participant(
        String code,
        String classLabel,
        int variant,
        @Nullable Integer journalMark,
        @Nullable String gender,
        boolean ovz) {

    public static Participant of(String code, String classLabel) {
        return new Participant(code, classLabel, 1, null, null, false);
    }

    public Participant withJournalMark(@Nullable Integer mark) {
        return new Participant(code, classLabel, variant, mark, gender, ovz);
    }
}
