package ru.opora.support;

import java.util.UUID;
import ru.opora.orgunits.OrgPath;

/** A curator was assigned to a school for a cohort year. */
public record CuratorAssigned(
        UUID schoolId, OrgPath schoolPath, String schoolName, String curator, int year, String actor) {}
