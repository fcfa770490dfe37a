package ru.opora.platform.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.opora.identification.IdentificationFixtures;

/**
 * The region admin runs identification, reads the list and a school's reasons, tries a stricter
 * percentile and sees who would enter, confirms the list; then a curator reads why one of their
 * schools is on it.
 */
@JourneyTest
class IdentificationJourneyTests {

    static final int YEAR = 2034;

    @LocalServerPort
    int port;

    @Autowired
    IdentificationFixtures fixtures;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The demo's first seven schools of its first two municipalities, where the demo curator works. */
    private List<String> demoSchools() {
        var codes = new java.util.ArrayList<String>();
        for (String municipality : List.of("3901", "3902"))
            codes.addAll(jdbc.sql(
                            "select code from orgunits.org_unit where kind = 'SCHOOL' and code like ? order by code limit 7")
                    .param(municipality + "%")
                    .query(String.class)
                    .list());
        return codes;
    }

    @Test
    void regionAdminRunsComparesAndConfirmsAndACuratorReadsWhy() throws Exception {
        List<String> codes = demoSchools();
        var region = ru.opora.orgunits.Scope.of(
                ru.opora.orgunits.OrgPath.parse(jdbc.sql("select path from orgunits.org_unit where kind = 'REGION'")
                        .query(String.class)
                        .single()));
        for (int year : List.of(YEAR - 1, YEAR)) fixtures.load(region, codes, year, IdentificationFixtures.WEAK);
        String weak = codes.get(1);
        try (var browser = new Browser(port, "region-admin-identification")) {
            browser.signIn("region", "demo2026");
            browser.click(By.linkText("Выявление ШНОР"));
            new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("run-year")))
                    .selectByVisibleText(String.valueOf(YEAR));
            browser.click(By.id("run-button"));
            assertThat(browser.text(By.id("candidates"))).contains(weak).contains(codes.get(3));
            browser.waitFor(By.id("distribution-chart"));
            assertThat(
                            browser.script(
                                    "return Chart.getChart(document.getElementById('distribution-chart')).data.datasets[0].data.reduce((a, b) => a + b, 0)"))
                    .isEqualTo(14L);
            browser.screenshot("list");
            String run = browser.currentPath();

            browser.click(By.partialLinkText(weak));
            assertThat(browser.text(By.id("outcome"))).contains("В списке кандидатов");
            browser.screenshot("why");

            browser.open(run);
            // the confirmation reloads the page: wait until the old one is gone before reading the new
            browser.submit(By.id("confirm"));
            assertThat(browser.text(By.id("run-status"))).contains("Список утверждён");

            browser.open("/identification");
            new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("year")))
                    .selectByVisibleText(String.valueOf(YEAR));
            browser.type(By.id("vprPercentile"), "40");
            browser.click(By.id("preview-button"));
            assertThat(browser.text(By.id("preview"))).contains("вошли бы");
            assertThat(browser.all(By.cssSelector("#entering li")).size()).isPositive();
            browser.screenshot("what-if");
        }
        try (var browser = new Browser(port, "curator-identification")) {
            browser.signIn("curator", "demo2026");
            browser.click(By.linkText("Выявление ШНОР"));
            browser.click(By.linkText(String.valueOf(YEAR)));
            assertThat(browser.text(By.id("candidates"))).contains(weak).doesNotContain(codes.get(3));
            browser.click(By.partialLinkText(weak));
            assertThat(browser.text(By.id("explanation"))).contains("доля «2» по ВПР 4–8 классов — 66,7 %");
            browser.screenshot("why");
            browser.click(By.partialLinkText("Проверка выявления"));
            browser.waitFor(By.id("histogram-chart"));
            assertThat(browser.script(
                            "return Chart.getChart(document.getElementById('histogram-chart')).data.labels.length"))
                    .isEqualTo(7L);
            assertThat(browser.text(By.id("positions"))).contains("ВПР: средний первичный балл");
            browser.screenshot("evidence");
        }
    }
}
