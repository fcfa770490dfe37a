/**
 * Assessment results: the catalogue of assessments (ВПР, ОГЭ, ЕГЭ, regional diagnostic works)
 * with their tasks, skills and conversion scales; the import of participant-level results; and
 * the task-level analysis by class, school, municipality and region (docs/domain.md §6.1–6.4).
 *
 * <p>Scale by design: works are stored in blocks per class, one byte per task score, and the
 * additive aggregates that every page reads (participants, mark counts, primary-score histogram,
 * task score sums, journal-mark comparison) are computed once, at import, per school and rolled up
 * the hierarchy; a class's are summed from its block when read (docs/decisions/0009).
 *
 * <p>Pages: {@code /results} (analysis by scope with the scope's dynamics and each school's change;
 * a school's page with dynamics, the cohort, its ОГЭ/ЕГЭ beside the region's and classes for its
 * staff; every table to Excel), {@code /results/import} (upload with dry run and column mapping),
 * {@code /results/catalogue} (region admins load and export the catalogue), {@code /results/gia}
 * (ОГЭ/ЕГЭ per school), {@code /results/{id}/tasks} (every task's solve rate by municipality or
 * school, the tasks solved low with the schools and classes they touch; a municipality filter here
 * and on the overview), {@code /results/settings/low-tasks} (the region's versioned low-solve-rate
 * thresholds); the same analysis under {@code /api/v1/results}, the catalogue under
 * {@code /api/v1/catalogue}, the imports as background jobs under {@code /api/v1/imports}.
 *
 * <p>Corrections: a re-import names the schools it added, replaced and kept; {@code
 * results.ResultWithdrawal} takes an assessment's results back for a school or a scope, with a
 * reason, and publishes {@link ru.opora.assessments.AssessmentResultsWithdrawn};
 * {@code results.ScaleCorrection} corrects a scale after results exist, recomputing every mark.
 * Rows of a grade the school does not teach, and ОГЭ/ЕГЭ of a school without the level, are refused. Other modules read a region's
 * school aggregates through {@link ru.opora.assessments.SchoolResults}. The demo's
 * three years of ВПР come from {@code demo.DemoResults}; {@code ./opora benchmark} measures the import
 * and the pages at any size.
 *
 * <p>Publishes {@link ru.opora.assessments.AssessmentResultsImported}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"orgunits", "identity", "shared"})
@org.jspecify.annotations.NullMarked
package ru.opora.assessments;
