package ru.opora.assessments.results;

import ru.opora.assessments.catalogue.Assessment;

/**
 * One participant's work, scored: task scores one byte each ({@link #NOT_ATTEMPTED} when the cell
 * was empty or «X»), the primary score and the mark, always computed from the catalogue and never
 * taken from the file (docs/domain.md §6.1).
 */
public record ScoredWork(Participant participant, byte[] scores, int primaryScore, int mark) {

    public static final byte NOT_ATTEMPTED = -1;

    /** Scores a work: a task not attempted counts as 0 in the primary score. */
    public static ScoredWork of(Assessment assessment, Participant participant, byte[] scores) {
        int primary = 0;
        for (byte s : scores) if (s != NOT_ATTEMPTED) primary += s;
        return new ScoredWork(participant, scores, primary, assessment.scale().markFor(primary));
    }

    public int score(int task) {
        return scores[task] == NOT_ATTEMPTED ? 0 : scores[task];
    }
}
