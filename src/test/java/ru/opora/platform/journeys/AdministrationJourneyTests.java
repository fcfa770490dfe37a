package ru.opora.platform.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The region administrator's tools of issue #14 in a browser: an API token created and shown once,
 * the region's background jobs, the preview of a scale correction (nothing applied: the demo's
 * figures stay for the other journeys), the withdrawal form and the own-password page.
 */
@JourneyTest
class AdministrationJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRegionAdministratorCreatesATokenAndPreviewsAScaleCorrection() {
        UUID assessment = jdbc.sql("""
                        select id from assessments.assessment where kind = 'VPR'
                        order by year desc, grade, subject_code limit 1""").query(UUID.class).single();
        try (var browser = new Browser(port, "region-administration")) {
            browser.signIn("region", "demo2026");

            browser.open("/admin/tokens");
            new Select(browser.waitFor(By.id("token-user"))).selectByIndex(0);
            browser.type(By.id("token-name"), "Выгрузка в региональную систему");
            browser.type(By.id("token-days"), "30");
            browser.submit(By.id("create-token"));
            assertThat(browser.text(By.id("token-secret"))).startsWith("opora_");
            browser.screenshot("token-shown-once");
            browser.open("/admin/tokens");
            assertThat(browser.all(By.id("token-secret"))).as("shown once").isEmpty();
            assertThat(browser.text(By.id("tokens"))).contains("Выгрузка в региональную систему");

            browser.open("/admin/jobs");
            browser.waitFor(By.tagName("h1"));
            browser.screenshot("jobs");

            browser.open("/results/catalogue/" + assessment + "/scale");
            browser.submit(By.id("preview-scale"));
            assertThat(browser.text(By.id("scale-preview"))).contains("отметка изменится у 0");
            browser.screenshot("scale-preview");

            browser.open("/results/import");
            assertThat(browser.text(By.id("withdraw"))).contains("Отзыв результатов");
            browser.screenshot("withdraw-form");

            browser.open("/account/password");
            browser.waitFor(By.tagName("h1"));
            browser.screenshot("own-password");
        }
    }
}
