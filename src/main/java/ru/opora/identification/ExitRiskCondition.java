package ru.opora.identification;

import java.util.UUID;

/**
 * The risk part of the exit rule (docs/domain.md §6.6): «all selected risks have level ≤ MEDIUM in the
 * final monitoring». The risk module answers it; identification asks without depending on it.
 */
public interface ExitRiskCondition {

    /** Whether the condition holds, and the words that say why, for the status's history. */
    record Check(Outcome outcome, String detail) {}

    enum Outcome {
        MET,
        NOT_MET,
        /** The school has no self-diagnosis or no profile to check: the rule goes on without it and says so. */
        UNKNOWN
    }

    Check check(UUID schoolId, int year);
}
