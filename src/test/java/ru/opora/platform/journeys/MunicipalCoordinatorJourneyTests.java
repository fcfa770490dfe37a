package ru.opora.platform.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A municipal coordinator sees only their municipality and its schools, and the menu of their role. */
@JourneyTest
class MunicipalCoordinatorJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void coordinatorSeesOnlyTheirSchools() {
        long own = jdbc.sql(
                        "select count(*) from orgunits.org_unit s join orgunits.org_unit m on m.id = s.parent_id where m.code = '01'")
                .query(Long.class)
                .single();
        try (var browser = new Browser(port, "municipal-coordinator")) {
            browser.signIn("municipal", "demo2026");
            assertThat(browser.text(By.cssSelector("nav")))
                    .contains("Школы")
                    .doesNotContain("Пользователи")
                    .doesNotContain("Загрузка реестра");
            browser.screenshot("home");

            browser.open("/municipalities");
            var rows = browser.all(By.cssSelector("#municipalities tbody tr"));
            assertThat(rows).hasSize(1);
            assertThat(rows.getFirst().getText()).contains("Городской округ Приозёрск");
            browser.screenshot("municipalities");

            browser.open("/schools");
            assertThat(browser.text(By.cssSelector(".actions"))).contains("Найдено школ: " + own);
            assertThat(browser.all(By.cssSelector("#schools tbody tr td:nth-child(3)")))
                    .extracting(WebElement::getText)
                    .containsOnly("Городской округ Приозёрск");
            browser.screenshot("schools");

            String foreign = jdbc.sql(
                            "select s.id::text from orgunits.org_unit s join orgunits.org_unit m on m.id = s.parent_id where m.code = '02' limit 1")
                    .query(String.class)
                    .single();
            browser.open("/schools/" + foreign);
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Доступ запрещён");
            browser.screenshot("foreign-school-refused");
        }
    }
}
