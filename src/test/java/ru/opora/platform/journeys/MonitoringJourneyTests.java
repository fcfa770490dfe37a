package ru.opora.platform.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A monitoring campaign in the browser on the demo region (issue #17): the region creates and opens
 * an intermediate campaign, the school enters its values with evidence, the curator returns one and
 * confirms the rest, the school corrects the returned value, the region closes and publishes the
 * campaign and reads the ШНОР against the region's other schools. Screenshots under
 * {@code target/screenshots/monitoring-*}.
 */
@org.springframework.boot.test.context.SpringBootTest(
        webEnvironment = org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opora.demo.enabled=true", "opora.demo.results=true", "opora.embedded-db.database=opora_full_demo"
        })
class MonitoringJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ru.opora.identity.TestUsers users;

    @Autowired
    ru.opora.orgunits.OrgUnits orgUnits;

    UUID campaign;

    @AfterEach
    void removeTheCampaign() {
        if (campaign != null)
            jdbc.sql("delete from monitoring.campaign where id = ?")
                    .param(campaign)
                    .update();
    }

    @Test
    void theRegionOpensACampaignTheSchoolReportsTheCuratorChecksTheRegionPublishes() {
        int year = jdbc.sql("select max(cohort_year) from monitoring.campaign")
                .query(Integer.class)
                .single();
        // a ШНОР of the cohort that the demo curator follows, and its director
        UUID school = jdbc.sql("""
                        select cs.school_id from support.cohort_school cs
                        where cs.year = ? and cs.school_id in (
                            select s.org_unit_id from identity.user_scope s join identity.user_account a on a.id = s.user_account
                            where a.username = 'curator'
                            union select school_id from support.assignment where curator = 'curator' and ended_at is null)
                        order by cs.school_path limit 1""").param(year).query(UUID.class).single();
        String directorLogin = users.create(
                ru.opora.identity.Role.SCHOOL_ADMIN, orgUnits.find(school).orElseThrow());

        try (var region = new Browser(port, "monitoring-region")) {
            region.signIn("region", "demo2026");
            region.open("/monitoring");
            region.script("document.getElementById('kind').value = 'INTERMEDIATE'");
            region.script("document.getElementById('cohortYear').value = '" + year + "'");
            region.script("document.getElementById('opensOn').value = '" + (year + 1) + "-02-01'");
            region.script("document.getElementById('dueOn').value = '" + (year + 1) + "-02-20'");
            region.screenshot("new-campaign");
            region.submit(By.id("create"));
            campaign = UUID.fromString(
                    region.currentPath().substring(region.currentPath().lastIndexOf('/') + 1));
            assertThat(region.text(By.id("campaign-status"))).contains("черновик");
            region.submit(By.id("to-OPEN"));
            assertThat(region.text(By.id("campaign-status"))).contains("открыт для ввода");
            region.screenshot("opened");
        }
        String form = "/monitoring/campaigns/" + campaign + "/schools/" + school;

        try (var browser = new Browser(port, "monitoring-school")) {
            var director = browser;
            director.signIn(directorLogin, ru.opora.identity.TestUsers.PASSWORD);
            director.open(form);
            director.type(By.id("value_KPK"), "140");
            director.type(By.id("value_PARENTS"), "55");
            director.type(By.id("evidence_PARENTS"), "https://school.example/parents.pdf");
            director.type(By.id("value_DEBT"), "2");
            director.type(By.id("value_OLYMPIAD"), "18");
            director.submit(By.id("save-values"));
            assertThat(director.text(By.id("problems"))).contains("«140» — не процент");
            director.screenshot("refused");
            director.type(By.id("value_KPK"), "40");
            director.submit(By.id("save-values"));
            assertThat(director.text(By.id("saved"))).contains("переданы на проверку");
            director.screenshot("entered");
        }

        try (var curator = new Browser(port, "monitoring-curator")) {
            curator.signIn("curator", "demo2026");
            curator.open(form);
            curator.type(By.id("comment-KPK"), "Приложите удостоверения о КПК");
            curator.submit(By.id("reject-KPK"));
            for (String indicator : new String[] {"PARENTS", "DEBT", "OLYMPIAD"})
                curator.submit(By.id("confirm-" + indicator));
            assertThat(curator.text(By.id("row-KPK"))).contains("возвращено").contains("Приложите удостоверения о КПК");
            curator.screenshot("checked");
        }

        try (var browser = new Browser(port, "monitoring-school-corrects")) {
            var director = browser;
            director.signIn(directorLogin, ru.opora.identity.TestUsers.PASSWORD);
            director.open(form);
            director.type(By.id("value_KPK"), "42");
            director.type(By.id("evidence_KPK"), "https://school.example/kpk.pdf");
            director.submit(By.id("save-values"));
            assertThat(director.text(By.id("row-KPK"))).contains("на проверке");
            director.screenshot("corrected");
        }

        try (var region = new Browser(port, "monitoring-published")) {
            region.signIn("region", "demo2026");
            region.open("/monitoring/campaigns/" + campaign);
            region.submit(By.id("to-CLOSED"));
            region.submit(By.id("to-PUBLISHED"));
            assertThat(region.text(By.id("campaign-status"))).contains("опубликован");
            assertThat(region.text(By.id("comparison"))).contains("Доля отметок «2» по ВПР, %");
            region.screenshot("published");
            region.open("/monitoring/schools/" + school);
            assertThat(region.text(By.id("dynamics"))).contains("Доля педагогов, прошедших КПК");
            region.screenshot("dynamics");
        }
    }
}
