package ru.opora.support;

import java.util.UUID;

/** A curator was assigned to a school for a cohort year. */
public record CuratorAssigned(
        UUID schoolId, String schoolPath, String schoolName, String curator, int year, String actor) {}
