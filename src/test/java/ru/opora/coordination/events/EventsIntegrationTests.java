package ru.opora.coordination.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/**
 * The events plan (issue #20): a municipality plans a monthly seminar — an end before the start is
 * refused and nothing is saved —; its school registers, another municipality's school does not see
 * it; the organiser marks who came to a date that took place (not to one to come); a participant
 * leaves feedback once; the reminder before a date reaches the registered school; the calendar
 * reads as iCalendar, signed in and by the secret address; the plan and the attendance download as
 * Excel and read through the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventReminders reminders;

    @Test
    void aMonthlySeminarIsPlannedRegisteredForAttendedAndReminded() throws Exception {
        var region = regions.create();
        var a = region.municipality(0);
        var b = region.municipality(1);
        var school = region.schoolsOf(a).getFirst();
        var stranger = region.schoolsOf(b).getFirst();
        String coordinatorName = users.create(Role.MUNICIPAL_COORDINATOR, a);
        var coordinator = OporaHttp.as(port, coordinatorName);
        LocalDate first = LocalDate.now().minusMonths(2);

        var refused = form(first, "12:00", "10:00", "MONTHLY", first.plusMonths(6));
        coordinator.postFormWithCsrf("/coordination/events", "/coordination/events", refused);
        assertThat(coordinator
                        .get("/coordination/events?month=" + YearMonth.from(first))
                        .body())
                .contains("Окончание мероприятия раньше его начала");
        assertThat(events(a.id())).isZero();

        var created = coordinator.postFormWithCsrf(
                "/coordination/events",
                "/coordination/events",
                form(first, "15:00", "17:00", "MONTHLY", first.plusMonths(6)));
        String page = created.location().replaceFirst("^https?://[^/]+", "");
        assertThat(page).startsWith("/coordination/events/");
        UUID event = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
        assertThat(events(a.id())).isEqualTo(1);
        assertThat(coordinator
                        .get("/coordination/events?month=" + YearMonth.from(first.plusMonths(1)))
                        .body())
                .contains("Семинар для учителей математики ШНОР");

        // the school of the municipality registers; the other municipality's school does not see the event
        var director = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, school));
        director.postWithCsrf(page + "/registration", page, Map.of("participants", "0"));
        assertThat(director.get(page).body()).contains("Число участников — целое число от 1 до 500");
        director.postWithCsrf(
                page + "/registration", page, Map.of("participants", "3", "positions", "учителя математики"));
        assertThat(director.get(page).body()).contains("Изменить запись школы");
        String strangerName = users.create(Role.SCHOOL_ADMIN, stranger);
        var strangerDirector = OporaHttp.as(port, strangerName);
        assertThat(strangerDirector.get(page).status()).isEqualTo(404);
        assertThat(strangerDirector
                        .get("/coordination/events?view=list&month=" + YearMonth.from(first))
                        .body())
                .doesNotContain("Семинар для учителей математики ШНОР");

        // attendance: a date to come is refused, a date that took place is kept
        UUID registration = jdbc.sql("select id from coordination.event_registration where event_id = ?")
                .param(event)
                .query(UUID.class)
                .single();
        LocalDate future = first.plusMonths(4);
        coordinator.postWithCsrf(
                page + "/attendance", page, Map.of("date", future.toString(), "attended-" + registration, "2"));
        assertThat(coordinator.get(page).body()).contains("эта дата ещё не наступила");
        coordinator.postWithCsrf(
                page + "/attendance", page, Map.of("date", first.toString(), "attended-" + registration, "9"));
        assertThat(coordinator.get(page).body()).contains("Число пришедших — целое число от 0 до числа записавшихся");
        coordinator.postWithCsrf(
                page + "/attendance", page, Map.of("date", first.toString(), "attended-" + registration, "2"));
        assertThat(jdbc.sql("select attended from coordination.event_attendance where registration_id = ?")
                        .param(registration)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);

        // feedback once per person and date
        var feedback = Map.of("occursOn", first.toString(), "rating", "5", "useful", "Разбор заданий 2 и 4");
        director.postWithCsrf(page + "/feedback", page, feedback);
        director.postWithCsrf(page + "/feedback", page, feedback);
        assertThat(director.get(page).body()).contains("Вы уже оставили отзыв об этой дате");
        assertThat(coordinator.get(page).body()).contains("Отзывов: 1, средняя оценка 5,0 из 5");

        // two days before a date the registered school hears of it, once
        String directorName = jdbc.sql("select registered_by from coordination.event_registration where id = ?")
                .param(registration)
                .query(String.class)
                .single();
        var coming = first.plusMonths(3);
        assertThat(reminders.runOnce(coming.minusDays(2)))
                .anyMatch(n -> n.event().equals(event));
        assertThat(notifications(directorName, "Скоро мероприятие «Семинар для учителей математики ШНОР»%"))
                .isEqualTo(1);

        // the calendar as iCalendar: signed in, and by the secret address (which a new one replaces)
        String ics = director.get("/coordination/events/calendar.ics").body();
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("UID:" + event + "-" + first.plusMonths(1) + "@opora");
        assertThat(ics.split("BEGIN:VEVENT", -1).length - 1).isGreaterThanOrEqualTo(5);
        var renewed = director.postWithCsrf("/coordination/events/feed", "/coordination/events", Map.of());
        String feedPage = director.get("/coordination/events").body();
        String url = feedPage.replaceAll("(?s).*id=\"feed-url\">([^<]+)<.*", "$1");
        assertThat(renewed.status()).isEqualTo(302);
        String token = url.substring(url.indexOf("/calendar/"));
        var anonymous = new OporaHttp(port);
        // a long line is folded at 75 octets: a reader unfolds «CRLF space»
        assertThat(anonymous.get(token).body().replace("\r\n ", ""))
                .contains("SUMMARY:Семинар для учителей математики ШНОР");
        director.postWithCsrf("/coordination/events/feed", "/coordination/events", Map.of());
        assertThat(anonymous.get(token).status()).isEqualTo(404);

        // Excel: the plan of the year and the event's attendance; the API
        var plan = OporaHttp.sheet(coordinator
                .download("/coordination/events/export?year=" + first.getYear())
                .body());
        assertThat(plan.toString())
                .contains("Семинар для учителей математики ШНОР")
                .contains("ежемесячно");
        var attendance = OporaHttp.sheet(coordinator.download(page + "/export").body());
        assertThat(attendance.toString()).contains(school.name()).contains("3");
        String api = coordinator
                .api("/api/v1/coordination/events/" + event, coordinatorName)
                .body();
        assertThat(api).contains("\"attended\":2").contains(school.name());
        assertThat(strangerDirector
                        .api("/api/v1/coordination/events/" + event, strangerName)
                        .status())
                .isEqualTo(404);

        // the start page of the school lists the coming dates
        assertThat(director.get("/coordination/events/mine").body()).contains("events/" + event);
    }

    private static LinkedMultiValueMap<String, String> form(
            LocalDate on, String from, String to, String periodicity, LocalDate until) {
        var f = new LinkedMultiValueMap<String, String>();
        f.add("kind", "SEMINAR");
        f.add("title", "Семинар для учителей математики ШНОР");
        f.add("startsOn", on.toString());
        f.add("startTime", from);
        f.add("endTime", to);
        f.add("periodicity", periodicity);
        f.add("repeatUntil", until.toString());
        f.add("place", "ИМЦ, ауд. 12");
        f.addAll("audience", List.of("SHNOR_SCHOOLS", "TEACHERS"));
        return f;
    }

    private int events(UUID organiser) {
        return jdbc.sql("select count(*) from coordination.event where organiser_id = ?")
                .param(organiser)
                .query(Integer.class)
                .single();
    }

    private int notifications(String recipient, String like) {
        return ru.opora.coordination.TestNotifications.count(jdbc, recipient, like);
    }
}
