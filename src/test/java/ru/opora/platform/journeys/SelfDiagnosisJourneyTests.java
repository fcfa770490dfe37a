package ru.opora.platform.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A school's director fills in the director's questionnaire, reads the profile it gives, chooses
 * too many risks and is refused, chooses three leaving out a high one and is warned; the curator
 * reads the choice and comments, and the director sees the comment.
 */
@JourneyTest
class SelfDiagnosisJourneyTests {

    static final int YEAR = 2042;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoCohortYears cohortYears;

    @Test
    void theDirectorChoosesRisksAndTheCuratorComments() {
        for (String table : List.of(
                "catalogue", "questionnaire", "response_summary", "imported_level", "profile", "self_diagnosis"))
            jdbc.sql("delete from risk." + table + " where cohort_year = ?")
                    .param(YEAR)
                    .update();
        UUID id = jdbc.sql("""
                        select s.org_unit_id from identity.user_account u
                        join identity.user_scope s on s.user_account = u.id where u.username = 'school'""").query(UUID.class).single();
        String profile = "/risk/schools/" + id + "?year=" + YEAR;
        cohortYears.open(YEAR);

        try (var browser = new Browser(port, "school-self-diagnosis")) {
            browser.signIn("school", "demo2026");
            browser.open("/risk");
            assertThat(browser.currentPath()).startsWith("/risk/schools/" + id);
            browser.open(profile);
            browser.click(By.id("open-director"));
            // poor equipment, vacancies, weak teachers, no methodical work and no individual routes
            var answers = Map.of(
                    "a_D_01", "30", "a_D_02", "5", "a_D_04", "3", "a_D_05", "40", "a_D_06", "50", "a_D_13", "60");
            answers.forEach((field, value) -> browser.type(By.id(field), value));
            for (String no : List.of("a_D_03", "a_D_08", "a_D_12"))
                browser.script("document.getElementById('" + no + "').value = 'no'");
            for (String yes : List.of("a_D_09", "a_D_10"))
                browser.script("document.getElementById('" + yes + "').value = 'yes'");
            browser.type(By.id("a_D_11"), "150"); // out of range first
            browser.click(By.id("save-director"));
            assertThat(browser.text(By.id("problems"))).contains("D_11").contains("150");
            browser.screenshot("director-out-of-range");
            browser.type(By.id("a_D_11"), "12");
            browser.click(By.id("save-director"));
            assertThat(browser.currentPath()).startsWith("/risk/schools/" + id);
            assertThat(browser.text(By.id("factor-EQUIPMENT")))
                    .contains("Высокий")
                    .contains("3 из 3");
            assertThat(browser.text(By.id("factor-INTERNAL_PD"))).contains("Высокий");
            browser.screenshot("profile");

            browser.click(By.id("open-self-diagnosis"));
            for (String f : List.of("EQUIPMENT", "STAFF_SHORTAGE", "TEACHER_COMPETENCE", "INTERNAL_PD")) {
                browser.click(By.id("actual_" + f));
                browser.click(By.id("selected_" + f));
            }
            browser.type(By.id("measures_EQUIPMENT"), "Заявка учредителю на интерактивные панели для 6 кабинетов");
            browser.click(By.id("save-self"));
            assertThat(browser.text(By.id("problems"))).contains("Выбрано больше 3 рисков");
            browser.screenshot("too-many");

            browser.click(By.id("selected_INTERNAL_PD"));
            browser.click(By.id("save-self"));
            assertThat(browser.text(By.id("saved"))).isNotBlank();
            assertThat(browser.text(By.id("warnings"))).contains("внутришкольной системы");
            browser.screenshot("saved-with-warning");
        }

        try (var browser = new Browser(port, "curator-self-diagnosis")) {
            browser.signIn("curator", "demo2026");
            browser.open("/risk/schools/" + id + "/self-diagnosis?year=" + YEAR);
            assertThat(browser.all(By.id("save-self"))).isEmpty();
            browser.type(By.id("comment"), "Согласен с выбором; методическую работу обсудим на визите 5 декабря");
            browser.click(By.id("save-comment"));
            assertThat(browser.text(By.id("curator-comment"))).contains("визите 5 декабря");
            browser.screenshot("commented");
        }

        try (var browser = new Browser(port, "school-reads-curator-comment")) {
            browser.signIn("school", "demo2026");
            browser.open("/risk/schools/" + id + "/self-diagnosis?year=" + YEAR);
            assertThat(browser.text(By.id("curator-comment"))).contains("визите 5 декабря");
            browser.screenshot("comment-read");
        }
    }
}
