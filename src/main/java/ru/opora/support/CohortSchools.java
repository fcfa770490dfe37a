package ru.opora.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.opora.orgunits.OrgPath;

/**
 * The ШНОР of a region's cohort (a project year), for the modules that follow the cohort's
 * schools: monitoring opens its campaigns for them.
 */
public interface CohortSchools {

    /** The years for which the region has a cohort, newest first. */
    List<Integer> years(UUID regionId);

    /** The cohort's schools with their paths; empty when the region has no cohort of that year. */
    Map<UUID, OrgPath> of(UUID regionId, int year);

    /** The cohort's schools that have a tutor school. */
    java.util.Set<UUID> withTutor(UUID regionId, int year);
}
