/**
 * Coordination of the participants: notifications in the application for assignments, submissions,
 * reviews and overdue measures, with an e-mail copy through SMTP when {@code spring.mail.host} is
 * set. Consumes {@link ru.opora.planning.DocumentSubmitted}, {@link ru.opora.planning.ExpertAssigned},
 * {@link ru.opora.planning.DocumentReviewed}, {@link ru.opora.planning.MeasuresWentOverdue} and
 * {@link ru.opora.support.CuratorAssigned}; finds recipients through identity's
 * {@link ru.opora.identity.UserDirectory}. {@code meetings}: meetings with their protocols and the
 * assignments their decisions issue, with the daily overdue check and escalation. Events, addressed
 * recommendations and the best-practice bank come later.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"orgunits", "identity", "planning", "support", "monitoring", "shared"})
@org.jspecify.annotations.NullMarked
package ru.opora.coordination;
