package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.assessments.TestResults;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.planning.TestPlans;
import ru.opora.support.cohort.Cohorts;

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

    @Autowired
    TestResults results;

    @Autowired
    Cohorts cohorts;

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

    /**
     * Key figures of the scope with their change, and the cohort's next step: in a region whose
     * ВПР went from 4 «2» of 10 works to 2 of 10, the municipality reads «20,0 %» with «−20,0 п. п.»
     * (for the better), one ШНОР that entered this year, one measure done of two due and one
     * overdue; the cohort begun 100 days ago shows the municipality its next step (the concept, in
     * 20 days) and one school behind, and shows the school its own late step, the curators.
     */
    @Test
    void keyFiguresWithTheirChangeAndTheCohortsNextStep() {
        var region = regions.create();
        var school = region.school(0);
        int now = LocalDate.now().getYear();
        for (int year : new int[] {now - 2, now - 1}) {
            var csv = new StringBuilder(TestResults.HEADER);
            int twos = year == now - 2 ? 4 : 2;
            for (int p = 0; p < 10; p++)
                csv.append(school.code())
                        .append(";F")
                        .append(year)
                        .append('-')
                        .append(p)
                        .append(p < twos ? ";5А;0;0;0;0\n" : ";5А;1;1;2;2\n");
            results.load(results.vpr("FIG", year, 5), region.scope(), csv.toString());
        }
        var late = plans.measureInExecution(school, now - 1, "Педсовет по итогам ВПР", LocalDate.of(now - 1, 10, 1));
        jdbc.sql("update planning.measure set status = 'OVERDUE' where id = ?")
                .param(late.id())
                .update();
        var done = plans.measureInExecution(school, now - 2, "Открытые уроки", LocalDate.of(now - 2, 10, 2));
        jdbc.sql("update planning.measure set status = 'DONE', completed_on = ? where id = ?")
                .params(LocalDate.now().minusDays(3), done.id())
                .update();
        jdbc.sql("""
                        insert into identification.shnor_status (school_id, school_path, region_id, state, source, entry_year)
                        values (?, ?, ?, 'IN_SUPPORT', 'REGIONAL_LIST', ?)""")
                .params(school.id(), school.path(), region.region().id(), now)
                .update();

        var municipal = OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0)));
        assertThat(municipal.get("/").body()).contains("Ключевые показатели").contains("hx-get=\"/results/figures\"");
        assertThat(municipal.get("/results/figures").body())
                .contains("20,0\u00a0%")
                .contains("доля «2» в ВПР " + (now - 1) + " года (10 работ)")
                .contains("class=\"figure-change better\">−20,0 п. п. к прошлому году")
                .contains("80,0\u00a0%");
        assertThat(municipal.get("/identification/figures").body())
                .contains("<strong class=\"figure-value\">1</strong>")
                .contains("ШНОР в программе сейчас")
                .contains("вошли 1, вышли 0 в " + now + " году; кандидатов ждут решения: 0");
        assertThat(municipal.get("/planning/figures").body())
                .contains("50\u00a0%")
                .contains("мероприятий выполнено: 1 из 2 со сроком до сегодня")
                .contains("+1 за последние 30 дней")
                .contains("href=\"/planning/measures?overdue=true\"");
        // the same works read from the region's rows, the school's own, and both kinds at once
        for (var scope : List.of(new OrgUnitRef[] {region.region()}, new OrgUnitRef[] {school}, new OrgUnitRef[] {
            region.municipality(1), school
        }))
            assertThat(OporaHttp.as(port, users.create(Role.REGION_ADMIN, scope))
                            .get("/results/figures")
                            .body())
                    .as(scope[0].name())
                    .contains("20,0\u00a0%")
                    .contains("доля «2» в ВПР " + (now - 1) + " года (10 работ)")
                    .contains("class=\"figure-change better\">−20,0 п. п. к прошлому году");
        // another municipality's figures count none of this
        var other = OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(1)));
        assertThat(other.get("/results/figures").body()).doesNotContain("figure-value");
        assertThat(other.get("/identification/figures").body()).contains(">0<");

        var today = LocalDate.now();
        // the school in the programme joins the cohort from its status
        cohorts.create(
                new Cohorts.Cohort(
                        region.region().id(), now, "Программа " + now, today.minusDays(100), today.plusDays(265)),
                false,
                "test");
        assertThat(municipal.get("/support/today").body())
                .contains("Следующий шаг программы «Программа " + now + "»: «Концепция развития утверждена», срок "
                        + ru.opora.shared.Formats.date(today.plusDays(20)))
                .contains("Отстают от календаря программы «Программа " + now + "»: 1 шк.");
        var director = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, school));
        assertThat(director.get("/support/today").body())
                .contains("Шаг «Назначение кураторов» программы «Программа " + now + "»: срок "
                        + ru.opora.shared.Formats.date(today.minusDays(70)))
                .contains("срок прошёл");
        // an expert reads the documents given to her, never a scope's figures
        var expert = OporaHttp.as(port, users.create(Role.REGION_EXPERT, region.region()));
        assertThat(expert.get("/").body()).doesNotContain("hx-get=\"/planning/figures\"");
        assertThat(expert.get("/planning/figures").status()).isEqualTo(403);
    }
}
