package ru.opora.coordination;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import ru.opora.identity.Role;
import ru.opora.identity.UserDirectory;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;
import ru.opora.planning.DocumentReviewed;
import ru.opora.planning.DocumentSubmitted;
import ru.opora.planning.ExpertAssigned;
import ru.opora.planning.MeasuresWentOverdue;
import ru.opora.support.CuratorAssigned;

/**
 * Who hears of what: a submission — the region's coordinators; an expert assignment — the expert; a
 * review — the school's administrators and curators; an overdue measure — the school's
 * administrators and curators; a curator assignment — the curator. Runs after the change commits.
 */
@Component
class NotifyParticipants {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final Notifications notifications;
    private final UserDirectory users;
    private final Mailer mailer;
    private final MessageSource messages;
    private final ru.opora.orgunits.OrgUnits orgUnits;

    NotifyParticipants(
            Notifications notifications,
            UserDirectory users,
            Mailer mailer,
            MessageSource messages,
            ru.opora.orgunits.OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
        this.notifications = notifications;
        this.users = users;
        this.mailer = mailer;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(DocumentSubmitted e) {
        notify(
                users.withRole(Role.REGION_ADMIN, Scope.of(e.schoolPath().region())),
                "SUBMITTED",
                text("coordination.submitted", e.title()),
                "/planning/documents/" + e.documentId());
    }

    @ApplicationModuleListener
    void on(ExpertAssigned e) {
        notify(
                users.find(e.expert()).stream().toList(),
                "REVIEW",
                text("coordination.review", e.documentTitle(), ru.opora.shared.Formats.date(e.due())),
                "/planning/reviews");
    }

    @ApplicationModuleListener
    void on(DocumentReviewed e) {
        notify(
                school(e.schoolPath()),
                "REVIEWED",
                text("coordination.reviewed", e.title(), text("planning.verdicted." + e.verdict())),
                "/planning/documents/" + e.documentId());
    }

    @ApplicationModuleListener
    void on(MeasuresWentOverdue e) {
        for (var m : e.measures())
            notify(
                    school(m.schoolPath()),
                    "OVERDUE",
                    text("coordination.overdue", m.title(), ru.opora.shared.Formats.date(m.due())),
                    "/planning/measures/" + m.measureId());
    }

    @ApplicationModuleListener
    void on(CuratorAssigned e) {
        notify(
                users.find(e.curator()).stream().toList(),
                "CURATOR",
                text("coordination.curator", e.schoolName(), String.valueOf(e.year())),
                "/support?year=" + e.year());
    }

    /** A monitoring campaign's news for each school concerned: its administrators and curators hear it. */
    @ApplicationModuleListener
    void on(ru.opora.monitoring.MonitoringNotice e) {
        for (var school : orgUnits.byIds(e.schools()))
            notify(
                    school(school.path()),
                    "MONITORING",
                    text(
                            "coordination.monitoring." + e.kind(),
                            e.campaignTitle(),
                            school.name(),
                            ru.opora.shared.Formats.date(e.due()),
                            e.detail() == null ? "" : e.detail()),
                    "/monitoring/campaigns/" + e.campaignId() + "/schools/" + school.id());
    }

    /**
     * An assignment's news: its assignee's people (a school's administrators, a municipality's
     * coordinators) or its issuer's; an overdue assignment is escalated to the level above the assignee.
     */
    @ApplicationModuleListener
    void on(ru.opora.coordination.meetings.AssignmentNotice e) {
        String text = text(
                "coordination.assignment.notice." + e.kind(),
                e.text().length() > 120 ? e.text().substring(0, 120) + "…" : e.text(),
                ru.opora.shared.Formats.date(e.due()),
                e.note());
        String link = "/coordination/assignments/" + e.assignment();
        notify(people(e.to()), "ASSIGNMENT", text, link);
        if (e.kind() == ru.opora.coordination.meetings.AssignmentNotice.Kind.OVERDUE) {
            var above = e.to().kind() == ru.opora.orgunits.OrgUnitKind.SCHOOL
                    ? e.to().municipality().orElse(e.issuer())
                    : e.to().region();
            String unit = orgUnits.find(e.to().unitId()).map(o -> o.name()).orElse("");
            notify(people(above), "ASSIGNMENT", text("coordination.assignment.escalated", unit, text), link);
        }
    }

    /** An event comes soon: the organiser's people and those of each registered school. */
    @ApplicationModuleListener
    void on(ru.opora.coordination.events.EventNotice e) {
        String text = text(
                "coordination.event.notice",
                e.title(),
                ru.opora.shared.Formats.date(e.occursOn()),
                e.time(),
                e.place());
        var told = new LinkedHashSet<UserDirectory.Person>();
        for (var unit : e.to()) told.addAll(people(unit));
        notify(List.copyOf(told), "EVENT", text, "/coordination/events/" + e.event());
    }

    /** A practice submitted (its municipality moderates), published or rejected (its school hears). */
    @ApplicationModuleListener
    void on(ru.opora.coordination.practices.PracticeNotice e) {
        String text = text("coordination.practice.notice." + e.kind(), e.title(), e.reason());
        var to = e.kind() == ru.opora.coordination.practices.PracticeNotice.Kind.SUBMITTED
                ? e.school().municipality().orElse(e.school().region())
                : e.school();
        notify(people(to), "PRACTICE", text, "/coordination/practices/" + e.practice());
    }

    /** Who acts for an org unit: a school's administrators, a municipality's coordinators, a region's administrators. */
    private List<UserDirectory.Person> people(OrgPath unit) {
        var scope = Scope.of(unit);
        return switch (unit.kind()) {
            case SCHOOL -> users.withRole(Role.SCHOOL_ADMIN, scope);
            case MUNICIPALITY -> users.withRole(Role.MUNICIPAL_COORDINATOR, scope);
            default -> users.withRole(Role.REGION_ADMIN, scope);
        };
    }

    /** The school's administrators and its curators. */
    private List<UserDirectory.Person> school(OrgPath schoolPath) {
        Set<UserDirectory.Person> people = new LinkedHashSet<>();
        var scope = Scope.of(schoolPath);
        people.addAll(users.withRole(Role.SCHOOL_ADMIN, scope));
        people.addAll(users.withRole(Role.CURATOR, scope));
        return List.copyOf(people);
    }

    private void notify(List<UserDirectory.Person> recipients, String kind, String text, String link) {
        for (var p : recipients) {
            var id = notifications.add(p.username(), kind, text, link);
            if (p.email() != null
                    && !p.email().isBlank()
                    && mailer.send(p.email(), text("coordination.subject." + kind), text, link))
                notifications.emailed(id);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, RU);
    }
}
