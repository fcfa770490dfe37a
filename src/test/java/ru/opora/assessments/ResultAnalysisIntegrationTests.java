package ru.opora.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/**
 * The analysis beyond one year: dynamics of a scope and of each school, the cohort followed
 * through the grades, ОГЭ/ЕГЭ beside ВПР, every table as Excel, and the region's versioned
 * low-solve-rate thresholds. An assessment of its own («Проба», code TA) keeps it apart from
 * the other tests' data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResultAnalysisIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestResults results;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    UUID grade5Of2029;
    UUID grade5Of2030;
    UUID grade6Of2030;
    UUID school;
    String own;
    String foreign;
    TestRegions.TestRegion region;
    String adminUser;
    String municipalUser;
    String directorUser;

    @BeforeEach
    void importThreeAssessmentsAndStateExams() {
        region = regions.create();
        own = region.school(0).code();
        foreign = region.school(3).code();
        school = region.school(0).id();
        adminUser = users.create(Role.REGION_ADMIN, region.region());
        municipalUser = users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0));
        directorUser = users.create(Role.SCHOOL_ADMIN, region.school(0));
        grade5Of2029 = results.vpr("TA", 2029, 5);
        grade5Of2030 = results.vpr("TA", 2030, 5);
        grade6Of2030 = results.vpr("TA", 2030, 6);
        // 2029: marks 2, 5, 2, 4 → share of «2» 50 %; 2030: 5, 4, 3, 2 → 25 %
        load(grade5Of2029, rows(own, "5А", "0;0;0;1", "1;1;2;2", "0;1;0;0", "1;1;1;1"));
        load(grade5Of2030, rows(own, "5А", "1;1;2;2", "1;1;1;1", "0;1;1;0", "0;0;0;0"));
        load(grade6Of2030, rows(own, "6А", "1;1;2;1", "1;0;1;1"));
        results.loadGia(
                region.scope(),
                "ОГЭ;2030;TA;Проба;" + own + ";20;5;12,5;5;8;5;2\n"
                        + "ОГЭ;2030;TA;Проба;" + foreign + ";30;3;20;3;10;10;7\n"
                        + "ЕГЭ;2030;ZZ;Другой предмет;" + own + ";10;1;55;;;;\n");
    }

    /** One line per work: the school, the participant's number, the class and the four scores. */
    private static String rows(String school, String classLabel, String... scores) {
        var text = new StringBuilder();
        for (int i = 0; i < scores.length; i++)
            text.append(school)
                    .append(';')
                    .append(i + 1)
                    .append(';')
                    .append(classLabel)
                    .append(';')
                    .append(scores[i])
                    .append('\n');
        return text.toString();
    }

    @Test
    void showsTheScopesDynamicsAndEachSchoolsChangeSinceLastYear() {
        var coordinator = OporaHttp.as(port, municipalUser);
        var overview = coordinator.get("/results/" + grade5Of2030).body();
        assertThat(overview).contains("id=\"dynamics\"").contains("id=\"dynamics-chart\"");
        assertThat(overview).containsPattern("class=\"num better\"[^>]*>-25,0<");
        var rows = OporaHttp.sheet(coordinator
                .download("/results/" + grade5Of2030 + "/dynamics.xlsx")
                .body());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith("2029", "4.0", "50.0");
        assertThat(rows.get(2)).startsWith("2030", "4.0", "25.0");
        var schools = OporaHttp.sheet(
                coordinator.download("/results/" + grade5Of2030 + "/export").body());
        assertThat(schools.get(0)).contains("Изменение доли «2» к прошлому году, п. п.");
        assertThat(schools.get(1)).contains(own, "-25.0");
        assertThat(new OporaHttp(port)
                        .api("/api/v1/results/" + grade5Of2030, municipalUser)
                        .body())
                .contains("\"share2Change\":-25.0")
                .contains("\"dynamics\":[{\"name\":\"2029\"");
    }

    @Test
    void followsTheCohortAndPutsTheStateExamsBesideTheVpr() {
        var director = OporaHttp.as(port, directorUser);
        var page =
                director.get("/results/" + grade5Of2030 + "/schools/" + school).body();
        // this year's grade 6 was grade 5 a year earlier; this year's grade 5 has no earlier ВПР here
        assertThat(director.get("/results/" + grade6Of2030 + "/schools/" + school)
                        .body())
                .contains("id=\"cohort\"")
                .contains("2029, 5 класс")
                .contains("2030, 6 класс");
        assertThat(page).doesNotContain("id=\"cohort\"");
        // the school's ОГЭ line of the same subject is highlighted; 8 of 50 below the minimum in the region = 16 %
        assertThat(page)
                .containsPattern(
                        "<tr class=\"same-subject\">\\s*<td>ОГЭ</td>\\s*<td class=\"num\">2030</td>\\s*<td>Проба</td>\\s*<td class=\"num\">20</td>\\s*<td class=\"num\">25,0</td>\\s*<td class=\"num\">16,0</td>");
        assertThat(page).contains("Другой предмет");
        var api = new OporaHttp(port)
                .api("/api/v1/results/" + grade6Of2030 + "/schools/" + school, directorUser)
                .body();
        assertThat(api).contains("\"cohort\":[{\"name\":\"2029, 5 класс\"").contains("\"subjectCode\":\"TA\"");
    }

    @Test
    void exportsEveryTableOfTheSchoolAndClassPagesUnderTheSameRules() {
        var director = OporaHttp.as(port, directorUser);
        String base = "/results/" + grade5Of2030 + "/schools/" + school;
        var classTasks =
                OporaHttp.sheet(director.download(base + "/classes/5А/export").body());
        assertThat(classTasks).hasSize(5);
        assertThat(classTasks.get(0)).contains("Задание", "Класс 5А", "Школа", "Регион");
        // task 1 (a number in the file, as Excel sorts it): 2 of 4 pupils solved it → 50 %
        assertThat(classTasks.get(1)).startsWith("1.0", "", "1.0", "50.0");
        assertThat(OporaHttp.sheet(director.download(base + "/classes/5А/export?table=INDICATORS")
                                .body())
                        .get(1))
                .startsWith("Класс 5А", "4.0", "25.0");
        var expected = Map.of("TASKS", 5, "INDICATORS", 4, "DYNAMICS", 3, "COHORT", 2, "CLASSES", 2);
        expected.forEach((table, size) -> assertThat(OporaHttp.sheet(
                        director.download(base + "/export?table=" + table).body()))
                .as(table)
                .hasSize(size));
        var giaRows =
                OporaHttp.sheet(director.download(base + "/export?table=GIA").body());
        assertThat(giaRows).anySatisfy(r -> assertThat(r).startsWith("ОГЭ", "2030.0", "Проба", "20.0", "25.0", "16.0"));

        var coordinator = OporaHttp.as(port, municipalUser);
        assertThat(coordinator.download(base + "/export?table=CLASSES").status())
                .isEqualTo(403);
        assertThat(coordinator.download(base + "/classes/5А/export").status()).isEqualTo(403);
        assertThat(coordinator.download(base + "/export?table=GIA").status()).isEqualTo(200);
        var foreign =
                "/results/" + grade5Of2030 + "/schools/" + region.school(3).id();
        assertThat(director.download(foreign + "/export?table=GIA").status()).isEqualTo(403);
    }

    @Test
    void letsTheRegionAdminPreviewAndSaveNewThresholdsAsAVersionThatThePagesUse() {
        String settings = "/results/settings/low-tasks";
        var admin = OporaHttp.as(port, adminUser);
        assertThat(admin.get(settings).body()).contains("Действуют значения по умолчанию (версия 0)");

        // this fixture's schools have a few works each: the least group marked is lowered to one
        var preview = admin.postWithCsrf(
                settings,
                settings,
                Map.of("absolute", "80", "gap", "15", "minGroup", "1", "reason", "", "action", "preview"));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"preview\"");
        assertThat(number(preview.body(), "preview-after")).isGreaterThan(number(preview.body(), "preview-before"));
        assertThat(versions()).isZero();

        var notANumber = admin.postWithCsrf(
                settings, settings, Map.of("absolute", "много", "gap", "15", "reason", "пересмотр", "action", "save"));
        assertThat(notANumber.body()).contains("«много» — не процент: введите число от 0 до 100.");
        var noReason = admin.postWithCsrf(settings, settings, Map.of("absolute", "80", "gap", "15", "action", "save"));
        assertThat(noReason.body()).contains("Укажите причину изменения");
        assertThat(admin.postWithCsrf(
                                settings,
                                settings,
                                Map.of("absolute", "120", "gap", "15", "reason", "x", "action", "save"))
                        .body())
                .contains("«120» — не процент");
        assertThat(versions()).isZero();

        var saved = admin.postWithCsrf(
                settings,
                settings,
                Map.of(
                        "absolute",
                        "80,5",
                        "gap",
                        "10",
                        "reason",
                        "Решение методсовета от 20.11.2026",
                        "action",
                        "save"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.get(settings).body())
                .contains("Сохранена версия 1")
                .contains("Действует версия 1")
                .contains("Решение методсовета от 20.11.2026");
        assertThat(versions()).isEqualTo(1);
        assertThat(jdbc.sql(
                                "select count(*) from identity.audit_event where entity_type = 'LOW_TASK_RULE' and actor = ?")
                        .param(adminUser)
                        .query(Long.class)
                        .single())
                .isPositive();

        var schoolPage = OporaHttp.as(port, directorUser)
                .get("/results/" + grade5Of2030 + "/schools/" + school)
                .body();
        assertThat(schoolPage).contains("ниже 80,5 %").contains("Пороги: версия 1");
        var history = OporaHttp.sheet(admin.download(settings + ".xlsx").body());
        assertThat(history).hasSize(3);
        assertThat(history.get(1))
                .startsWith("1.0", "80.5", "10.0", "10.0", "Решение методсовета от 20.11.2026", adminUser);

        var coordinator = OporaHttp.as(port, municipalUser);
        assertThat(coordinator.get(settings).status()).isEqualTo(403);
        assertThat(coordinator
                        .post(settings, Map.of("absolute", "1", "gap", "1", "reason", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(versions()).isEqualTo(1);
    }

    private long versions() {
        return jdbc.sql("select count(*) from assessments.low_task_rule where region_id = ?")
                .param(region.region().id())
                .query(Long.class)
                .single();
    }

    private static int number(String html, String id) {
        var m = java.util.regex.Pattern.compile("id=\"" + id + "\"[^>]*>(\\d+)<")
                .matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private void load(UUID assessment, String rows) {
        results.load(assessment, region.scope(), TestResults.HEADER + rows);
    }
}
