package ru.opora.planning;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import ru.opora.orgunits.Scope;

/**
 * A school's plan in figures, for the module that measures the cycle: §6.9's counts of measures on
 * a day and how many of its documents of the cohort year the experts have accepted.
 */
public interface PlanFigures {

    /**
     * @param measuresDue measures due by the day, cancelled ones left out
     * @param measuresDone of those, done on time or late
     * @param measuresOnTime of those, done by their due date
     * @param documents the school's documents of the year
     * @param documentsApproved of those, accepted (the version in force is an approved one)
     */
    record Figures(int measuresDue, int measuresDone, int measuresOnTime, int documents, int documentsApproved) {}

    /** Every school of the scope that has measures or documents. */
    Map<UUID, Figures> of(Scope scope, int year, LocalDate day);

    /** A monitoring indicator a school's programme names, with the programme's baseline and target. */
    record ProgrammeTarget(
            String code,
            @org.jspecify.annotations.Nullable Double baseline,
            @org.jspecify.annotations.Nullable Double target,
            String document) {}

    /** The indicators the school's documents of the year name by their monitoring code. */
    java.util.List<ProgrammeTarget> targets(UUID schoolId, int year);
}
