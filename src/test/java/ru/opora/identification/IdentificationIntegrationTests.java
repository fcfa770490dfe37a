package ru.opora.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
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
 * Identification over HTTP on fourteen schools with two years of results: two planted weak schools
 * are listed and explained, a what-if shows who would enter, a rule change is a version, the list
 * is confirmed, a flag is reviewed, and every reader sees only their own schools.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentificationIntegrationTests {

    static final int YEAR = 2032;

    @LocalServerPort
    int port;

    @Autowired
    IdentificationFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    TestRegions.TestRegion region;
    List<String> codes;
    String adminUser;
    String municipalUser;
    String curatorUser;
    String directorUser;

    @BeforeEach
    void twoYearsOfResults() {
        region = fixtures.region();
        codes = fixtures.load(region, YEAR);
        adminUser = users.create(Role.REGION_ADMIN, region.region());
        municipalUser = users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0));
        curatorUser = users.create(Role.CURATOR, region.school(1));
        directorUser = users.create(Role.SCHOOL_ADMIN, region.school(0));
    }

    private String runAsRegion(OporaHttp admin) {
        var started =
                admin.postWithCsrf("/identification/runs", "/identification", Map.of("year", String.valueOf(YEAR)));
        assertThat(started.status()).isEqualTo(302);
        return started.location().replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void listsAndExplainsTheWeakSchoolsAndConfirmsTheList() {
        var admin = OporaHttp.as(port, adminUser);
        String run = runAsRegion(admin);
        var page = admin.get(run).body();
        String candidates = section(page, "candidates");
        assertThat(candidates).contains(codes.get(1)).contains(codes.get(3)).doesNotContain(codes.get(0));
        assertThat(page).contains("Кандидаты в ШНОР: 2");
        UUID weak = schoolId(codes.get(1));
        var explanation = admin.get(run + "/schools/" + weak).body();
        assertThat(explanation)
                .contains("В списке кандидатов: доля «2» по ВПР на уровне самых низких в регионе 2 года подряд.")
                .contains(YEAR + ": доля «2» по ВПР 4–8 классов — 66,7 % (12 работ)")
                .contains((YEAR - 1) + ": доля «2»");
        var rows = OporaHttp.sheet(admin.download(run + "/export").body());
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(codes.get(1)).contains("кандидат"));

        var confirmed = admin.postWithCsrf(run + "/confirm", run, Map.of());
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(admin.get(run).body()).contains("Список утверждён (" + adminUser + ")");
        assertThat(jdbc.sql(
                                "select count(*) from identity.audit_event where entity_type = 'IDENTIFICATION_RUN' and action = 'CONFIRM' and actor = ?")
                        .param(adminUser)
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void showsWhatARuleChangeWouldDoAndSavesItAsAVersion() {
        var admin = OporaHttp.as(port, adminUser);
        String run = runAsRegion(admin);
        admin.postWithCsrf(run + "/confirm", run, Map.of());
        var form = rules("40", "");
        var preview = admin.postWithCsrf("/identification/preview", "/identification", form);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).containsPattern("вошли бы [1-9]");
        assertThat(section(preview.body(), "entering")).contains(region.code());
        assertThat(ruleVersions()).isZero();

        var bad = admin.postWithCsrf("/identification/rules", "/identification", rules("девяносто", "так решили"));
        assertThat(bad.body()).contains("Процентиль доли «2» — число.");
        var noReason = admin.postWithCsrf("/identification/rules", "/identification", rules("80", ""));
        assertThat(noReason.body()).contains("Укажите причину изменения правил");
        var outOfRange = admin.postWithCsrf("/identification/rules", "/identification", rules("120", "так решили"));
        assertThat(outOfRange.body()).contains("Процентили — числа больше 0 и не больше 100.");
        assertThat(ruleVersions()).isZero();

        var saved = admin.postWithCsrf(
                "/identification/rules", "/identification", rules("80,5", "Приказ № 12 от 20.11.2026"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.get("/identification").body())
                .contains("Действует версия 1 (" + adminUser + "): Приказ № 12 от 20.11.2026");
        var second = runAsRegion(admin);
        assertThat(admin.get(second).body()).contains("Правила версии 1: процентиль 80,5");
    }

    @Test
    void showsTheSchoolsFarWorseThanTheirContextBesideTheListWithoutAddingThem() {
        var admin = OporaHttp.as(port, adminUser);
        // at the 99th percentile nobody of fourteen is low: the two weak schools fall out of the list
        assertThat(admin.postWithCsrf(
                                "/identification/rules", "/identification", rules("99", "Проверка второго взгляда"))
                        .status())
                .isEqualTo(302);
        String run = runAsRegion(admin);
        var page = admin.get(run).body();
        assertThat(page).contains("Кандидаты в ШНОР: 0");
        String secondLook = section(page, "second-look");
        assertThat(secondLook)
                .contains("Вторая проверка с учётом контекста: 2")
                .contains(codes.get(1))
                .contains(codes.get(3))
                .doesNotContain(codes.get(0))
                .contains("66,7");
        // the municipality sees its own schools only
        var municipal = OporaHttp.as(port, municipalUser).get(run).body();
        assertThat(section(municipal, "second-look")).contains(codes.get(1)).doesNotContain(codes.get(8));
        // found once when the run was made and kept with it: a view reads them, the model is not refitted
        UUID runId = UUID.fromString(run.substring(run.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select jsonb_array_length(second_look) from identification.run where id = ?")
                        .param(runId)
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
        jdbc.sql("update identification.run set second_look = '[]' where id = ?")
                .param(runId)
                .update();
        assertThat(admin.get(run).body()).doesNotContain("id=\"second-look\"");
    }

    @Test
    void letsEachReaderSeeOnlyTheirSchoolsAndOnlyTheRegionRun() {
        var admin = OporaHttp.as(port, adminUser);
        String run = runAsRegion(admin);
        var municipal = OporaHttp.as(port, municipalUser);
        var page = municipal.get(run).body();
        assertThat(page).contains(codes.get(1)).doesNotContain(codes.get(8));
        assertThat(municipal
                        .postWithCsrf("/identification/runs", "/identification", Map.of("year", String.valueOf(YEAR)))
                        .status())
                .isEqualTo(403);
        assertThat(municipal.get(run + "/schools/" + schoolId(codes.get(8))).status())
                .isEqualTo(404);
        var curator = OporaHttp.as(port, curatorUser);
        assertThat(curator.get(run).body()).contains(codes.get(1)).doesNotContain(codes.get(3));
        assertThat(OporaHttp.as(port, directorUser).get("/identification").status())
                .isEqualTo(403);
        assertThat(new OporaHttp(port).get(run).location()).endsWith("/login");
    }

    @Test
    void flagsResultsAboveTheJournalAndRecordsTheReview() {
        var admin = OporaHttp.as(port, adminUser);
        runAsRegion(admin);
        UUID school = schoolId(codes.get(4));
        var flags = admin.get("/identification/flags?year=" + YEAR).body();
        assertThat(flags).contains("Отметки за ВПР выше отметок в журнале").contains(codes.get(4));
        assertThat(admin.postWithCsrf("/risk/recompute", "/risk?year=" + YEAR, Map.of("year", String.valueOf(YEAR)))
                        .status())
                .isEqualTo(302);
        String before = admin.get("/risk/schools/" + school + "?year=" + YEAR).body();
        assertThat(section(before, "factor-FAILURE_RISK_SHARE"))
                .containsPattern("objectivity_confirmed</code></td>\\s*<td class=\"num\">0</td>");
        // the flag says what was observed, what schools of the same level show and how rare the gap is
        assertThat(flags)
                .contains("У 91,7 % участников отметка за ВПР выше отметки в журнале")
                .contains("у школ с таким же средним результатом ожидается 0,0 %")
                .containsPattern(
                        "Разрыв — [0-9,]+ стандартной ошибки: без подгонки результатов такой бывает примерно у 1 школы из");
        var reviewed = admin.postWithCsrf(
                "/identification/flags/review",
                "/identification/flags?year=" + YEAR,
                Map.of(
                        "schoolId",
                        school.toString(),
                        "year",
                        String.valueOf(YEAR),
                        "code",
                        "TERM_MISMATCH",
                        "decision",
                        "CONFIRMED",
                        "comment",
                        "Перепроверка 12 работ"));
        assertThat(reviewed.status()).isEqualTo(302);
        assertThat(jdbc.sql(
                                "select status || ' ' || reviewed_by || ' ' || comment from identification.objectivity_flag where school_id = ? and year = ?")
                        .params(school, YEAR)
                        .query(String.class)
                        .single())
                .isEqualTo("CONFIRMED " + adminUser + " Перепроверка 12 работ");
        // a confirmed flag is the «объективность результатов» indicator of the school's risk profile, recomputed
        String risk = admin.get("/risk/schools/" + school + "?year=" + YEAR).body();
        assertThat(section(risk, "factor-FAILURE_RISK_SHARE"))
                .contains("Объективность результатов: подтверждённые признаки необъективности ВПР")
                .containsPattern(
                        "objectivity_confirmed</code></td>\\s*<td class=\"num\">1</td>\\s*<td class=\"num\">≥ 1</td>\\s*"
                                + "<td class=\"num\">1</td>\\s*<td class=\"outcome\">в зоне риска</td>");
        var municipal = OporaHttp.as(port, municipalUser);
        assertThat(municipal
                        .postWithCsrf(
                                "/identification/flags/review",
                                "/identification/flags?year=" + YEAR,
                                Map.of(
                                        "schoolId",
                                        school.toString(),
                                        "year",
                                        String.valueOf(YEAR),
                                        "code",
                                        "TERM_MISMATCH",
                                        "decision",
                                        "DISMISSED"))
                        .status())
                .isEqualTo(403);
        UUID assessment = jdbc.sql("select id from assessments.assessment where subject_code = 'IDN' and year = ?")
                .param(YEAR)
                .query(UUID.class)
                .single();
        var evidence = admin.get("/identification/evidence/" + school + "/" + assessment);
        assertThat(evidence.status()).isEqualTo(200);
        assertThat(evidence.body())
                .contains("Распределение первичных баллов")
                .contains("id=\"histogram-chart\"")
                .contains("ВПР: средний первичный балл");
        // the flag's line from this work: observed against what schools of its level show
        assertThat(section(evidence.body(), "flag-lines"))
                .contains("Отметки за ВПР выше отметок в журнале")
                .contains("91,7")
                .contains("подтверждён");
        assertThat(municipal
                        .get("/identification/evidence/" + schoolId(codes.get(8)) + "/" + assessment)
                        .status())
                .isEqualTo(404);
        // a later run keeps the review
        runAsRegion(admin);
        assertThat(admin.get("/identification/flags?year=" + YEAR).body()).contains("подтверждён");
    }

    private Map<String, String> rules(String percentile, String reason) {
        var form = new java.util.LinkedHashMap<String, String>();
        form.put("year", String.valueOf(YEAR));
        form.put("firstGrade", "4");
        form.put("lastGrade", "8");
        form.put("vprPercentile", percentile);
        form.put("windowYears", "2");
        form.put("minParticipants", "10");
        form.put("useGia", "true");
        form.put("_useGia", "on");
        form.put("giaPercentile", "90");
        form.put("giaSubjects", "RU,MA");
        form.put("excludeNonObjective", "true");
        form.put("_excludeNonObjective", "on");
        form.put("giaAlone", "false");
        form.put("_giaAlone", "on");
        form.put("separateSpecialSchools", "true");
        form.put("_separateSpecialSchools", "on");
        form.put("specialOvzShare", "50");
        form.put("falseAlarm", "0,5");
        form.put("minEffect", "5");
        form.put("giaMinEffect", "0,5");
        form.put("recheckShare", "90");
        form.put("recheckTolerance", "1");
        form.put("socialPercentile", "75");
        form.put("reason", reason);
        return form;
    }

    private long ruleVersions() {
        return jdbc.sql("select count(*) from identification.rule_set where region_id = ?")
                .param(region.region().id())
                .query(Long.class)
                .single();
    }

    private UUID schoolId(String code) {
        return jdbc.sql("select id from orgunits.org_unit where code = ?")
                .param(code)
                .query(UUID.class)
                .single();
    }

    /** The HTML of the element with the id, up to its closing tag of the same name. */
    private static String section(String html, String id) {
        var m = Pattern.compile("<(\\w+)[^>]*id=\"" + id + "\"").matcher(html);
        assertThat(m.find()).as(id).isTrue();
        int end = html.indexOf("</" + m.group(1) + ">", m.end());
        return html.substring(m.start(), end);
    }

    @Test
    void takesAConfirmedCandidateThroughSupportToTheExitRuleWithItsHistory() throws Exception {
        int first = 2036;
        fixtures.load(region, first);
        var admin = OporaHttp.as(port, adminUser);
        UUID weak = schoolId(codes.get(1));
        confirm(admin, run(admin, first));
        String page = "/identification/status/" + weak;
        assertThat(admin.get(page).body()).contains("Статус: кандидат (с " + first + " года).");
        assertThat(admin.get("/identification/status?state=CANDIDATE").body()).contains(codes.get(1));

        var noReason = admin.postWithCsrf(page, page, Map.of("to", "CONFIRMED", "reason", " "));
        assertThat(noReason.body()).contains("Укажите основание изменения статуса.");
        assertThat(admin.postWithCsrf(page, page, Map.of("to", "CONFIRMED", "reason", "Приказ № 5"))
                        .status())
                .isEqualTo(302);
        assertThat(admin.postWithCsrf(page, page, Map.of("to", "IN_SUPPORT", "reason", "Назначен куратор"))
                        .status())
                .isEqualTo(302);
        var wrong = admin.postWithCsrf(page, page, Map.of("to", "EXITED", "reason", "Просто так"));
        assertThat(wrong.body()).contains("Из текущего статуса в выбранный перевести нельзя.");

        var municipal = OporaHttp.as(port, municipalUser);
        assertThat(municipal.get(page).status()).isEqualTo(200);
        assertThat(municipal
                        .postWithCsrf(page, page, Map.of("to", "EXIT_PENDING", "reason", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(new OporaHttp(port).api("/api/v1/shnor", municipalUser).body())
                .contains(weak.toString())
                .doesNotContain(schoolId(codes.get(8)).toString());

        // the school is no longer weak: one good year is not enough, two are
        fixtures.loadYear(region, first + 1, java.util.Set.of(3));
        confirm(admin, run(admin, first + 1));
        assertThat(admin.get(page).body()).contains("Статус: на сопровождении");
        fixtures.loadYear(region, first + 2, java.util.Set.of(3));
        confirm(admin, run(admin, first + 2));
        var history = admin.get(page).body();
        assertThat(history)
                .contains("Статус: к выходу по правилу")
                .contains("Правило выхода: в " + (first + 1) + " и " + (first + 2)
                        + " годах результаты ВПР и ОГЭ/ЕГЭ не низкие.")
                .contains("Назначен куратор")
                .contains("Приказ № 5");
        assertThat(admin.postWithCsrf(page, page, Map.of("to", "EXITED", "reason", "Решение комиссии"))
                        .status())
                .isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from identification.shnor_status_event where school_id = ?")
                        .param(weak)
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
        UUID otherMunicipality = region.municipality(1).id();
        assertThat(admin.get("/identification/status?municipality=" + otherMunicipality)
                        .body())
                .doesNotContain(codes.get(1));
        var export = OporaHttp.sheet(
                admin.download("/identification/status.xlsx?state=EXITED").body());
        assertThat(export)
                .anySatisfy(r -> assertThat(r).startsWith(codes.get(1)).contains("вышла из статуса"));
    }

    @Test
    void theExitRuleMayWaitForTheFinalMonitoringsTargets() {
        int first = 2044;
        fixtures.load(region, first);
        var admin = OporaHttp.as(port, adminUser);
        var rules = new java.util.LinkedHashMap<>(rules("90", "Выход — по итоговому мониторингу"));
        rules.put("exitNeedsMonitoring", "true");
        rules.put("_exitNeedsMonitoring", "on");
        assertThat(admin.postWithCsrf("/identification/rules", "/identification", rules)
                        .status())
                .isEqualTo(302);
        UUID weak = schoolId(codes.get(1));
        confirm(admin, run(admin, first));
        String page = "/identification/status/" + weak;
        admin.postWithCsrf(page, page, Map.of("to", "CONFIRMED", "reason", "Приказ № 7"));
        admin.postWithCsrf(page, page, Map.of("to", "IN_SUPPORT", "reason", "Назначен куратор"));
        fixtures.loadYear(region, first + 1, java.util.Set.of(3));
        confirm(admin, run(admin, first + 1));
        fixtures.loadYear(region, first + 2, java.util.Set.of(3));
        // the final campaign: one indicator with a target, not reached
        UUID campaign = UUID.randomUUID();
        jdbc.sql("""
                        insert into monitoring.campaign (id, region_id, region_path, cohort_year, kind, status, opens_on, due_on,
                            indicator_version, indicators, created_by)
                        values (?, ?, ?, ?, 'FINAL', 'PUBLISHED', ?, ?, 0,
                            '[{"code": "KPK", "name": "Доля педагогов, прошедших КПК, %", "unit": "PERCENT",
                               "direction": "HIGHER_IS_BETTER", "target": 80, "formula": null}]', 'test')""")
                .params(
                        campaign,
                        region.region().id(),
                        region.region().path().value(),
                        first + 2,
                        java.time.LocalDate.of(first + 2, 5, 1),
                        java.time.LocalDate.of(first + 2, 5, 20))
                .update();
        String weakPath = jdbc.sql("select path from orgunits.org_unit where id = ?")
                .param(weak)
                .query(String.class)
                .single();
        jdbc.sql("insert into monitoring.campaign_school (campaign_id, school_id, school_path) values (?, ?, ?)")
                .params(campaign, weak, weakPath)
                .update();
        jdbc.sql("""
                        insert into monitoring.indicator_value (campaign_id, school_id, school_path, indicator, value, computed,
                            status, entered_by) values (?, ?, ?, 'KPK', 40, false, 'CONFIRMED', 'test')""").params(campaign, weak, weakPath).update();
        confirm(admin, run(admin, first + 2));
        assertThat(admin.get(page).body())
                .as("two good years, but the target is not reached")
                .contains("Статус: на сопровождении");

        jdbc.sql("update monitoring.indicator_value set value = 85 where campaign_id = ?")
                .param(campaign)
                .update();
        confirm(admin, run(admin, first + 2));
        assertThat(admin.get(page).body())
                .contains("Статус: к выходу по правилу")
                .contains(
                        "Итоговый мониторинг: цели достигнуты по всем 1 показателям с целями: «Доля педагогов, прошедших КПК, %» — 85");
    }

    private String run(OporaHttp admin, int year) {
        var started =
                admin.postWithCsrf("/identification/runs", "/identification", Map.of("year", String.valueOf(year)));
        assertThat(started.status()).isEqualTo(302);
        return started.location().replaceFirst("^https?://[^/]+", "");
    }

    private void confirm(OporaHttp admin, String run) {
        assertThat(admin.postWithCsrf(run + "/confirm", run, Map.of()).status()).isEqualTo(302);
    }

    @Test
    void saysSoWhenTheLoadedYearsCannotSatisfyTheRule() {
        var fresh = fixtures.region();
        fixtures.loadYear(fresh, 2046, IdentificationFixtures.WEAK);
        var admin = OporaHttp.as(port, users.create(Role.REGION_ADMIN, fresh.region()));
        assertThat(section(admin.get("/identification").body(), "window-short"))
                .as("two years running, one loaded")
                .contains("2 года подряд", "2046", "2045");
        fixtures.loadYear(fresh, 2045, IdentificationFixtures.WEAK);
        assertThat(admin.get("/identification").body()).doesNotContain("window-short");
    }

    @Test
    void explainsTheContextModelAndTheSchoolsFarFromTheirExpectation() {
        var coordinator = OporaHttp.as(port, municipalUser);
        var page =
                coordinator.get("/identification/context?year=" + YEAR + "&z=1").body();
        assertThat(page)
                .contains("Линейная регрессия по")
                .contains("Доля обучающихся с ОВЗ, %")
                .contains("Свободный член")
                .contains("Проверка модели: не ошибается ли она систематически")
                .contains("id=\"bands-expected\"");
        assertThat(section(page, "worse")).contains(codes.get(1));
        assertThat(page).doesNotContain(codes.get(8));
        var rows = OporaHttp.sheet(coordinator
                .download("/identification/context.xlsx?year=" + YEAR)
                .body());
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith(codes.get(1)));
        assertThat(rows).noneSatisfy(r -> assertThat(r).startsWith(codes.get(8)));

        // a school better than expected whose results carry an open flag is set aside, not held up
        String atAll = "/identification/context?year=" + YEAR + "&z=0";
        String better = section(coordinator.get(atAll).body(), "better");
        String model = codes.stream().filter(better::contains).findFirst().orElseThrow();
        var school = jdbc.sql("select id, path from orgunits.org_unit where kind = 'SCHOOL' and code = ?")
                .param(model)
                .query((rs, n) -> List.of(rs.getObject(1, UUID.class), rs.getString(2)))
                .single();
        jdbc.sql("""
                        insert into identification.objectivity_flag (school_id, school_path, year, code, value, threshold, evidence)
                        values (?, ?, ?, 'TERM_MISMATCH', 40, 20, '{}')""").params(school.get(0), school.get(1), YEAR).update();
        var again = coordinator.get(atAll).body();
        assertThat(section(again, "better")).doesNotContain(model);
        assertThat(section(again, "better-in-doubt"))
                .contains("<del>" + model)
                .contains("Отметки за ВПР выше отметок в журнале");
    }

    @Test
    void loadsRechecksAndTheFederalListAllOrNothingAndFlagsThem() throws Exception {
        var admin = OporaHttp.as(port, adminUser);
        var rows = new StringBuilder(
                "Код ОО;Год;Код предмета;Класс;Код участника;Исходный балл;Балл после перепроверки\n");
        // ten works of the 6th school: eight of them lose their mark («4» at 4 points → «3» at 3)
        for (int i = 1; i <= 10; i++)
            rows.append(codes.get(5))
                    .append(';')
                    .append(YEAR)
                    .append(";IDN;5;")
                    .append(i)
                    .append(i <= 8 ? ";4;3\n" : ";5;5\n");
        var bad = Files.createTempFile("recheck-bad-", ".csv");
        Files.writeString(
                bad,
                rows + "999999;" + YEAR + ";IDN;5;11;4;3\n" + codes.get(5) + ";" + YEAR + ";IDN;5;12;много;3\n",
                StandardCharsets.UTF_8);
        var rejected = admin.postMultipartForm(
                "/identification/facts/recheck",
                Map.of("_csrf", admin.csrfToken("/identification/facts")),
                "перепроверка.csv",
                bad);
        assertThat(rejected.body())
                .contains("Файл «перепроверка.csv», строка 12, столбец «Код ОО»: школы с кодом «999999» нет в реестре")
                .contains("строка 13, столбец «Исходный балл»: «много» — ожидается целое число от 0 до 6.");
        assertThat(jdbc.sql("select count(*) from identification.recheck where year = ? and school_path like ?")
                        .params(YEAR, region.path().likePattern())
                        .query(Long.class)
                        .single())
                .isZero();

        var good = Files.createTempFile("recheck-", ".csv");
        Files.writeString(good, rows, StandardCharsets.UTF_8);
        var loaded = admin.postMultipartForm(
                "/identification/facts/recheck",
                Map.of("_csrf", admin.csrfToken("/identification/facts")),
                "перепроверка.csv",
                good);
        assertThat(loaded.body()).contains("Строк с данными: 10; добавлено — 10");
        var list = Files.createTempFile("federal-", ".csv");
        Files.writeString(
                list,
                "Код ОО;Год;Основание\n" + codes.get(6) + ";" + YEAR + ";Письмо Рособрнадзора от 10.03.2025 № 02-36\n",
                StandardCharsets.UTF_8);
        assertThat(admin.postMultipartForm(
                                "/identification/facts/federal",
                                Map.of("_csrf", admin.csrfToken("/identification/facts")),
                                "список.csv",
                                list)
                        .body())
                .contains("Строк с данными: 1;");
        var observations = Files.createTempFile("observers-", ".csv");
        String observed = "Код ОО;Год;Код предмета;Класс;Дата;Наблюдатель;Замечания\n" + codes.get(5) + ";" + YEAR
                + ";IDN;5;15.04." + YEAR + ";Иванова И. И.;Работы собраны вовремя\n";
        Files.writeString(
                observations,
                observed + codes.get(5) + ";" + YEAR + ";IDN;5;31.02.;Петров П. П.;\n",
                StandardCharsets.UTF_8);
        assertThat(admin.postMultipartForm(
                                "/identification/facts/observation",
                                Map.of("_csrf", admin.csrfToken("/identification/facts")),
                                "наблюдатели.csv",
                                observations)
                        .body())
                .contains("строка 3, столбец «Дата»: «31.02.» — ожидается дата ДД.ММ.ГГГГ.");
        Files.writeString(observations, observed, StandardCharsets.UTF_8);
        assertThat(admin.postMultipartForm(
                                "/identification/facts/observation",
                                Map.of("_csrf", admin.csrfToken("/identification/facts")),
                                "наблюдатели.csv",
                                observations)
                        .body())
                .contains("Строк с данными: 1;")
                .contains("Иванова И. И.");
        UUID assessment = jdbc.sql("select id from assessments.assessment where subject_code = 'IDN' and year = ?")
                .param(YEAR)
                .query(UUID.class)
                .single();
        assertThat(admin.get("/identification/evidence/" + schoolId(codes.get(5)) + "/" + assessment)
                        .body())
                .contains("15.04." + YEAR + " · Иванова И. И.: Работы собраны вовремя");
        var social = Files.createTempFile("social-", ".csv");
        var index = new StringBuilder("Код ОО;Год;Индекс социального контекста\n");
        for (int i = 0; i < codes.size(); i++)
            index.append(codes.get(i))
                    .append(';')
                    .append(YEAR)
                    .append(';')
                    .append(i == 3 ? "9,5" : "1")
                    .append('\n');
        Files.writeString(social, index + codes.get(0) + ";" + YEAR + ";высокий\n", StandardCharsets.UTF_8);
        assertThat(admin.postMultipartForm(
                                "/identification/facts/social",
                                Map.of("_csrf", admin.csrfToken("/identification/facts")),
                                "индекс.csv",
                                social)
                        .body())
                .contains("столбец «Индекс социального контекста»: «высокий» — ожидается число.");
        Files.writeString(social, index, StandardCharsets.UTF_8);
        assertThat(admin.postMultipartForm(
                                "/identification/facts/social",
                                Map.of("_csrf", admin.csrfToken("/identification/facts")),
                                "индекс.csv",
                                social)
                        .body())
                .contains("Строк с данными: 14;");
        String socialRun = runAsRegion(admin);
        assertThat(admin.get(socialRun + "/schools/" + schoolId(codes.get(3))).body())
                .contains("Школа работает в неблагоприятных социальных условиях (ШНСУ).");
        jdbc.sql("delete from identification.social_index where year = ? and school_path like ?")
                .params(YEAR, region.path().likePattern())
                .update();
        var flags = admin.get("/identification/flags?year=" + YEAR).body();
        assertThat(flags)
                .contains(
                        "при перепроверке экспертами отметку и балл (с допуском) сохранили 20,0 % работ — меньше 90,0 %.")
                .contains("школа включена в федеральный список");
        var municipal = OporaHttp.as(port, municipalUser);
        assertThat(municipal.get("/identification/facts").status()).isEqualTo(200);
        assertThat(municipal
                        .postMultipartForm(
                                "/identification/facts/federal",
                                Map.of("_csrf", municipal.csrfToken("/identification/flags")),
                                "список.csv",
                                list)
                        .status())
                .isEqualTo(403);
    }
}
