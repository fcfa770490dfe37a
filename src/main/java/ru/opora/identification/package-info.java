/**
 * Identification of schools with low results (ШНОР) by explained, versioned rules, the
 * objectivity analysis of results, and a school's ШНОР status (domain.md §6.5–6.6, §4.2).
 *
 * <p>The engine ({@code engine}) is plain Java over the schools' additive aggregates of a region's
 * year, so that a run over 40,000 schools takes seconds and every verdict carries the numbers that
 * explain it. Rule sets are versioned per region like the low-solve-rate thresholds (decision 0010);
 * a run stores its parameters and the versions of its inputs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"assessments", "orgunits", "identity", "shared"})
@org.jspecify.annotations.NullMarked
package ru.opora.identification;
