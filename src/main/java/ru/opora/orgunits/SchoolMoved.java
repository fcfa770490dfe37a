package ru.opora.orgunits;

import java.util.UUID;

/**
 * A school moved to another municipality (a register re-import named a new one). Published inside
 * the moving transaction: every module that keeps a copy of a school's path rewrites it there, and
 * recomputes what it sums by municipality, so that the move commits everywhere or nowhere and no
 * list shows the school under its old municipality.
 *
 * @param from the school's path before the move
 * @param to the school's path after it
 */
public record SchoolMoved(UUID schoolId, OrgPath from, OrgPath to, String actor) {

    public SchoolMoved {
        if (!from.unitId().equals(schoolId) || !to.unitId().equals(schoolId))
            throw new IllegalArgumentException("both paths must lead to the school " + schoolId);
    }
}
