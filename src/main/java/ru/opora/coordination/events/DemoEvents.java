package ru.opora.coordination.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import ru.opora.identity.Permission;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;

/**
 * The demo's plan of events: the demo municipality's monthly seminar for the mathematics teachers
 * of its ШНОР (began three months ago; four schools registered, attendance marked for the dates
 * that passed, a participant's feedback), the region's conference next month and its quarterly
 * internship site, and the demo school's open lesson next week.
 */
@Component
@ConditionalOnProperty(name = "opora.demo.enabled", havingValue = "true")
@Order(72)
class DemoEvents implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);

    private final EventPages.Parts parts;

    DemoEvents(EventPages.Parts parts) {
        this.parts = parts;
    }

    @Override
    public void run(ApplicationArguments args) {
        var region = parts.orgUnits().findByCode(OrgUnitKind.REGION, "39");
        var school = parts.orgUnits().findByCode(OrgUnitKind.SCHOOL, "390101");
        if (region.isEmpty() || school.isEmpty()) return;
        var home = parts.orgUnits()
                .find(school.get().path().municipality().orElseThrow().unitId());
        if (home.isEmpty()
                || !parts.events()
                        .visible(Scope.of(region.get().path()), today().minusYears(1), today().plusYears(1))
                        .isEmpty()) return;
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "demo", null, List.of(new SimpleGrantedAuthority(Permission.EVENTS_MANAGE.name()))));
        try {
            plan(region.get(), home.get(), school.get());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void plan(OrgUnitRef region, OrgUnitRef home, OrgUnitRef school) {
        var seminar = seminar(home);
        others(region, school);
        int registered = attend(seminar, home, school);
        log.info("Demo events: 4 events, {} schools registered for the seminar", registered);
    }

    /** The municipality's monthly seminar, begun three months ago. */
    private Event seminar(OrgUnitRef home) {
        var today = today();
        return event(
                home,
                new Events.Form(
                        "SEMINAR",
                        "Методический семинар для учителей математики ШНОР",
                        today.minusMonths(3).withDayOfMonth(15),
                        LocalTime.of(15, 0),
                        null,
                        LocalTime.of(17, 0),
                        "MONTHLY",
                        today.plusMonths(5),
                        "Информационно-методический центр, ауд. 12",
                        List.of("SHNOR_SCHOOLS", "TEACHERS"),
                        null,
                        null,
                        "Разбор слабых заданий ВПР по математике, обмен приёмами работы с текстовыми задачами."));
    }

    /** The region's conference and internship site, the school's open lesson. */
    private void others(OrgUnitRef region, OrgUnitRef school) {
        event(
                region,
                new Events.Form(
                        "CONFERENCE",
                        "Региональная конференция «Эффективные практики проекта 500+»",
                        today().plusMonths(1).withDayOfMonth(20),
                        LocalTime.of(10, 0),
                        null,
                        LocalTime.of(16, 0),
                        "ONCE",
                        null,
                        "Институт развития образования, актовый зал",
                        List.of("SHNOR_SCHOOLS", "DIRECTORS", "TEACHERS"),
                        null,
                        null,
                        "Выступления школ, чьи практики опубликованы в банке."));
        event(
                region,
                new Events.Form(
                        "INTERNSHIP_SITE",
                        "Стажировочная площадка: формирующее оценивание",
                        today().minusMonths(1).withDayOfMonth(10),
                        LocalTime.of(9, 30),
                        null,
                        LocalTime.of(14, 0),
                        "QUARTERLY",
                        today().plusMonths(9),
                        "Школа-наставник муниципалитета",
                        List.of("TEACHERS"),
                        null,
                        null,
                        ""));
        event(
                school,
                new Events.Form(
                        "OPEN_DAY",
                        "Открытый урок математики в 5 классе",
                        today().plusDays(7),
                        LocalTime.of(11, 0),
                        null,
                        LocalTime.of(11, 45),
                        "ONCE",
                        null,
                        "Кабинет 21",
                        List.of("TEACHERS", "PARENTS"),
                        null,
                        null,
                        ""));
    }

    /** The municipality's first four schools register; who came to each date that passed; one feedback. */
    private int attend(Event seminar, OrgUnitRef home, OrgUnitRef school) {
        var today = today();
        var schools = parts.orgUnits().inScope(OrgUnitKind.SCHOOL, Scope.of(home.path())).stream()
                .limit(4)
                .toList();
        for (var s : schools)
            parts.registrations()
                    .register(
                            seminar,
                            s,
                            2,
                            "учителя математики",
                            "demo",
                            seminar.startsAt().toLocalDate());
        var registrations = parts.registrations().of(seminar.id());
        int marked = 0;
        for (var d : seminar.occurrences()) {
            if (d.isAfter(today)) break;
            var attended = new HashMap<UUID, Integer>();
            for (int i = 0; i < registrations.size(); i++)
                attended.put(registrations.get(i).id(), (i + marked) % 3 == 0 ? 1 : 2);
            parts.registrations().mark(seminar, d, attended, "municipal", today);
            marked++;
        }
        parts.registrations()
                .feedback(
                        seminar,
                        new Registrations.Feedback(
                                seminar.occurrences().getFirst(),
                                school.id(),
                                "school",
                                5,
                                "Разбор заданий 2 и 7 с типичными ошибками",
                                "Больше времени на практику"),
                        today);
        return registrations.size();
    }

    private Event event(OrgUnitRef organiser, Events.Form form) {
        var id = parts.events().create(organiser, form, "demo").id();
        return parts.events().find(java.util.Objects.requireNonNull(id)).orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(parts.clock());
    }
}
