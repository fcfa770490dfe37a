package ru.opora.platform.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.OrgUnitKind;
import ru.opora.orgunits.OrgUnits;
import ru.opora.risk.SchoolRisks;

/**
 * The end of a support cycle in the browser on the demo region (issue #17), on a database of its
 * own because it changes the region's rules: the municipality corrects its returned mechanism
 * assessment and puts two suggested measures into its roadmap; the region sets the cohort's
 * targets and the exit rule, runs the final monitoring, a school that improved reports reaching
 * them, its municipality confirms, the region loads the final risk levels and confirms the year's
 * list — the school is due to leave, with the figures that decided — and takes it out of the
 * status. Screenshots under {@code target/screenshots/cycle-end-*}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opora.demo.enabled=true", "opora.demo.results=true", "opora.embedded-db.database=opora_cycle_end"
        })
class CycleEndJourneyTests {

    /** One of the demo's improving schools: low in 2024, not low in 2025 and 2026, in the cohort. */
    static final String IMPROVED = "391204";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    SchoolRisks risks;

    @Test
    void theMunicipalityCorrectsItsMechanismAssessmentAndTakesTwoMeasuresIntoItsRoadmap() {
        int year = cohortYear();
        UUID municipality = jdbc.sql("""
                        select s.org_unit_id from identity.user_scope s join identity.user_account a on a.id = s.user_account
                        where a.username = 'municipal'""").query(UUID.class).single();
        String page = "/monitoring/mechanism/" + municipality + "?year=" + year;
        try (var browser = new Browser(port, "cycle-end-municipality")) {
            browser.signIn("municipal", "demo2026");
            browser.open(page);
            assertThat(browser.text(By.id("remarks"))).contains("Приложите протоколы");
            browser.screenshot("returned");
            int[] scores = {2, 2, 1, 2, 1, 0, 2, 1, 0};
            for (int p = 0; p < scores.length; p++)
                browser.script("document.getElementById('score_" + (p + 1) + "').value = '" + scores[p] + "'");
            browser.type(By.id("evidence_8"), "https://mun.example/protocols-2026.pdf");
            browser.submit(By.id("submit-assessment"));
            assertThat(browser.text(By.id("mechanism-status")))
                    .contains("на проверке в регионе")
                    .contains("Сумма — 11 из 18: уровень средний.");
            assertThat(browser.all(By.id("remarks")))
                    .as("the remarks were answered")
                    .isEmpty();
            browser.click(By.id("suggest_6"));
            browser.click(By.id("suggest_9"));
            browser.script("document.getElementById('suggestions').scrollIntoView()");
            browser.screenshot("suggestions");
            browser.submit(By.id("accept-suggestions"));
            assertThat(browser.text(By.id("roadmap-added")))
                    .contains("Внесено в муниципальную дорожную карту: 2; уже были в ней: 0.");
            browser.script("document.getElementById('suggestions').scrollIntoView()");
            browser.screenshot("accepted");
            browser.click(By.cssSelector("#roadmap-added a"));
            browser.waitFor(By.id("main"));
            String roadmap = browser.text(By.id("main"));
            assertThat(roadmap)
                    .contains("Разработать адресные рекомендации школам по итогам ВПР")
                    .contains("Провести анализ эффективности принятых мер");
            browser.screenshot("roadmap");
        }
        try (var region = new Browser(port, "cycle-end-mechanism-region")) {
            region.signIn("region", "demo2026");
            region.open(page);
            region.submit(By.id("accept"));
            assertThat(region.text(By.id("mechanism-status"))).contains("принята");
            region.open("/monitoring/areas?year=" + year);
            assertThat(region.text(By.id("areas"))).contains("M1").contains("M8");
            region.screenshot("areas");
        }
    }

    @Test
    void aSchoolThatReachedItsTargetsLeavesTheStatusOnItsFinalFigures() throws Exception {
        int year = cohortYear();
        var school = orgUnits.findByCode(OrgUnitKind.SCHOOL, IMPROVED).orElseThrow();
        var municipality =
                orgUnits.find(school.path().municipalityId().orElseThrow()).orElseThrow();
        String director = users.create(Role.SCHOOL_ADMIN, school);
        String coordinator = users.create(Role.MUNICIPAL_COORDINATOR, municipality);
        String status = "/identification/status/" + school.id();
        UUID campaign;

        try (var region = new Browser(port, "cycle-end-region")) {
            region.signIn("region", "demo2026");
            region.open(status);
            // the demo region confirmed its earlier lists: the school of 2024 is in support
            assertThat(region.text(By.id("state"))).contains("на сопровождении");
            region.open("/identification");
            region.click(By.id("exitNeedsMonitoring"));
            region.type(By.id("reason"), "Выход из статуса — по итоговому мониторингу когорты " + year);
            region.submit(By.id("save-rules"));
            target(region, "VPR2", "Доля отметок «2» по ВПР, %", "30", "vpr_share2");
            target(region, "OGE_MIN", "Доля участников ОГЭ ниже минимального балла, %", "30", "oge_below_min");
            region.screenshot("targets");
            region.open("/monitoring");
            region.script("document.getElementById('kind').value = 'FINAL'");
            region.script("document.getElementById('cohortYear').value = '" + year + "'");
            region.script("document.getElementById('opensOn').value = '" + (year + 1) + "-05-04'");
            region.script("document.getElementById('dueOn').value = '" + (year + 1) + "-05-22'");
            region.submit(By.id("create"));
            campaign = UUID.fromString(
                    region.currentPath().substring(region.currentPath().lastIndexOf('/') + 1));
            region.submit(By.id("to-OPEN"));
            assertThat(region.text(By.id("campaign-status"))).contains("открыт для ввода");
        }
        String form = "/monitoring/campaigns/" + campaign + "/schools/" + school.id();

        try (var browser = new Browser(port, "cycle-end-school")) {
            browser.signIn(director, TestUsers.PASSWORD);
            browser.open(form);
            browser.type(By.id("value_KPK"), "85");
            browser.type(By.id("evidence_KPK"), "https://school.example/kpk-2027.pdf");
            browser.type(By.id("value_PARENTS"), "64");
            Path protocol = Files.createTempFile("protocol", ".pdf");
            Files.write(protocol, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            browser.upload(By.id("file_PARENTS"), protocol);
            browser.type(By.id("value_DEBT"), "0");
            browser.type(By.id("value_OLYMPIAD"), "34");
            browser.submit(By.id("save-values"));
            assertThat(browser.text(By.id("saved"))).contains("переданы на проверку");
            assertThat(browser.text(By.id("row-PARENTS"))).contains(".pdf");
            long high =
                    jdbc.sql("""
                            select count(*) from risk.profile p, jsonb_array_elements(p.entries) e
                            where p.school_id = ? and p.cohort_year = ? and p.is_current and e ->> 'level' = 'HIGH'""").params(school.id(), year).query(Long.class).single();
            assertThat(high).isPositive();
            assertThat(browser.text(By.id("row-RISKS_HIGH")))
                    .contains(high + ",0")
                    .contains("рассчитано Опорой");
            browser.script("document.getElementById('values-form').scrollIntoView()");
            browser.screenshot("final-values");
        }

        try (var browser = new Browser(port, "cycle-end-municipal-review")) {
            browser.signIn(coordinator, TestUsers.PASSWORD);
            browser.open(form);
            for (String indicator : new String[] {"KPK", "PARENTS", "DEBT", "OLYMPIAD"})
                browser.submit(By.id("confirm-" + indicator));
            assertThat(browser.text(By.id("row-OLYMPIAD"))).contains("подтверждено");
            browser.screenshot("confirmed");
        }

        Path levels = Files.createTempFile("levels", ".csv");
        var csv = new StringBuilder("Код ОО;Год;Фактор;Уровень\n");
        for (String risk : risks.chosen(school.id(), year))
            csv.append(IMPROVED)
                    .append(';')
                    .append(year)
                    .append(';')
                    .append(risk)
                    .append(";средний\n");
        Files.writeString(levels, csv, StandardCharsets.UTF_8);

        try (var region = new Browser(port, "cycle-end-exit")) {
            region.signIn("region", "demo2026");
            region.open("/monitoring/campaigns/" + campaign);
            region.submit(By.id("to-CLOSED"));
            region.submit(By.id("to-PUBLISHED"));
            assertThat(region.text(By.id("campaign-status"))).contains("опубликован");
            region.open("/risk/questionnaires?year=" + year);
            region.upload(By.id("levels-file"), levels);
            region.submit(By.id("levels-button"));
            assertThat(region.text(By.id("recomputed"))).isNotBlank();
            region.open("/identification");
            region.script("document.getElementById('run-year').value = '" + year + "'");
            region.submit(By.id("run-button"));
            region.submit(By.id("confirm"));
            region.open(status);
            assertThat(region.text(By.id("state"))).contains("к выходу по правилу");
            assertThat(region.text(By.id("history")))
                    .contains("не низкие")
                    .contains("Выбранные риски не выше среднего уровня")
                    .contains("Итоговый мониторинг: цели достигнуты")
                    .contains("«Доля педагогов, прошедших КПК по выявленным дефицитам, %» — 85");
            region.script("document.getElementById('history').scrollIntoView()");
            region.screenshot("exit-pending");
            region.type(By.id("reason"), "Приказ министерства № 640: цели программы достигнуты");
            region.submit(By.id("move-button"));
            assertThat(region.text(By.id("state"))).contains("вышла из статуса");
            region.screenshot("exited");
        }
    }

    /** The region sets an indicator's target for the cohort (a new version of its set, with the reason). */
    private static void target(Browser region, String code, String name, String target, String formula) {
        region.open("/monitoring/indicators");
        region.type(By.id("code"), code);
        region.type(By.id("name"), name);
        region.script("document.getElementById('direction').value = 'LOWER_IS_BETTER'");
        region.type(By.id("target"), target);
        region.type(By.id("formula"), formula);
        region.type(By.id("riskFactor"), "FAILURE_RISK_SHARE");
        region.type(By.id("mechanismPosition"), "4");
        region.type(By.id("reason"), "Цель когорты для выхода из статуса — ниже порога низких результатов");
        region.submit(By.id("save-indicator"));
        assertThat(region.text(By.id("saved"))).isNotBlank();
    }

    private int cohortYear() {
        return jdbc.sql("select max(year) from support.cohort")
                .query(Integer.class)
                .single();
    }
}
