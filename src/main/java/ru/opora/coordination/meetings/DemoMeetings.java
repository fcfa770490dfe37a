package ru.opora.coordination.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnits;
import ru.opora.orgunits.Scope;

/**
 * The demo region's project office: a meeting whose decision gave assignments to two municipalities
 * — the first reported and the region closed it, the second let its deadline pass and was escalated
 * — and a municipal meeting whose assignment waits at the demo school. The overdue deadline is moved
 * back by hand, as the passing of time would move it, and the daily check marks it.
 */
@org.springframework.stereotype.Component
@ConditionalOnProperty(name = "opora.demo.enabled", havingValue = "true")
@Order(71)
class DemoMeetings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);

    private final OrgUnits orgUnits;
    private final Meetings meetings;
    private final Assignments assignments;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoMeetings(OrgUnits orgUnits, Meetings meetings, Assignments assignments, JdbcClient jdbc, Clock clock) {
        this.orgUnits = orgUnits;
        this.meetings = meetings;
        this.assignments = assignments;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var region = orgUnits.findByCode(OrgUnitKind.REGION, "39");
        if (region.isEmpty()
                || jdbc.sql("select exists (select 1 from coordination.meeting)")
                        .query(Boolean.class)
                        .single()) return;
        var school = orgUnits.findByCode(OrgUnitKind.SCHOOL, "390101");
        var home = school.flatMap(s -> s.path().municipality()).flatMap(m -> orgUnits.find(m.unitId()));
        if (school.isEmpty() || home.isEmpty()) return;
        // the demo school's municipality (the «municipal» account's) and another one
        var other = orgUnits
                .inScope(OrgUnitKind.MUNICIPALITY, Scope.of(region.get().path()))
                .stream()
                .filter(m -> !m.id().equals(home.get().id()))
                .findFirst();
        if (other.isEmpty()) return;
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "demo", null, List.of(new SimpleGrantedAuthority(Permission.MEETINGS_MANAGE.name()))));
        try {
            story(region.get(), home.get(), other.get(), school.get());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The office's meeting and its two assignments, then the municipality's meeting with one for the school. */
    private void story(
            ru.opora.orgunits.OrgUnitRef region,
            ru.opora.orgunits.OrgUnitRef home,
            ru.opora.orgunits.OrgUnitRef other,
            ru.opora.orgunits.OrgUnitRef school) {
        LocalDate today = LocalDate.now(clock);
        var office = meeting(region, today.minusDays(45), "Заседание регионального проектного офиса «500+»");
        var item = item(
                office,
                "Об утверждении антирисковых программ ШНОР",
                "Доклад регионального координатора о ходе экспертизы программ",
                "Муниципалитетам представить планы сопровождения ШНОР, чьи программы возвращены на доработку");
        var first = issue(office, item, home, today.plusDays(21));
        var second = issue(office, item, other, today.plusDays(21));
        assignments.step(find(first), AssignmentState.Step.ACCEPT, null, "municipal");
        assignments.step(
                find(first),
                AssignmentState.Step.REPORT,
                "План сопровождения утверждён приказом управления образования от 10.11 № 214",
                "municipal");
        assignments.step(find(first), AssignmentState.Step.CLOSE, null, "region");
        assignments.step(find(second), AssignmentState.Step.ACCEPT, null, "demo");
        // the deadline as the calendar would have brought it: ten days ago
        jdbc.sql("update coordination.assignment set due_on = ? where id = ?")
                .params(today.minusDays(10), second)
                .update();
        int overdue = assignments.markOverdue(today).size();
        var council = meeting(home, today.minusDays(7), "Совещание руководителей ШНОР");
        var point = item(
                council,
                "О подготовке к ВПР",
                "",
                "Школам провести диагностические работы и представить анализ по слабым заданиям");
        issue(council, point, school, today.plusDays(14));
        log.info("Demo meetings: 2 meetings, 3 assignments, {} overdue", overdue);
    }

    private Meetings.Meeting meeting(ru.opora.orgunits.OrgUnitRef holder, LocalDate day, String title) {
        var id = meetings.create(
                        holder,
                        new Meetings.Form(
                                day,
                                title,
                                "очно, зал заседаний",
                                "Председатель: руководитель проектного офиса",
                                "координаторы муниципалитетов, методисты ИРО, кураторы ШНОР"),
                        "demo")
                .id();
        return meetings.find(java.util.Objects.requireNonNull(id)).orElseThrow();
    }

    private Meetings.Item item(Meetings.Meeting m, String topic, String heard, String decided) {
        meetings.addItem(m, new Meetings.ItemForm(topic, heard, "", decided), "demo");
        return meetings.items(m.id()).getLast();
    }

    private java.util.UUID issue(
            Meetings.Meeting m, Meetings.Item item, ru.opora.orgunits.OrgUnitRef to, LocalDate due) {
        return java.util.Objects.requireNonNull(assignments
                .issue(
                        m,
                        item,
                        to,
                        new Assignments.Form(to.id(), item.decided(), "справка с приложением плана", due),
                        "demo")
                .id());
    }

    private Assignments.Assignment find(java.util.UUID id) {
        return assignments.find(id).orElseThrow();
    }
}
