package ru.opora.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.identification.ExitRiskCondition;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/**
 * Risk profiles over HTTP in a cohort of their own: questionnaire files are checked by row and
 * loaded whole, the profile explains itself, a bad formula is refused, a new factor version changes
 * the profile, imported levels override, the self-diagnosis keeps its limits and its scope.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RiskIntegrationTests {

    static final int YEAR = 2040;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ExitRiskCondition exitRisks;

    @Autowired
    ru.opora.identification.IdentificationFixtures fixtures;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    TestRegions.TestRegion region;
    String first;
    UUID firstId;
    String adminUser;
    String municipalUser;
    String curatorUser;
    String directorUser;
    String teacherUser;

    @BeforeEach
    void region() {
        region = regions.create();
        first = region.school(0).code();
        firstId = region.school(0).id();
        adminUser = users.create(Role.REGION_ADMIN, region.region());
        municipalUser = users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0));
        curatorUser = users.create(Role.CURATOR, region.school(0));
        directorUser = users.create(Role.SCHOOL_ADMIN, region.school(0));
        teacherUser = users.create(Role.TEACHER, region.school(0));
    }

    private OporaHttp.Response upload(OporaHttp who, String path, String csv) throws Exception {
        var file = Files.createTempFile("risk-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        var page = "/risk/questionnaires?year=" + YEAR;
        who.get(page);
        return who.postMultipartForm(
                path, Map.of("_csrf", who.csrfToken(page), "year", String.valueOf(YEAR)), "data.csv", file);
    }

    private String directorAggregates(String d01, String d02) {
        return "Код ОО;Ответили;Ожидалось;D_01;D_02;D_03_yes;D_03_no\n" + first + ";1;1;" + d01 + ";" + d02
                + ";100;0\n";
    }

    @Test
    void aProfileExplainsItselfAndANewVersionOfAFactorChangesIt() throws Exception {
        var admin = OporaHttp.as(port, adminUser);
        var loaded = upload(admin, "/risk/questionnaires/DIRECTOR/aggregates", directorAggregates("40", "50"));
        assertThat(loaded.status()).isEqualTo(302);
        var list = admin.get("/risk/questionnaires?year=" + YEAR).body();
        assertThat(list).contains("Строк с данными: 1; добавлено — 1");
        // the heatmap: found by code, the legend above the table, a code that matches nothing gives none
        String found =
                admin.get("/risk?year=" + YEAR + "&q=" + first + "&sort=risks").body();
        assertThat(found).contains("Школ с рисковым профилем: 1.").contains(first + " ");
        // its row shows the equipment factor's level, read from the stored profile
        assertThat(found).contains("class=\"level level-MEDIUM\" title=\"Средний\"");
        assertThat(found.indexOf("id=\"heatmap-legend\"")).isPositive().isLessThan(found.indexOf("id=\"heatmap\""));
        assertThat(admin.get("/risk?year=" + YEAR + "&q=nothing-like-it&page=7").body())
                .contains("Школ с рисковым профилем: 0.");

        var profile = admin.get("/risk/schools/" + firstId + "?year=" + YEAR).body();
        String equipment = section(profile, "factor-EQUIPMENT");
        assertThat(equipment).contains("Средний").contains("В зоне риска 1 из 3 показателей с данными, балл 0,33");
        assertThat(equipment).contains("40").contains("≤ 50").contains("в зоне риска");
        assertThat(section(profile, "factor-LANGUAGE_BARRIERS")).contains("нет данных (S_01_other)");

        // a new factor whose only indicator divides by zero, names an unknown variable or calls a function: refused
        String page = "/risk/catalogue/factors/new?year=" + YEAR;
        for (var bad : Map.of(
                        "D_01 / 0",
                        "деление на ноль",
                        "foo_bar + 1",
                        "неизвестная переменная «foo_bar»",
                        "DT_NOW()",
                        "функция «DT_NOW» не разрешена",
                        "D_01 +",
                        "формула не разбирается")
                .entrySet()) {
            var refused = admin.postWithCsrf(
                    "/risk/catalogue/factors/new", page, factor("TEST_FACTOR", bad.getKey(), "10", "Проверка"));
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.body()).contains(bad.getValue());
        }
        var noReason = admin.postWithCsrf("/risk/catalogue/factors/new", page, factor("TEST_FACTOR", "D_01", "10", ""));
        assertThat(noReason.body()).contains("Укажите причину изменения");
        assertThat(versions()).isEqualTo(1);

        var saved = admin.postWithCsrf(
                "/risk/catalogue/factors/new", page, factor("TEST_FACTOR", "D_01", "45", "Новый фактор"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(versions()).isEqualTo(2);
        var after = admin.get("/risk/schools/" + firstId + "?year=" + YEAR).body();
        assertThat(section(after, "factor-TEST_FACTOR")).contains("Высокий");
        assertThat(section(after, "history")).contains("изменён каталог");
        assertThat(jdbc.sql(
                                "select count(*) from identity.audit_event where entity_type = 'RISK_CATALOGUE' and actor = ?")
                        .param(adminUser)
                        .query(Long.class)
                        .single())
                .isPositive();

        var rows = OporaHttp.sheet(admin.download("/risk/schools/" + firstId + ".xlsx?year=" + YEAR)
                .body());
        assertThat(rows)
                .anySatisfy(
                        r -> assertThat(String.join("|", r)).contains("D_01").contains("в зоне риска"));
        var api = admin.getBasic("/api/v1/risk/schools/" + firstId + "?year=" + YEAR, adminUser, TestUsers.PASSWORD)
                .body();
        assertThat(api).contains("\"factorCode\":\"TEST_FACTOR\"").contains("\"level\":\"HIGH\"");
    }

    private Map<String, String> factor(String code, String formula, String threshold, String reason) {
        var form = new HashMap<String, String>();
        form.put("year", String.valueOf(YEAR));
        form.put("code", code);
        form.put("nameRu", "Проверочный фактор");
        form.put("ind_code", "T1");
        form.put("ind_name", "Кабинеты с техникой");
        form.put("ind_source", "QUESTIONNAIRE");
        form.put("ind_formula", formula);
        form.put("ind_direction", "LOWER_IS_RISK");
        form.put("ind_threshold", threshold);
        form.put("ind_weight", "1");
        form.put("reason", reason);
        return form;
    }

    private long versions() {
        return jdbc.sql("select count(*) from risk.catalogue where region_id = ? and cohort_year = ?")
                .params(region.region().id(), YEAR)
                .query(Long.class)
                .single();
    }

    @Test
    void questionnaireFilesAreRejectedByRowAndRawAnswersAreNotKept() throws Exception {
        var admin = OporaHttp.as(port, adminUser);
        var bad = upload(admin, "/risk/questionnaires/STUDENT/responses", """
                Код ОО;Код респондента;S_01;S_04;S_99
                %s;1;ru;3;
                """.formatted(first));
        assertThat(bad.status()).isEqualTo(302);
        assertThat(admin.get("/risk/questionnaires?year=" + YEAR).body())
                .contains("строка 1, столбец «S_99»: в анкете «Анкета обучающегося» нет вопроса или показателя «S_99»");

        var rows = upload(admin, "/risk/questionnaires/STUDENT/responses", """
                Код ОО;Код респондента;S_01;S_04
                %s;1;ru;3
                %s;1;other;4
                %s;2;klingon;4
                %s;3;ru;9
                999999;1;ru;3
                """.formatted(first, first, first, first));
        assertThat(rows.status()).isEqualTo(302);
        String page = admin.get("/risk/questionnaires?year=" + YEAR).body();
        assertThat(page)
                .contains("строка 3, столбец «Код респондента»: респондент «1» этой школы уже есть в файле выше")
                .contains("строка 4, столбец «S_01»: «klingon» — такого варианта ответа нет; допустимы: ru, other")
                .contains("строка 5, столбец «S_04»: «9» — ожидается целое число от 1 до 5")
                .contains("строка 6, столбец «Код ОО»: школы с кодом «999999» нет");
        assertThat(jdbc.sql("select count(*) from risk.response_summary where cohort_year = ? and school_path like ?")
                        .params(YEAR, region.path().likePattern())
                        .query(Long.class)
                        .single())
                .isZero();

        var good = upload(admin, "/risk/questionnaires/STUDENT/responses", """
                Код ОО;Код респондента;S_01;S_04
                %s;1;ru;1
                %s;2;other;2
                %s;3;ru;5
                %s;4;ru;4
                """.formatted(first, first, first, first));
        assertThat(good.status()).isEqualTo(302);
        var stored = jdbc.sql(
                        "select respondents, aggregates::text, answers is null from risk.response_summary where cohort_year = ? and school_id = ?")
                .params(YEAR, firstId)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        assertThat(stored.get(0)).isEqualTo("4");
        assertThat(stored.get(1))
                .contains("\"S_01_other\": 25.0")
                .contains("\"S_04\": 3.0")
                .doesNotContain("\"1\"");
        assertThat(stored.get(2)).isEqualTo("t");
    }

    @Test
    void theQuestionnaireEditorRefusesBadItemsAndKeepsTheVersion() throws Exception {
        var admin = OporaHttp.as(port, adminUser);
        String page = "/risk/questionnaires/TEACHER?year=" + YEAR;
        admin.get(page);
        var bad = new org.springframework.util.LinkedMultiValueMap<String, String>();
        bad.add("year", String.valueOf(YEAR));
        bad.add("title", "Анкета учителя");
        item(bad, "T_01", "Задания разного уровня", "SINGLE", "often=Часто"); // one option only
        item(bad, "T_01", "Повтор кода", "NUMBER", "");
        item(bad, "X9", "Чужой префикс", "NUMBER", "");
        var refused = admin.postFormWithCsrf("/risk/questionnaires/TEACHER", page, bad);
        assertThat(refused.status()).isEqualTo(302);
        String shown = admin.get(page).body();
        assertThat(shown)
                .contains("Вопрос «T_01»: нужно не меньше двух вариантов ответа")
                .contains("Вопрос «T_01»: код повторяется")
                .contains("Вопрос «X9»: код должен начинаться с T_");
        assertThat(questionnaireVersion()).isEqualTo(1);

        var good = new org.springframework.util.LinkedMultiValueMap<String, String>();
        good.add("year", String.valueOf(YEAR));
        good.add("title", "Анкета учителя");
        item(good, "T_01", "Задания разного уровня", "SINGLE", "often=Часто; never=Никогда");
        item(good, "T_05", "Часов методической работы в месяц", "NUMBER", "");
        assertThat(admin.postFormWithCsrf("/risk/questionnaires/TEACHER", page, good)
                        .status())
                .isEqualTo(302);
        assertThat(questionnaireVersion()).isEqualTo(2);
        assertThat(new String(
                        admin.download("/risk/questionnaires/TEACHER/aggregates-template.csv?year=" + YEAR)
                                .body(),
                        StandardCharsets.UTF_8))
                .contains("T_01_often;T_01_never;T_05");
    }

    private static void item(
            org.springframework.util.MultiValueMap<String, String> form,
            String code,
            String text,
            String type,
            String options) {
        form.add("item_code", code);
        form.add("item_text", text);
        form.add("item_type", type);
        form.add("item_min", "0");
        form.add("item_max", "100");
        form.add("item_options", options);
    }

    private int questionnaireVersion() {
        return jdbc.sql(
                        "select coalesce(max(version), 1) from risk.questionnaire where region_id = ? and cohort_year = ? and kind = 'TEACHER'")
                .params(region.region().id(), YEAR)
                .query(Integer.class)
                .single();
    }

    @Test
    void aYearWithoutDataIsNotFoundAndCreatesNothing() {
        var school = OporaHttp.as(port, directorUser);
        assertThat(school.get("/risk/schools/" + firstId + "/self-diagnosis?year=2099")
                        .status())
                .isEqualTo(404);
        var teacher = OporaHttp.as(port, teacherUser);
        assertThat(teacher.get("/risk?year=2100").status()).isIn(403, 404);
        teacher.get("/planning/schools/" + firstId + "?year=2100");
        assertThat(jdbc.sql("select count(*) from risk.catalogue where region_id = ? and cohort_year in (2099, 2100)")
                        .param(region.region().id())
                        .query(Long.class)
                        .single())
                .as("no catalogue of a year named in an address")
                .isZero();
        assertThat(jdbc.sql(
                                "select count(*) from risk.profile where school_path like ? and cohort_year in (2099, 2100)")
                        .param(region.path().likePattern())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void importedLevelsOverrideTheComputedOnes() throws Exception {
        var admin = OporaHttp.as(port, adminUser);
        upload(admin, "/risk/questionnaires/DIRECTOR/aggregates", directorAggregates("90", "100"));
        var bad = upload(
                admin, "/risk/levels", "Код ОО;Год;Фактор;Уровень\n" + first + ";" + YEAR + ";NO_SUCH;высокий\n");
        assertThat(bad.status()).isEqualTo(302);
        assertThat(admin.get("/risk/questionnaires?year=" + YEAR).body()).contains("фактора «NO_SUCH» нет в каталоге");
        upload(admin, "/risk/levels", "Код ОО;Год;Фактор;Уровень\n" + first + ";" + YEAR + ";EQUIPMENT;высокий\n");
        String equipment =
                section(admin.get("/risk/schools/" + firstId + "?year=" + YEAR).body(), "factor-EQUIPMENT");
        assertThat(equipment).contains("Высокий").contains("Импортирован").contains("по правилам каталога — «Нет»");
    }

    @Test
    void newResultsRecomputeTheProfilesThatExist() throws Exception {
        var admin = OporaHttp.as(port, adminUser);
        upload(admin, "/risk/questionnaires/DIRECTOR/aggregates", directorAggregates("90", "100"));
        fixtures.loadYear(region, YEAR, java.util.Set.of(1)); // the first school is strong, the second weak
        fixtures.loadYear(region, YEAR, java.util.Set.of(0)); // a corrected file: now the first is weak

        String page = admin.get("/risk/schools/" + firstId + "?year=" + YEAR).body();
        assertThat(section(page, "history")).contains("загружены результаты");
        assertThat(section(page, "factor-FAILURE_RISK_SHARE"))
                .contains("vpr_share2")
                .contains("66,7");
        assertThat(profileCauses()).endsWith("results");
    }

    private String profileCauses() {
        return String.join(
                ",",
                jdbc.sql("select cause from risk.profile where school_id = ? and cohort_year = ? order by computed_at")
                        .params(firstId, YEAR)
                        .query(String.class)
                        .list());
    }

    @Test
    void theSchoolDiagnosesItselfWithinItsLimitsAndTheCuratorComments() throws Exception {
        var admin = OporaHttp.as(port, adminUser);
        upload(admin, "/risk/questionnaires/DIRECTOR/aggregates", directorAggregates("10", "2"));
        var school = OporaHttp.as(port, directorUser);
        assertThat(school.get("/risk?year=" + YEAR).location()).contains("/risk/schools/" + firstId);
        String form = "/risk/schools/" + firstId + "/self-diagnosis?year=" + YEAR;
        var tooMany = new HashMap<String, String>(Map.of("year", String.valueOf(YEAR), "version", "0"));
        for (String f : List.of("STAFF_SHORTAGE", "LOW_ADAPTIVITY", "INTERNAL_PD", "LOW_MOTIVATION")) {
            tooMany.put("actual_" + f, "on");
            tooMany.put("selected_" + f, "on");
        }
        school.postWithCsrf("/risk/schools/" + firstId + "/self-diagnosis", form, tooMany);
        assertThat(school.get(form).body()).contains("Выбрано больше 3 рисков для работы");

        var chosen = new HashMap<String, String>(Map.of(
                "year",
                String.valueOf(YEAR),
                "version",
                "0",
                "actual_STAFF_SHORTAGE",
                "on",
                "selected_STAFF_SHORTAGE",
                "on",
                "measures_STAFF_SHORTAGE",
                "Целевое обучение"));
        assertThat(school.postWithCsrf("/risk/schools/" + firstId + "/self-diagnosis", form, chosen)
                        .status())
                .isEqualTo(302);
        String saved = school.get(form).body();
        assertThat(saved).contains("Сохранено").contains("Целевое обучение");
        assertThat(section(saved, "warnings")).contains("Низкий уровень оснащения школы"); // HIGH, left out
        // a second save from the form opened at version 0 is refused: someone saved since
        school.postWithCsrf("/risk/schools/" + firstId + "/self-diagnosis", form, chosen);
        assertThat(school.get(form).body()).contains("Самодиагностику изменили, пока вы её заполняли");

        var curator = OporaHttp.as(port, curatorUser);
        assertThat(curator.postWithCsrf(
                                "/risk/schools/" + firstId + "/self-diagnosis/comment",
                                form,
                                Map.of("year", String.valueOf(YEAR), "comment", "Добавьте меры по оснащению"))
                        .status())
                .isEqualTo(302);
        assertThat(school.get(form).body()).contains("Добавьте меры по оснащению");
        assertThat(curator.postWithCsrf("/risk/schools/" + firstId + "/self-diagnosis", form, chosen)
                        .status())
                .isEqualTo(403);
        assertThat(school.postWithCsrf("/risk/recompute", form, Map.of("year", String.valueOf(YEAR)))
                        .status())
                .isEqualTo(403);

        // the exit rule's risk part: the chosen risk (no data, so NONE) is at most MEDIUM; EQUIPMENT is HIGH but not
        // chosen
        var check = exitRisks.check(firstId, YEAR);
        assertThat(check.outcome()).isEqualTo(ExitRiskCondition.Outcome.MET);
        assertThat(check.detail()).contains("«Дефицит педагогических кадров» — нет");
        var equipment = new HashMap<String, String>(Map.of(
                "year", String.valueOf(YEAR), "version", "1", "actual_EQUIPMENT", "on", "selected_EQUIPMENT", "on"));
        assertThat(school.postWithCsrf("/risk/schools/" + firstId + "/self-diagnosis", form, equipment)
                        .status())
                .isEqualTo(302);
        assertThat(exitRisks.check(firstId, YEAR).outcome()).isEqualTo(ExitRiskCondition.Outcome.NOT_MET);
    }

    @Test
    void everyReaderSeesOnlyTheirSchools() throws Exception {
        var admin = OporaHttp.as(port, adminUser);
        String other = region.school(3).code();
        UUID otherId = region.school(3).id();
        upload(
                admin,
                "/risk/questionnaires/DIRECTOR/aggregates",
                "Код ОО;Ответили;Ожидалось;D_01\n" + first + ";1;1;40\n" + other + ";1;1;40\n");
        var municipal = OporaHttp.as(port, municipalUser);
        String map = municipal.get("/risk?year=" + YEAR).body();
        assertThat(map).contains(first).doesNotContain(other);
        assertThat(municipal.get("/risk/schools/" + otherId + "?year=" + YEAR).status())
                .isEqualTo(404);
        assertThat(municipal
                        .get("/risk/catalogue/factors/EQUIPMENT?year=" + YEAR)
                        .status())
                .isEqualTo(403);
        var curator = OporaHttp.as(port, curatorUser);
        assertThat(curator.get("/risk/schools/" + otherId + "?year=" + YEAR).status())
                .isEqualTo(404);
        var school = OporaHttp.as(port, directorUser);
        assertThat(school.get("/risk/schools/" + otherId + "?year=" + YEAR).status())
                .isEqualTo(404);
        var teacher = OporaHttp.as(port, teacherUser);
        assertThat(teacher.get("/risk?year=" + YEAR).status()).isEqualTo(403);
        String api = admin.getBasic("/api/v1/risk/profiles?year=" + YEAR, adminUser, TestUsers.PASSWORD)
                .body();
        assertThat(api).contains(first).contains(other);
        // each school with its catalogue version, when it was computed and every factor's level
        var listed = new tools.jackson.databind.json.JsonMapper().readTree(api).path("schools");
        assertThat(listed).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.path("catalogueVersion").asInt()).isPositive();
            assertThat(entry.path("computedAt").asString()).isNotBlank();
            assertThat(entry.path("levels").path("EQUIPMENT").asString()).isIn("HIGH", "MEDIUM", "LOW", "NONE");
        });
        var rows = OporaHttp.sheet(municipal.download("/risk.xlsx?year=" + YEAR).body());
        assertThat(rows)
                .anySatisfy(r -> assertThat(r).contains(first))
                .noneSatisfy(r -> assertThat(r).contains(other));
    }

    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        int end = page.indexOf("</details>", start);
        if (end < 0 || page.substring(start, end).contains("<section")) end = page.indexOf("</section>", start);
        if (end < 0) end = page.indexOf("</div>", start);
        return page.substring(start, end);
    }
}
