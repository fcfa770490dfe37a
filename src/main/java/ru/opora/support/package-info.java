/**
 * Curators and their ШНОР (domain.md §4.2, §8.1 step 2): curator profiles (organisation, position,
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
