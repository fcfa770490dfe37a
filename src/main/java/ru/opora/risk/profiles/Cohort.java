package ru.opora.risk.profiles;

import java.util.UUID;
import ru.opora.orgunits.OrgPath;

/** A region's cohort year: the catalogue, questionnaires and profiles of one project year. */
public record Cohort(OrgPath regionPath, int year) {

    public UUID regionId() {
        return regionPath.regionId();
    }
}
