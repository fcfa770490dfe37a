package ru.opora.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
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
 * A monitoring campaign through its life on a cohort of three ШНОР (issue #17): the region creates
 * and opens it, Opora fills in the computed share of «2», a school enters its values with evidence
 * (refused whole when one is wrong), its curator returns one and confirms another, the school
 * corrects the returned one, the region closes and publishes; each reader sees only their schools.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonitoringIntegrationTests {

    static final int YEAR = 2051;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    TestResults results;

    @Autowired
    MonitoringCohorts cohorts;

    TestRegions.TestRegion region;
    String admin;
    String director;
    String curator;
    String otherMunicipality;
    UUID school;

    @BeforeEach
    void aCohortWithResults() {
        region = regions.create();
        school = region.school(0).id();
        admin = users.create(Role.REGION_ADMIN, region.region());
        director = users.create(Role.SCHOOL_ADMIN, region.school(0));
        curator = users.create(Role.CURATOR, region.school(0));
        otherMunicipality = users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(1));
        cohorts.cohort(OporaHttp.as(port, admin), region, YEAR, 0, 1, 3);
        // the first school: 3 of 4 works «2»; computed VPR2 = 75
        var csv = new StringBuilder(TestResults.HEADER);
        for (int p = 0; p < 4; p++)
            csv.append(region.school(0).code())
                    .append(";M")
                    .append(p)
                    .append(";5А;")
                    .append(p == 0 ? "1;1;2;2\n" : "0;0;0;0\n");
        results.load(results.vpr("MON", YEAR, 5), region.scope(), csv.toString());
    }

    private Map<String, String> values(String kpk, String parents, String evidence, String debt) {
        var form = new LinkedHashMap<String, String>();
        form.put("value_KPK", kpk);
        form.put("value_PARENTS", parents);
        form.put("evidence_PARENTS", evidence);
        form.put("value_DEBT", debt);
        return form;
    }

    private long entered() {
        return jdbc.sql("select count(*) from monitoring.indicator_value where school_id = ? and not computed")
                .param(school)
                .query(Long.class)
                .single();
    }

    @Test
    void aCampaignGoesFromOpeningToPublishedWithEveryValueChecked() {
        var region = OporaHttp.as(port, admin);
        assertThat(region.get("/monitoring").body()).contains("Кампаний мониторинга пока нет");
        var badDates = region.postWithCsrf(
                "/monitoring/campaigns",
                "/monitoring",
                Map.of(
                        "cohortYear",
                        String.valueOf(YEAR),
                        "kind",
                        "INITIAL",
                        "opensOn",
                        YEAR + "-10-10",
                        "dueOn",
                        YEAR + "-10-01"));
        assertThat(badDates.body()).contains("Срок ввода не может быть раньше открытия.");
        String campaign = MonitoringCohorts.campaign(region, YEAR, "INITIAL", YEAR + "-10-01", YEAR + "-10-20");
        assertThat(region.get(campaign).body())
                .contains("Входной мониторинг — когорта " + YEAR)
                .contains("черновик");
        String form = campaign + "/schools/" + school;

        // a draft takes no values
        var school = OporaHttp.as(port, director);
        var early = school.postWithCsrf(form, form, values("45", "30", "", "3"));
        assertThat(early.body()).contains("кампания закрыта для ввода");
        assertThat(entered()).isZero();

        assertThat(region.postWithCsrf(campaign + "/status", campaign, Map.of("status", "OPEN"))
                        .status())
                .isEqualTo(302);
        assertThat(school.get(form).body()).contains("75").contains("рассчитано Опорой");

        // one bad field refuses them all, each problem named
        var refused = school.postWithCsrf(form, form, values("150", "30", "ftp://files", "2,5"));
        assertThat(refused.body())
                .contains("Значения не сохранены — ни одно.")
                .contains("«150» — не процент")
                .contains("«ftp://files» — не адрес в интернете")
                .contains("«2,5» — не число человек");
        assertThat(entered()).isZero();
        var saved = school.postWithCsrf(form, form, values("45", "30", "https://school.example/report.pdf", "3"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(entered()).isEqualTo(3);

        // the curator returns one value and confirms another; a municipality elsewhere cannot see the school
        var curator = OporaHttp.as(port, this.curator);
        assertThat(curator.postWithCsrf(
                                form + "/review",
                                form,
                                Map.of("indicator", "KPK", "decision", "REJECTED", "comment", "Приложите приказ о КПК"))
                        .status())
                .isEqualTo(302);
        assertThat(curator.postWithCsrf(form + "/review", form, Map.of("indicator", "PARENTS", "decision", "CONFIRMED"))
                        .status())
                .isEqualTo(302);
        var elsewhere = OporaHttp.as(port, otherMunicipality);
        assertThat(elsewhere.get(form).status()).isEqualTo(404);
        assertThat(elsewhere
                        .postWithCsrf(
                                form + "/review", "/monitoring", Map.of("indicator", "DEBT", "decision", "CONFIRMED"))
                        .status())
                .isEqualTo(404);
        assertThat(school.get(form).body()).contains("возвращено").contains("Приложите приказ о КПК");

        // the school corrects the returned value; a confirmed one stays as it is
        var changedConfirmed =
                school.postWithCsrf(form, form, values("50", "35", "https://school.example/report.pdf", "3"));
        assertThat(changedConfirmed.body()).contains("значение уже подтверждено");
        assertThat(school.postWithCsrf(form, form, values("50", "30", "https://school.example/report.pdf", "3"))
                        .status())
                .isEqualTo(302);
        assertThat(status("KPK")).isEqualTo("ENTERED 50");
        assertThat(status("PARENTS")).isEqualTo("CONFIRMED 30");

        assertThat(region.postWithCsrf(campaign + "/status", campaign, Map.of("status", "CLOSED"))
                        .status())
                .isEqualTo(302);
        assertThat(school.postWithCsrf(form, form, values("60", "30", "", "3")).body())
                .contains("кампания закрыта для ввода");

        // once every value the school enters is confirmed, its cycle step «Мониторинг» is done
        for (String indicator : new String[] {"KPK", "DEBT", "OLYMPIAD"})
            curator.postWithCsrf(form + "/review", form, Map.of("indicator", indicator, "decision", "CONFIRMED"));
        String cohort = "/support/cohorts/" + YEAR;
        assertThat(step(region, cohort, region(0)))
                .as("one value the school enters is missing")
                .isEqualTo("впереди");
        jdbc.sql("""
                        insert into monitoring.indicator_value
                            (campaign_id, school_id, school_path, indicator, value, computed, status, entered_by)
                        select campaign_id, school_id, school_path, 'OLYMPIAD', 12, false, 'CONFIRMED', 'test'
                        from monitoring.campaign_school where school_id = ?""").param(this.school).update();
        assertThat(step(region, cohort, region(0))).isEqualTo("выполнено");
        assertThat(region.postWithCsrf(campaign + "/status", campaign, Map.of("status", "PUBLISHED"))
                        .status())
                .isEqualTo(302);
        assertThat(region.postWithCsrf(campaign + "/status", campaign, Map.of("status", "OPEN"))
                        .status())
                .isEqualTo(409);

        // the school's dynamics: the one campaign is its baseline; the share of «2» stands at 75 against a target of 10
        var dynamics = school.get("/monitoring/schools/" + this.school).body();
        assertThat(dynamics)
                .contains("Доля отметок «2» по ВПР, %")
                .contains("без изменений")
                .contains("id=\"dynamics-chart\"");
        assertThat(OporaHttp.sheet(school.download("/monitoring/schools/" + this.school + "/export")
                        .body()))
                .anySatisfy(r -> assertThat(r).startsWith("Доля педагогов, прошедших КПК по выявленным дефицитам, %"));
        assertThat(OporaHttp.as(port, otherMunicipality)
                        .get("/monitoring/schools/" + this.school)
                        .status())
                .isEqualTo(404);
        var page = region.get(campaign).body();
        assertThat(page)
                .contains("опубликован")
                .contains("ШНОР и другие школы региона")
                .contains(region(0));
        var sheet = OporaHttp.sheet(region.download(campaign + "/export").body());
        assertThat(sheet).anySatisfy(r -> assertThat(r).startsWith(region(0)).contains("75.0", "50.0", "30.0"));
        assertThat(jdbc.sql("select count(*) from identity.audit_event where entity_type like 'MONITORING_%'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(6);
    }

    /** The cohort export's «Мониторинг» column for a school. */
    private static String step(OporaHttp who, String cohort, String code) {
        var rows = OporaHttp.sheet(who.download(cohort + ".xlsx").body());
        var header = rows.getFirst();
        int column = java.util.stream.IntStream.range(0, header.size())
                .filter(i -> header.get(i).startsWith("Мониторинг"))
                .findFirst()
                .orElseThrow();
        return rows.stream()
                .filter(r -> r.getFirst().equals(code))
                .findFirst()
                .orElseThrow()
                .get(column);
    }

    private String region(int i) {
        return this.region.school(i).code();
    }

    private String status(String indicator) {
        return jdbc.sql(
                        "select status || ' ' || trim_scale(value) from monitoring.indicator_value where school_id = ? and indicator = ?")
                .params(school, indicator)
                .query(String.class)
                .single();
    }

    @Test
    void aMunicipalityLoadsItsSchoolsValuesFromAFileAllOrNothing() throws Exception {
        var region = OporaHttp.as(port, admin);
        String campaign = MonitoringCohorts.campaign(region, YEAR, "QUARTERLY", YEAR + "-11-01", YEAR + "-11-20");
        region.postWithCsrf(campaign + "/status", campaign, Map.of("status", "OPEN"));
        var municipal = OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, this.region.municipality(0)));
        var template =
                OporaHttp.sheet(municipal.download(campaign + "/template").body());
        assertThat(template.getFirst())
                .startsWith(
                        "Код ОО",
                        "Доля педагогов, прошедших КПК по выявленным дефицитам, %",
                        "Подтверждение: Доля педагогов, прошедших КПК по выявленным дефицитам, %");
        assertThat(template).anySatisfy(r -> assertThat(r.getFirst()).isEqualTo(region(0)));
        assertThat(template).noneSatisfy(r -> assertThat(r.getFirst()).isEqualTo(region(3)));

        String header = "Код ОО;KPK;Подтверждение: KPK;DEBT\n";
        var bad = upload(municipal, campaign, header + region(0) + ";120;ftp://x;2,5\n" + region(3) + ";10;;1\n");
        assertThat(bad.body())
                .contains("«120» — ожидается число от 0 до 100")
                .contains("«ftp://x» — не адрес в интернете")
                .contains("«2,5» не подходит к единице показателя")
                .contains("школы с кодом «" + region(3) + "» нет среди школ кампании");
        assertThat(entered()).isZero();

        var good = upload(municipal, campaign, header + region(0) + ";45;https://mun.example/kpk.xlsx;2\n");
        assertThat(good.status()).isEqualTo(200);
        assertThat(entered()).isEqualTo(2);
        OporaHttp.as(port, curator)
                .postWithCsrf(
                        campaign + "/schools/" + school + "/review",
                        campaign,
                        Map.of("indicator", "KPK", "decision", "CONFIRMED"));
        var changed = upload(municipal, campaign, header + region(0) + ";50;;2\n");
        assertThat(changed.body()).contains("значение уже подтверждено (45,0)");
        assertThat(status("KPK")).isEqualTo("CONFIRMED 45");
        assertThat(OporaHttp.as(port, director).get(campaign).body()).doesNotContain("id=\"values-import\"");

        // the same through the API, as a background job; a school's director may not load files
        String coordinator = users.create(Role.MUNICIPAL_COORDINATOR, this.region.municipality(0));
        String id = campaign.substring(campaign.lastIndexOf('/') + 1);
        var api = new OporaHttp(port);
        var accepted = api.postMultipart(
                "/api/v1/monitoring/campaigns/" + id + "/values",
                "values.csv",
                (header + region(0) + ";45;;4\n").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                OporaHttp.basic(coordinator, TestUsers.PASSWORD));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String href = accepted.body().replaceAll("(?s).*\"href\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String job = "";
        for (int i = 0; i < 100 && !job.matches("(?s).*\"status\"\\s*:\\s*\"(DONE|FAILED)\".*"); i++) {
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
            job = api.getAuth(href, OporaHttp.basic(coordinator, TestUsers.PASSWORD))
                    .body();
        }
        assertThat(job).contains("\"DONE\"");
        assertThat(status("DEBT")).isEqualTo("ENTERED 4");
        assertThat(api.postMultipart(
                                "/api/v1/monitoring/campaigns/" + id + "/values",
                                "values.csv",
                                header.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                OporaHttp.basic(director, TestUsers.PASSWORD))
                        .status())
                .isEqualTo(403);
    }

    private OporaHttp.Response upload(OporaHttp who, String campaign, String csv) throws Exception {
        var file = java.nio.file.Files.createTempFile("values-", ".csv");
        java.nio.file.Files.writeString(file, csv, java.nio.charset.StandardCharsets.UTF_8);
        return who.postMultipartForm(
                campaign + "/import", Map.of("_csrf", who.csrfToken(campaign)), "values.csv", file);
    }

    @Test
    void theIndicatorSetIsTheRegionsVersionedChoiceWithFormulasChecked() {
        var region = OporaHttp.as(port, admin);
        String page = "/monitoring/indicators";
        assertThat(region.get(page).body())
                .contains("Действует перечень по умолчанию (версия 0)")
                .contains("vpr_share2");
        var form = new LinkedHashMap<String, String>();
        form.put("code", "vpr_gap");
        form.put("name", "Разрыв с регионом по доле «2», п. п.");
        form.put("unit", "SCORE");
        form.put("direction", "LOWER_IS_BETTER");
        form.put("target", "пять");
        form.put("formula", "vpr_share2 - foo_bar");
        form.put("reason", "");
        var refused = region.postWithCsrf(page, page, form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("неизвестная переменная «foo_bar»")
                .contains("Цель «пять» — не число.")
                .contains("Укажите причину изменения");
        form.put("formula", "ROUND(vpr_share2 - 10, 1)");
        form.put("target", "0");
        form.put("reason", "Решение коллегии");
        assertThat(region.postWithCsrf(page, page, form).status()).isEqualTo(302);
        assertThat(region.get(page).body())
                .contains("Версия 1 (" + admin + "): Решение коллегии")
                .contains("VPR_GAP");
        assertThat(OporaHttp.as(port, otherMunicipality)
                        .postWithCsrf(page, "/monitoring", form)
                        .status())
                .isEqualTo(403);
        String campaign = MonitoringCohorts.campaign(region, YEAR, "FINAL", YEAR + "-05-01", YEAR + "-05-20");
        region.postWithCsrf(campaign + "/status", campaign, Map.of("status", "OPEN"));
        // the new computed indicator is filled in from the same figures: 75 − 10
        assertThat(region.get(campaign).body()).contains("перечень показателей версии 1");
        assertThat(region.get(campaign + "/schools/" + school).body())
                .contains("Разрыв с регионом по доле «2», п. п.")
                .contains("65");
    }

    @Test
    void eachReaderSeesTheirOwnSchoolsAndOnlyTheRegionRunsCampaigns() {
        var region = OporaHttp.as(port, admin);
        String campaign = MonitoringCohorts.campaign(region, YEAR, "QUARTERLY", YEAR + "-12-01", YEAR + "-12-15");
        UUID id = UUID.fromString(campaign.substring(campaign.lastIndexOf('/') + 1));
        var director = OporaHttp.as(port, this.director);
        assertThat(director.get(campaign).body()).contains(region(0)).doesNotContain(region(1));
        assertThat(director.get(campaign + "/schools/" + this.region.school(1).id())
                        .status())
                .isEqualTo(404);
        assertThat(director.postWithCsrf(campaign + "/status", campaign, Map.of("status", "OPEN"))
                        .status())
                .isEqualTo(403);
        assertThat(OporaHttp.as(port, otherMunicipality).get(campaign).body())
                .contains(region(3))
                .doesNotContain(region(0));
        assertThat(OporaHttp.as(port, users.create(Role.TEACHER, this.region.school(0)))
                        .get("/monitoring")
                        .status())
                .isEqualTo(403);
        assertThat(region.get("/monitoring/campaigns/not-an-id").status()).isEqualTo(400);
        assertThat(region.get("/monitoring/campaigns/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        String auth = OporaHttp.basic(this.director, TestUsers.PASSWORD);
        var api = new OporaHttp(port).getAuth("/api/v1/monitoring/campaigns/" + id + "/values", auth);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains(region(0)).doesNotContain(region(1));
        assertThat(new OporaHttp(port)
                        .getAuth("/api/v1/monitoring/campaigns", auth)
                        .body())
                .contains("QUARTERLY");
    }
}
