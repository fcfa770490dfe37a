/**
 * Reports: analytical notes («аналитическая справка») of a school, a municipality or the region
 * for a year's ВПР or a round of monitoring (monitoring's {@link ru.opora.monitoring.CampaignSummaries})
 * — the figures read from assessments' {@link ru.opora.assessments.SchoolResults},
 * the ШНОР from identification's {@link ru.opora.identification.ShnorRegister} and the schools in
 * doubt from its {@link ru.opora.identification.ObjectivityConcerns}; the methodist writes the
 * conclusions and recommendations and issues a version as DOCX (with a native chart) and PDF (with
 * the Cyrillic font embedded); every issued version is kept (decision 0029). {@code publicpage}: the page a school publishes
 * about its work — status and plan figures from planning's {@link ru.opora.planning.PlanFigures},
 * no personal data — with its Atom feed and an embeddable card, read by anyone.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "orgunits",
            "identity",
            "assessments",
            "identification",
            "planning",
            "monitoring",
            "shared"
        })
@org.jspecify.annotations.NullMarked
package ru.opora.reporting;
