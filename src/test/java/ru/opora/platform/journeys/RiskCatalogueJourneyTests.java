package ru.opora.platform.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A region admin changes an indicator's threshold, tries it on a school (nothing saved yet), saves
 * it with a reason, and the school's profile and explanation change; the school's director then
 * sees the new level and chooses the risk in the self-diagnosis.
 */
@JourneyTest
class RiskCatalogueJourneyTests {

    static final int YEAR = 2041;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aThresholdChangeIsTriedSavedAndChangesTheProfile() {
        for (String table : List.of(
                "catalogue", "questionnaire", "response_summary", "imported_level", "profile", "self_diagnosis"))
            jdbc.sql("delete from risk." + table + " where cohort_year = ?")
                    .param(YEAR)
                    .update();
        var school = jdbc.sql("select id, path from orgunits.org_unit where kind = 'SCHOOL' order by code limit 1")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
                .single();
        UUID id = UUID.fromString(school.get(0));
        // the director's answers: 40 % of classrooms equipped, 50 Mbit/s, a library
        jdbc.sql("""
                        insert into risk.response_summary (school_id, school_path, cohort_year, kind, respondents, expected,
                            aggregates, source, loaded_by)
                        values (?, ?, ?, 'DIRECTOR', 1, 1, '{"D_01": 40, "D_02": 50, "D_03_yes": 100, "D_03_no": 0}', 'AGGREGATES', 'test')""").params(id, school.get(1), YEAR).update();

        try (var browser = new Browser(port, "region-admin-risk-threshold")) {
            browser.signIn("region", "demo2026");
            browser.open("/risk/catalogue?year=" + YEAR);
            browser.submit(By.id("recompute"));
            browser.open("/risk/schools/" + id + "?year=" + YEAR);
            assertThat(browser.text(By.id("factor-EQUIPMENT")))
                    .contains("Средний")
                    .contains("1 из 3");
            browser.screenshot("profile-before");

            browser.open("/risk/catalogue?year=" + YEAR);
            browser.click(By.id("edit-EQUIPMENT"));
            browser.type(By.id("threshold-1"), "60"); // internet: risk at ≤ 60 Mbit/s instead of ≤ 10
            browser.script("document.getElementById('school').value = '" + id + "'");
            browser.click(By.id("try-button"));
            assertThat(browser.text(By.id("try-result")))
                    .contains("не сохранён")
                    .contains("2 из 3");
            assertThat(browser.text(By.id("try-level"))).isEqualTo("Высокий");
            assertThat(browser.text(By.id("try-current"))).contains("Средний");
            browser.screenshot("tried");

            browser.click(By.id("save-factor"));
            assertThat(browser.text(By.id("problems"))).contains("Укажите причину изменения");
            browser.type(By.id("reason"), "Решение рабочей группы: медленный интернет — риск");
            browser.click(By.id("save-factor"));
            assertThat(browser.text(By.id("saved")))
                    .contains("Сохранена версия 2")
                    .contains("изменились профили");
            assertThat(browser.text(By.id("versions"))).contains("Решение рабочей группы");
            browser.screenshot("saved");

            browser.open("/risk/schools/" + id + "?year=" + YEAR);
            String explanation = browser.text(By.id("factor-EQUIPMENT"));
            assertThat(explanation).contains("Высокий").contains("2 из 3").contains("≤ 60");
            assertThat(browser.text(By.id("history"))).contains("изменён каталог");
            browser.screenshot("profile-after");
        }
    }
}
