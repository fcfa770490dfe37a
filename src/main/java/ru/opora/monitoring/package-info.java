/**
 * Monitoring of the support cycle (docs/domain.md §4.6, §8.4; issue #17): the region's versioned
 * set of indicators ({@code indicators}: computed by formula over the same school figures and the
 * same formula engine as risk profiles, or entered with evidence), and campaigns ({@code
 * campaigns}) per cohort — initial, quarterly, intermediate, final — that move from draft to open
 * (schools enter their values; computed ones are filled in and locked) to closed (the curator or
 * the municipality confirms or returns each value) to published; a school's dynamics across
 * campaigns against its baseline and target.
 *
 * <p>Pages: {@code /monitoring} (the campaigns, opening one), {@code /monitoring/campaigns/{id}}
 * (its schools × indicators, the ШНОР against the region's other schools, export),
 * {@code /monitoring/campaigns/{id}/schools/{school}} (the school's form and its review),
 * {@code /monitoring/schools/{school}} (dynamics), {@code /monitoring/indicators} (the set and its
 * versions), {@code /monitoring/areas} (municipal and regional indicators, {@code areas}),
 * {@code /monitoring/mechanism} (the municipal mechanism assessment, {@code mechanism}, whose weak
 * positions become rows of the municipal roadmap through planning's
 * {@link ru.opora.planning.MunicipalRoadmaps}); reads under {@code /api/v1/monitoring}. The cohort's
 * schools come from support's {@link ru.opora.support.CohortSchools}, the figures from risk's
 * {@link ru.opora.risk.SchoolFigures} and planning's {@link ru.opora.planning.PlanFigures}; it answers
 * planning's {@link ru.opora.planning.ProgrammeIndicators} and identification's exit condition.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "orgunits",
            "identity",
            "identification",
            "risk",
            "support",
            "planning",
            "people",
            "shared"
        })
@org.jspecify.annotations.NullMarked
package ru.opora.monitoring;
