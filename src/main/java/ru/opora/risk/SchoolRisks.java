package ru.opora.risk;

import java.util.List;
import java.util.UUID;

/**
 * What the support cycle reads of a school's risks: the factors of its cohort's catalogue with their
 * recommended measures, and the risks the school chose in its self-diagnosis.
 */
public interface SchoolRisks {

    /** A factor of the catalogue, with the measures §5.4 recommends for it. */
    record FactorInfo(String code, String nameRu, String nameEn, List<String> measures) {}

    /** The factors of the catalogue in force for the region's cohort, in catalogue order. */
    List<FactorInfo> factors(UUID regionId, int year);

    /** The codes of the risks the school chose to work on in its newest self-diagnosis of the year; empty when none. */
    List<String> chosen(UUID schoolId, int year);

    /** The same for many schools in one read, by school; a school that chose none is absent. */
    java.util.Map<UUID, List<String>> chosen(java.util.Collection<UUID> schools, int year);

    /**
     * The cycle steps the risk module can vouch for, by school: {@code QUESTIONNAIRES} (the director's
     * questionnaire answered), {@code PROFILES} (a profile computed) and {@code SELF_DIAGNOSIS} (risks chosen).
     */
    java.util.Map<UUID, java.util.Set<String>> cycleSteps(java.util.Collection<UUID> schools, int year);

    /** The current level (HIGH, MEDIUM, LOW, NONE) of every factor, by school, for the schools with a profile. */
    java.util.Map<UUID, java.util.Map<String, String>> levels(java.util.Collection<UUID> schools, int year);
}
