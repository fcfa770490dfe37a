package ru.opora.identification;

import java.util.UUID;

/**
 * The monitoring part of the exit rule (issue #17): the final campaign's indicators reach their
 * targets. The monitoring module answers it; identification asks without depending on it, and only
 * when the region's rules require it.
 */
public interface ExitMonitoringCondition {

    /** Whether the school's final monitoring reached its targets, and the words that say why. */
    ExitRiskCondition.Check check(UUID schoolId, int year);
}
