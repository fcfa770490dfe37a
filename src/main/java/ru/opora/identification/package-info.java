/**
 * Identification of schools with low results (ШНОР) by explained, versioned rules, the
 * objectivity analysis of results, and a school's ШНОР status (docs/domain.md §6.5–6.6, §4.2).
 *
 * <p>The engine ({@code engine}) is plain Java over the schools' additive aggregates of a region's
 * year, so that a run over 40,000 schools takes seconds and every verdict carries the numbers that
 * explain it. Rule sets are versioned per region like the low-solve-rate thresholds (decision 0010);
 * a run stores its parameters and the versions of its inputs.
 *
 * <p>Pages: {@code /identification} (runs, the rule set, the what-if, running and confirming),
 * {@code /identification/runs/{id}} (the list by outcome, its chart and export, each school's
 * explanation), {@code /identification/flags} (the objectivity flags and their review),
 * {@code /identification/evidence/{school}/{assessment}} (a reviewer's evidence),
 * {@code /identification/context} (context-adjusted expectations), {@code /identification/facts}
 * (re-checks, the federal list, the social-context index, observers) and
 * {@code /identification/status} (the ШНОР status and its history); the statuses also under
 * {@code /api/v1/shnor}. Other modules read statuses through {@link ru.opora.identification.ShnorRegister};
 * the exit rule asks the risk module through {@link ru.opora.identification.ExitRiskCondition};
 * support learns which schools are in doubt (open or confirmed flags, never a model or a tutor)
 * through {@link ru.opora.identification.ObjectivityConcerns}, and the risk module counts confirmed flags
 * in the profile; {@link ru.opora.identification.ObjectivityFlagReviewed} tells it when to recompute. The
 * flags compare each school with what its level and size predict (decision 0023). Quality on planted
 * data: {@code FlagQualityTests} over {@code quality.SimulatedRegion} ({@code ./opora quality-flags}) and
 * {@code IdentificationQualityTests}; speed: {@code ./opora benchmark-identification}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"assessments", "orgunits", "identity", "shared"})
@org.jspecify.annotations.NullMarked
package ru.opora.identification;
