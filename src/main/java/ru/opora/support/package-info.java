/**
 * The support cycle's frame (docs/domain.md §4.2, §8.1): cohorts ({@code cohort}: a project year with its
 * ШНОР, the calendar of §8.1 and each school's progress, asked of the modules that own the facts
 * through {@link ru.opora.support.CycleProgress}), tutor schools, and curators: curator profiles (organisation, position,
 * subjects, expertise by risk factor, municipality, caseload limit, own school), assignments by the
 * region or a municipality with the reason kept, a suggested matching computed as one optimal
 * assignment with an explanation per pair ({@code matching}), and the curator's visit log. An
 * assignment opens the school to the curator through identity's {@link
 * ru.opora.identity.UserDirectory}, so the curator's scope always follows the assignments.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"orgunits", "identity", "identification", "risk", "assessments", "shared"})
@org.jspecify.annotations.NullMarked
package ru.opora.support;
