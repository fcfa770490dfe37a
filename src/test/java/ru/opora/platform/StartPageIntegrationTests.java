package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.planning.TestPlans;

/**
 * The start page's «what needs doing» (issue #21): the school sees its overdue measure and the one
 * due this week, each by name and linked to its page; the municipality counts its schools'
 * overdue measures; the region sees the objectivity flags waiting for review; a teacher, who has
 * none of this, sees «nothing urgent».
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StartPageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    TestPlans plans;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eachRoleSeesWhatIsItsToDoToday() {
        var region = regions.create();
        var school = region.school(0);
        int year = LocalDate.now().getYear() - 1;
        var late = plans.measureInExecution(
                school, year, "Провести педагогический совет по итогам ВПР", LocalDate.of(year, 10, 1));
        jdbc.sql("update planning.measure set status = 'OVERDUE' where id = ?")
                .param(late.id())
                .update();
        var soon =
                plans.measureInExecution(school, year - 1, "Открытые уроки математики", LocalDate.of(year - 1, 10, 2));
        jdbc.sql("update planning.measure set due_date = ?, status = 'PLANNED' where id = ?")
                .params(LocalDate.now().plusDays(3), soon.id())
                .update();

        var director = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, school));
        assertThat(director.get("/").body())
                .contains("hx-get=\"/planning/today\"")
                .contains("Что нужно сделать");
        String mine = director.get("/planning/today").body();
        assertThat(mine)
                .contains("Просрочено мероприятие «Провести педагогический совет по итогам ВПР» (срок 01.10." + year
                        + ")")
                .contains("/planning/measures/" + late.id())
                .contains("срок прошёл")
                .contains("Мероприятие «Открытые уроки математики»");

        var municipal = OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0)));
        assertThat(municipal.get("/planning/today").body()).contains("Просроченных мероприятий в ваших школах: 1");

        jdbc.sql("""
                        insert into identification.objectivity_flag (school_id, school_path, year, code, value, threshold, evidence)
                        values (?, ?, ?, 'BOUNDARY_SPIKE', 3.1, 2.0, '{}')""").params(school.id(), school.path(), year).update();
        var admin = OporaHttp.as(port, users.create(Role.REGION_ADMIN, region.region()));
        assertThat(admin.get("/identification/today").body())
                .contains("Флаги необъективности ждут рассмотрения: школ — 1 (ВПР " + year + ")");
        // the municipality sees the flags of its schools but does not review them
        assertThat(municipal.get("/identification/today").body()).doesNotContain("Флаги необъективности");

        // the expert's open review names the school, on the start page and in the queue
        var other = region.school(1);
        var expert = OporaHttp.as(port, plans.underReview(other, year, LocalDate.of(year, 11, 1)));
        assertThat(expert.get("/planning/today").body()).contains("Экспертиза: «Дорожная карта» — " + other.name());
        assertThat(expert.get("/planning/reviews").body()).contains(other.code() + " " + other.name());

        var teacher = OporaHttp.as(port, users.create(Role.TEACHER, school));
        String home = teacher.get("/").body();
        assertThat(home).contains("Срочных дел нет").doesNotContain("hx-get=\"/monitoring/today\"");
        assertThat(teacher.get("/planning/today").body()).doesNotContain("<li");
    }
}
