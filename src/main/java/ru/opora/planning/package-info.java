/**
 * The school's documents of the support cycle (docs/domain.md §7.1–7.4) and their life: the development
 * concept, the mid-term programme, one anti-risk programme per chosen risk and the roadmap, written
 * in structured editors, checked by the plan checker (§7.3), versioned with a readable diff,
 * reviewed by an assigned expert with scores per criterion and remarks beside the text (§6.8,
 * §7.6), and — once approved — executed measure by measure with evidence, deadlines and a daily
 * overdue check (§6.9, §8.3).
 *
 * <p>Sub-packages: {@code documents} (the content model, templates, the state machine of §8.2, the
 * checker, versions and pages), {@code review} (criteria, scoring, the expert's work),
 * {@code execution} (measures, evidence, the overdue job, execution rates and dashboards). Reads the
 * school's chosen risks and the catalogue's measures through {@link ru.opora.risk.SchoolRisks};
 * answers support's {@link ru.opora.support.CycleProgress} with the documents' steps and reads its
 * {@link ru.opora.support.VisitLog} for the dashboard. The municipality's roadmap is a document of
 * the same life, owned by the municipality. Publishes {@link ru.opora.planning.DocumentSubmitted},
 * {@link ru.opora.planning.ExpertAssigned}, {@link ru.opora.planning.DocumentReviewed} and
 * {@link ru.opora.planning.MeasuresWentOverdue}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"orgunits", "identity", "risk", "support", "shared"})
@org.jspecify.annotations.NullMarked
package ru.opora.planning;
