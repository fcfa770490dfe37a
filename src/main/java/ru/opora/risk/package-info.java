/**
 * Risk profiles (docs/domain.md §5): the region's versioned catalogue of risk factors with indicators
 * whose formulas are safe expressions, the four context questionnaires and their answers kept as
 * aggregates, each school's profile computed and explained indicator by indicator (or imported),
 * and the school's self-diagnosis with the risks it chooses to work on.
 *
 * <p>The engine ({@code engine}) is plain Java: §5.2's rule over a school's named variables
 * (decision 0011). Pages: {@code /risk} (the heatmap of schools × factors and how often each factor
 * occurs among ШНОР and other schools), {@code /risk/schools/{id}} (a profile with its chart,
 * explanation and history), {@code /risk/schools/{id}/self-diagnosis}, {@code /risk/catalogue}
 * (factors, indicators, limits; try a change on a school before saving), {@code /risk/questionnaires}
 * (items, imports, the response rate, the director's form); the same data under
 * {@code /api/v1/risk}. The module answers identification's {@link
 * ru.opora.identification.ExitRiskCondition}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"assessments", "orgunits", "identity", "identification", "shared"})
@org.jspecify.annotations.NullMarked
package ru.opora.risk;
