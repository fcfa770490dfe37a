package ru.opora.coordination.practices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/**
 * The bank of practices (issue #20): a school submits a practice — a file over the limit or no
 * risk refuses it whole —; its municipality approves and publishes it; a school with an open
 * objectivity flag is not published and, once flagged, its published practice disappears from the
 * bank; the search finds by risk and effect; a ШНОР that chose the same risk finds the practice on
 * its plan page, one with another risk does not; the API and the Excel export answer the same.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "opora.coordination.material-max-mb=1")
class PracticesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPublishedPracticeReachesTheShnorWithTheSameRiskAndNeverAModelInDoubt() {
        var region = regions.create();
        var a = region.municipality(0);
        var author = region.schoolsOf(a).get(0);
        var doubtful = region.schoolsOf(a).get(1);
        var shnor = region.school(region.schoolsOf(a).size());
        var otherShnor = region.school(region.schoolsOf(a).size() + 1);
        int year = LocalDate.now().getYear();
        choose(shnor, "TEACHER_COMPETENCE", year);
        choose(otherShnor, "EQUIPMENT", year);

        String directorName = users.create(Role.SCHOOL_ADMIN, author);
        var director = OporaHttp.as(port, directorName);
        var big = new byte[1024 * 1024 + 10];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        director.postPartsWithCsrf(
                "/coordination/practices",
                "/coordination/practices",
                practice("TEACHER_COMPETENCE"),
                Map.of("files", Map.entry("презентация.pdf", big)));
        assertThat(director.get("/coordination/practices").body())
                .contains("Файл «презентация.pdf» не принят: он больше 1 МБ");
        director.postPartsWithCsrf("/coordination/practices", "/coordination/practices", practice("UNKNOWN"), Map.of());
        assertThat(director.get("/coordination/practices").body()).contains("Отметьте хотя бы один риск");
        assertThat(practices(author)).isZero();

        var sent = director.postPartsWithCsrf(
                "/coordination/practices",
                "/coordination/practices",
                practice("TEACHER_COMPETENCE"),
                Map.of("files", Map.entry("план.pdf", "%PDF-1.4\nплан".getBytes(StandardCharsets.UTF_8))));
        String page = sent.location().replaceFirst("^https?://[^/]+", "");
        assertThat(page).startsWith("/coordination/practices/");
        UUID id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));

        // not yet in the bank; the ШНОР's plan page does not offer it
        String shnorName = users.create(Role.SCHOOL_ADMIN, shnor);
        var shnorDirector = OporaHttp.as(port, shnorName);
        assertThat(shnorDirector.get(page).status()).isEqualTo(404);
        assertThat(matching(shnorDirector, shnor, year)).doesNotContain("Наставничество для молодых учителей");

        // the municipality approves, then publishes; a step out of order is refused
        var coordinator = OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, a));
        assertThat(coordinator.get("/coordination/practices").body()).contains("На модерации");
        coordinator.postWithCsrf(page + "/moderation", page, Map.of("step", "PUBLISH"));
        assertThat(state(id)).isEqualTo("SUBMITTED");
        coordinator.postWithCsrf(page + "/moderation", page, Map.of("step", "APPROVE"));
        coordinator.postWithCsrf(page + "/moderation", page, Map.of("step", "PUBLISH"));
        assertThat(state(id)).isEqualTo("PUBLISHED");
        assertThat(notifications(directorName, "Практика «Наставничество для молодых учителей» опубликована%"))
                .isEqualTo(1);

        // the ШНОР with the same risk finds it on its plan page and in the bank; the other does not
        assertThat(matching(shnorDirector, shnor, year))
                .contains("Наставничество для молодых учителей")
                .contains("+15,0");
        assertThat(shnorDirector.get(page).body()).contains("план.pdf").contains(author.name());
        assertThat(matching(OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, otherShnor)), otherShnor, year))
                .contains("Опубликованных практик по выбранным рискам пока нет");
        assertThat(shnorDirector
                        .get("/coordination/practices?risk=TEACHER_COMPETENCE&effect=10")
                        .body())
                .contains("Наставничество для молодых учителей");
        assertThat(shnorDirector
                        .get("/coordination/practices?risk=TEACHER_COMPETENCE&effect=20")
                        .body())
                .doesNotContain("Наставничество для молодых учителей");
        assertThat(shnorDirector
                        .api("/api/v1/coordination/practices?risk=TEACHER_COMPETENCE", shnorName)
                        .body())
                .contains("\"effect\":15")
                .contains(author.name());
        assertThat(OporaHttp.sheet(shnorDirector
                                .download("/coordination/practices/export")
                                .body())
                        .toString())
                .contains("Наставничество для молодых учителей");

        // a school with an open objectivity flag: not published; and a flag hides a published practice
        var doubtfulDirector = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, doubtful));
        var second = doubtfulDirector.postPartsWithCsrf(
                "/coordination/practices", "/coordination/practices", practice("TEACHER_COMPETENCE"), Map.of());
        String secondPage = second.location().replaceFirst("^https?://[^/]+", "");
        flag(doubtful, year);
        coordinator.postWithCsrf(secondPage + "/moderation", secondPage, Map.of("step", "APPROVE"));
        coordinator.postWithCsrf(secondPage + "/moderation", secondPage, Map.of("step", "PUBLISH"));
        assertThat(coordinator.get(secondPage).body()).contains("у школы есть открытые или подтверждённые флаги");
        assertThat(state(UUID.fromString(secondPage.substring(secondPage.lastIndexOf('/') + 1))))
                .isEqualTo("APPROVED");
        flag(author, year);
        assertThat(matching(shnorDirector, shnor, year)).doesNotContain("Наставничество для молодых учителей");
        assertThat(shnorDirector.get(page).status()).isEqualTo(404);

        // a rejection needs its reason
        coordinator.postWithCsrf(secondPage + "/moderation", secondPage, Map.of("step", "REJECT", "reason", " "));
        assertThat(coordinator.get(secondPage).body()).contains("Укажите причину отклонения");
        coordinator.postWithCsrf(
                secondPage + "/moderation", secondPage, Map.of("step", "REJECT", "reason", "Нет данных о результате"));
        assertThat(doubtfulDirector.get(secondPage).body()).contains("Причина: Нет данных о результате");
    }

    private static Map<String, String> practice(String risk) {
        return Map.of(
                "title", "Наставничество для молодых учителей",
                "subject", "Математика",
                "level", "BASIC",
                "risks", risk,
                "problem", "Треть учителей математики — со стажем до трёх лет",
                "solution", "Пары «наставник — молодой учитель», взаимопосещения раз в две недели",
                "indicator", "Доля «2» по ВПР, математика 5 кл., %",
                "before", "27",
                "after", "12",
                "lowerBetter", "true");
    }

    private static String matching(OporaHttp who, OrgUnitRef school, int year) {
        return who.get("/coordination/practices/for/" + school.id() + "?year=" + year)
                .body();
    }

    private void choose(OrgUnitRef school, String risk, int year) {
        jdbc.sql("""
                        insert into risk.self_diagnosis (school_id, school_path, cohort_year, entries, updated_by)
                        values (?, ?, ?, ?::jsonb, 'test')""")
                .params(
                        school.id(),
                        school.path(),
                        year,
                        "[{\"factorCode\":\"" + risk + "\",\"actual\":true,\"measures\":\"\",\"selected\":true}]")
                .update();
    }

    private void flag(OrgUnitRef school, int year) {
        jdbc.sql("""
                        insert into identification.objectivity_flag (school_id, school_path, year, code, value, threshold, evidence)
                        values (?, ?, ?, 'BOUNDARY_SPIKE', 3.1, 2.0, '{}')""").params(school.id(), school.path(), year).update();
    }

    private int notifications(String recipient, String like) {
        return ru.opora.coordination.TestNotifications.count(jdbc, recipient, like);
    }

    private int practices(OrgUnitRef school) {
        return jdbc.sql("select count(*) from coordination.practice where school_id = ?")
                .param(school.id())
                .query(Integer.class)
                .single();
    }

    private String state(UUID id) {
        return jdbc.sql("select state from coordination.practice where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
