package ru.opora.platform.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The region starts a cohort: it fills in a curator's profile, creates the cohort from the confirmed
 * ШНОР, accepts the suggested matching with its reasons, and reads every school's progress; the
 * curator then finds the school and records a visit.
 */
@JourneyTest
class CohortJourneyTests {

    static final int YEAR = 2051;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    List<Map<String, Object>> schools = List.of();

    @AfterEach
    void cleanUp() {
        for (var s : schools) {
            jdbc.sql("delete from identification.shnor_status where school_id = ?")
                    .param(s.get("id"))
                    .update();
            jdbc.sql("delete from identity.user_scope where org_unit_id = ?")
                    .param(s.get("id"))
                    .update();
        }
        jdbc.sql("delete from support.cohort where year = ?").param(YEAR).update();
        jdbc.sql("delete from support.assignment where cohort_year = ?")
                .param(YEAR)
                .update();
        jdbc.sql("delete from support.visit where curator = 'curator04'").update();
        jdbc.sql("delete from support.curator where username = 'curator04'").update();
    }

    @Test
    void theRegionStartsACohortAndTheCuratorVisits() {
        schools = jdbc.sql(
                        "select id, code, path from orgunits.org_unit where kind = 'SCHOOL' and code like '3910%' order by code limit 2")
                .query()
                .listOfRows();
        UUID region = UUID.fromString(((String) schools.getFirst().get("path")).split("/")[1]);
        for (var s : schools)
            jdbc.sql("""
                            insert into identification.shnor_status (school_id, school_path, region_id, state, source, entry_year)
                            values (?, ?, ?, 'CONFIRMED', 'REGIONAL_LIST', ?)""").params(s.get("id"), s.get("path"), region, YEAR).update();

        try (var browser = new Browser(port, "region-starts-cohort")) {
            browser.signIn("region", "demo2026");
            browser.open("/support?year=" + YEAR);
            browser.type(By.id("new-curator"), "curator04");
            browser.click(By.cssSelector("#curators form button"));
            browser.type(By.id("organisation"), "Институт развития образования");
            browser.type(By.id("caseloadLimit"), "2");
            browser.click(By.cssSelector("input[name=expertise][value=EQUIPMENT]"));
            browser.screenshot("curator-profile");
            browser.submit(By.id("save-profile"));

            browser.open("/support/cohorts");
            browser.type(By.id("year"), String.valueOf(YEAR));
            browser.type(By.id("name"), "500+ " + YEAR);
            browser.script("document.getElementById('start').value = '" + YEAR + "-09-01'");
            browser.script("document.getElementById('end').value = '" + (YEAR + 1) + "-08-31'");
            browser.click(By.id("create-cohort"));
            assertThat(browser.text(By.id("progress")))
                    .contains((String) schools.get(0).get("code"));
            browser.screenshot("cohort-created");

            browser.open("/support/matching?year=" + YEAR);
            assertThat(browser.text(By.id("suggestions")))
                    .contains((String) schools.get(1).get("code"));
            browser.screenshot("matching");
            browser.click(By.id("accept-matching"));
            assertThat(browser.text(By.id("assigned"))).contains("Назначено кураторов");
            browser.screenshot("assigned");

            browser.open("/support/cohorts/" + YEAR);
            assertThat(browser.text(By.id("calendar"))).contains("Назначение кураторов");
            browser.screenshot("progress");
        }
        String assigned = jdbc.sql("select curator from support.assignment where cohort_year = ? and school_id = ?")
                .params(YEAR, schools.getFirst().get("id"))
                .query(String.class)
                .single();

        try (var browser = new Browser(port, "curator-records-visit")) {
            browser.signIn(assigned, "demo2026");
            browser.open("/support/schools/" + schools.getFirst().get("id") + "/visits");
            browser.type(By.id("purpose"), "Первая встреча с командой школы");
            browser.type(By.id("findings"), "Команда готова; нужен план оснащения кабинетов");
            browser.click(By.id("save-visit"));
            assertThat(browser.text(By.id("visit-list"))).contains("Первая встреча с командой школы");
            browser.screenshot("visit");
        }
    }
}
