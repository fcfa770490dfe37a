package ru.opora.risk.profiles;

import java.util.UUID;

/** A region's cohort (project year): the key of its catalogue, questionnaires and profiles. */
record Cohort(UUID regionId, String regionPath, int year) {}
