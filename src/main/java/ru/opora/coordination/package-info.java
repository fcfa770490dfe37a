/**
 * Coordination of the participants: notifications in the application for assignments, submissions,
 * reviews and overdue measures, with an e-mail copy through SMTP when {@code spring.mail.host} is
 * set. Consumes {@link ru.opora.planning.DocumentSubmitted}, {@link ru.opora.planning.ExpertAssigned},
 * {@link ru.opora.planning.DocumentReviewed}, {@link ru.opora.planning.MeasuresWentOverdue} and
 * {@link ru.opora.support.CuratorAssigned}; finds recipients through identity's
 * {@link ru.opora.identity.UserDirectory}. {@code meetings}: meetings with their protocols and the
 * assignments their decisions issue, with the daily overdue check and escalation. {@code events}: the
 * plans of events of each level as a month or a list, registrations, attendance, materials,
 * feedback, reminders and the iCalendar feed. {@code practices}: the bank of practices with its
 * moderation; a school with open objectivity flags is never published (reads identification's
 * {@link ru.opora.identification.ObjectivityConcerns}) and a school's plan page lists the practices
 * matching the risks it chose (risk's {@link ru.opora.risk.SchoolRisks}). {@code network}: the
 * finder of strong schools and teachers on a skill (assessments' {@link
 * ru.opora.assessments.SkillRates}) and the consulting centres. {@code materials}: the files of
 * events and practices.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "orgunits",
            "identity",
            "planning",
            "support",
            "monitoring",
            "risk",
            "assessments",
            "identification",
            "shared"
        })
@org.jspecify.annotations.NullMarked
package ru.opora.coordination;
