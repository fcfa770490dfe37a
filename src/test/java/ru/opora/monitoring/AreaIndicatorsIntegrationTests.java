package ru.opora.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.assessments.TestResults;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/**
 * §6.7's municipal indicators computed over the cohort: two municipalities of three schools, ШНОР 0
 * and 1 in the first and 3 in the second; school 0 has a tutor, lowered its share of «2» from 100
 * to 75 had its roadmap accepted and did one of its two due measures on time; school 3 left the status; the first
 * municipality's mechanisms were accepted at 14 of 18. Each figure is checked against the count it
 * divides, for each municipality and the region, on the page, in the export and through the API,
 * each reader in their own scope.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AreaIndicatorsIntegrationTests {

    static final int YEAR = 2058;

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    TestResults results;

    @Autowired
    MonitoringCohorts cohorts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void municipalIndicatorsCountTheCohortsSchoolsInEachMunicipalityAndTheRegion() {
        var region = regions.create();
        var admin = OporaHttp.as(port, users.create(Role.REGION_ADMIN, region.region()));
        cohorts.cohort(admin, region, YEAR, 0, 1, 3);
        vpr(region, YEAR - 1, "0;0;0;0");
        vpr(region, YEAR, "1;1;2;2");
        jdbc.sql("""
                        insert into support.tutor_link (id, cohort_year, school_id, school_path, tutor_school_id, created_by)
                        values (?, ?, ?, ?, ?, 'test')""")
                .params(
                        UUID.randomUUID(),
                        YEAR,
                        region.school(0).id(),
                        region.school(0).path().value(),
                        region.school(2).id())
                .update();
        jdbc.sql("update identification.shnor_status set state = 'EXITED' where school_id = ?")
                .param(region.school(3).id())
                .update();
        measures(region);
        teachersTrained(region.school(0));
        jdbc.sql("""
                        insert into monitoring.mechanism_assessment (municipality_id, municipality_path, cycle_year, status, updated_by)
                        values (?, ?, ?, 'ACCEPTED', 'test')""")
                .params(
                        region.municipality(0).id(),
                        region.municipality(0).path().value(),
                        YEAR)
                .update();
        int[] scores = {2, 2, 2, 2, 1, 1, 2, 1, 1};
        for (int p = 0; p < scores.length; p++)
            jdbc.sql("""
                            insert into monitoring.mechanism_position (municipality_id, cycle_year, position, score)
                            values (?, ?, ?, ?)""")
                    .params(region.municipality(0).id(), YEAR, p + 1, scores[p])
                    .update();

        String page = "/monitoring/areas?year=" + YEAR;
        var html = admin.get(page).body();
        assertThat(html)
                .contains("Показатели муниципалитетов и региона — когорта " + YEAR)
                .contains("id=\"areas-chart\"");
        var sheet = OporaHttp.sheet(
                admin.download("/monitoring/areas/export?year=" + YEAR).body());
        var header = sheet.getFirst();
        assertThat(header)
                .contains(
                        "M1. Доля ШНОР от числа школ, %",
                        "R1. Доля муниципалитетов, механизмы которых приняты на среднем или высоком уровне, %");
        // M1–M6, M8, and R1 only for the region: one of its two municipalities at «средний» or above;
        // M4: one of the two teachers of school 0 with a deficit was trained on it; no diagnostics elsewhere
        assertThat(row(sheet, region.municipality(0).name()))
                .containsExactly("66.7", "50.0", "50.0", "50.0", "50.0", "0.0", "50.0", "");
        assertThat(row(sheet, region.municipality(1).name()))
                .containsExactly("33.3", "0.0", "0.0", "", "0.0", "100.0", "", "");
        assertThat(row(sheet, region.region().name()))
                .containsExactly("50.0", "33.3", "33.3", "50.0", "33.3", "33.3", "50.0", "50.0");

        var municipal = OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(1)));
        assertThat(municipal.get(page).body())
                .contains(region.municipality(1).name())
                .doesNotContain(region.municipality(0).name())
                .doesNotContain("id=\"region-row\"");
        assertThat(OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, region.school(0)))
                        .get(page)
                        .status())
                .isEqualTo(404);
        var api = new OporaHttp(port)
                .getAuth(
                        "/api/v1/monitoring/areas?year=" + YEAR,
                        OporaHttp.basic(
                                users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0)), TestUsers.PASSWORD));
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body())
                .contains("\"M1\":66.7", "\"M8\":50.0")
                .doesNotContain(region.municipality(1).name())
                .doesNotContain("\"REGION\"");
    }

    /**
     * Two teachers of the school with a deficit in the cohort year's diagnostic; one completed that
     * year a course addressing it, the other a course on something else.
     */
    private void teachersTrained(ru.opora.orgunits.OrgUnitRef school) {
        UUID instrument = UUID.randomUUID();
        jdbc.sql("""
                        insert into people.instrument (id, region_id, code, title, subject_code, kind, deficit_below, created_by)
                        values (?, ?, ?, 'Диагностика', 'MA', 'SUBJECT', 50, 'test')""")
                .params(instrument, school.path().regionId(), "D-" + instrument)
                .update();
        UUID onIt = course(school, "По дефициту", "MA.3");
        UUID elsewhere = course(school, "О другом", "MA.9");
        for (UUID course : new UUID[] {onIt, elsewhere}) {
            UUID teacher = UUID.randomUUID();
            jdbc.sql("""
                            insert into people.teacher (id, school_id, school_path, full_name, subjects, category, updated_by)
                            values (?, ?, ?, ?, '{MA}', 'FIRST', 'test')""")
                    .params(teacher, school.id(), school.path().value(), "Учитель " + teacher)
                    .update();
            jdbc.sql("""
                            insert into people.diagnostic_skill (instrument_id, teacher_id, taken_on, school_id, school_path,
                                subject_code, skill_code, skill, points, max_points, deficit)
                            values (?, ?, ?, ?, ?, 'MA', 'MA.3', 'Задачи на движение', 0, 2, true)""")
                    .params(
                            instrument,
                            teacher,
                            java.time.LocalDate.of(YEAR, 2, 1),
                            school.id(),
                            school.path().value())
                    .update();
            jdbc.sql("""
                            insert into people.course_completion (course_id, teacher_id, school_id, school_path, started_on,
                                completed_on, updated_by) values (?, ?, ?, ?, ?, ?, 'test')""")
                    .params(
                            course,
                            teacher,
                            school.id(),
                            school.path().value(),
                            java.time.LocalDate.of(YEAR, 3, 1),
                            java.time.LocalDate.of(YEAR, 3, 20))
                    .update();
        }
    }

    private UUID course(ru.opora.orgunits.OrgUnitRef school, String title, String skill) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into people.course (id, region_id, provider, title, hours, format, created_by)
                        values (?, ?, 'ИРО', ?, 36, 'MIXED', 'test')""").params(id, school.path().regionId(), title).update();
        jdbc.sql("insert into people.course_skill (course_id, skill_code) values (?, ?)")
                .params(id, skill)
                .update();
        return id;
    }

    @Test
    void aMunicipalIndicatorIsComputedOverTheMunicipalitysFiguresOnly() {
        var region = regions.create();
        var admin = OporaHttp.as(port, users.create(Role.REGION_ADMIN, region.region()));
        var form = new java.util.LinkedHashMap<String, String>();
        form.put("code", "M9");
        form.put("name", "Доля ШНОР с высокой долей «2»");
        form.put("unit", "PERCENT");
        form.put("direction", "LOWER_IS_BETTER");
        form.put("level", "MUNICIPALITY");
        form.put("formula", "vpr_share2");
        form.put("reason", "проверка");
        assertThat(admin.postWithCsrf("/monitoring/indicators", "/monitoring/indicators", form)
                        .body())
                .contains("vpr_share2");
        form.put("formula", "");
        assertThat(admin.postWithCsrf("/monitoring/indicators", "/monitoring/indicators", form)
                        .body())
                .contains("Показатель M9 муниципалитета или региона рассчитывается Опорой: укажите формулу.");
        form.put("formula", "100 * shnor_exited / shnor");
        assertThat(admin.postWithCsrf("/monitoring/indicators", "/monitoring/indicators", form)
                        .status())
                .isEqualTo(302);
        assertThat(admin.get("/monitoring/indicators").body()).contains("муниципалитет");
        // a campaign takes only the schools' indicators
        cohorts.cohort(admin, region, YEAR + 1, 0);
        String campaign =
                MonitoringCohorts.campaign(admin, YEAR + 1, "INITIAL", (YEAR + 1) + "-10-01", (YEAR + 1) + "-10-20");
        assertThat(admin.get(campaign + "/schools/" + region.school(0).id()).body())
                .contains("Исполнение мероприятий дорожной карты")
                .doesNotContain("Доля ШНОР от числа школ");
    }

    /** ВПР of the year in school 0: four works, the first scoring as {@code first}, the others nothing. */
    private void vpr(TestRegions.TestRegion region, int year, String first) {
        var csv = new StringBuilder(TestResults.HEADER);
        for (int p = 0; p < 4; p++)
            csv.append(region.school(0).code())
                    .append(";A")
                    .append(p)
                    .append(";5А;")
                    .append(p == 0 ? first : "0;0;0;0")
                    .append('\n');
        results.load(results.vpr("AREA", year, 5), region.scope(), csv.toString());
    }

    /** School 0: two measures due yesterday, one done on time; one due next month. */
    private void measures(TestRegions.TestRegion region) {
        UUID document = UUID.randomUUID();
        var school = region.school(0);
        jdbc.sql("""
                        insert into planning.document (id, school_id, school_path, cohort_year, type, title, period_from, period_to,
                            status, content, version, submitted_number, approved_number, created_by, updated_by)
                        values (?, ?, ?, ?, 'ROADMAP', 'Дорожная карта', ?, ?, 'IN_IMPLEMENTATION',
                            '{"sections":{},"tasks":[],"measures":[],"indicators":[]}'::jsonb, 1, 1, 1, 'test', 'test')""")
                .params(
                        document,
                        school.id(),
                        school.path().value(),
                        YEAR,
                        LocalDate.now().minusYears(1),
                        LocalDate.now().plusYears(1))
                .update();
        LocalDate yesterday = LocalDate.now().minusDays(1);
        insertMeasure(document, school, yesterday, "DONE");
        insertMeasure(document, school, yesterday, "IN_PROGRESS");
        insertMeasure(document, school, LocalDate.now().plusMonths(1), "PLANNED");
    }

    private void insertMeasure(UUID document, ru.opora.orgunits.OrgUnitRef school, LocalDate due, String status) {
        jdbc.sql("""
                        insert into planning.measure (id, document_id, school_id, school_path, title, responsible, due_date, status)
                        values (?, ?, ?, ?, 'Мероприятие', 'Директор', ?, ?)""")
                .params(UUID.randomUUID(), document, school.id(), school.path().value(), due, status)
                .update();
    }

    private static java.util.List<String> row(java.util.List<java.util.List<String>> sheet, String area) {
        var row = sheet.stream()
                .filter(r -> r.getFirst().equals(area))
                .findFirst()
                .orElseThrow();
        return row.subList(1, row.size());
    }
}
