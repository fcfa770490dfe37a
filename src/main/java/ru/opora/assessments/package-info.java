/**
 * Assessment results: the catalogue of assessments (ВПР, ОГЭ, ЕГЭ, regional diagnostic works)
 * with their tasks, skills and conversion scales; the import of participant-level results; and
 * the task-level analysis by class, school, municipality and region (domain.md §6.1–6.4).
 *
 * <p>Scale by design: task scores are stored one byte each, and the additive aggregates that every
 * page reads (participants, mark counts, primary-score histogram, task score sums, journal-mark
 * comparison) are computed once, at import, per class and school and rolled up the hierarchy.
 *
 * <p>Publishes {@link ru.opora.assessments.AssessmentResultsImported}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"orgunits", "identity", "shared"})
@org.jspecify.annotations.NullMarked
package ru.opora.assessments;
