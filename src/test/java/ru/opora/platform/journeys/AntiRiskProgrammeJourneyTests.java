package ru.opora.platform.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.planning.execution.OverdueCheck;

/**
 * The journey: a school admin writes and submits an anti-risk programme, the region assigns
 * an expert, the expert returns it with a remark on a measure, the school sees the remark beside the
 * measure, fixes it and resubmits, the expert accepts, the school starts implementation, and after
 * the daily check the curator sees the measure overdue.
 */
@JourneyTest
class AntiRiskProgrammeJourneyTests {

    static final int YEAR = 2043;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoCohortYears cohortYears;

    @Autowired
    OverdueCheck overdue;

    @Test
    void aProgrammeIsReturnedFixedAcceptedAndItsMeasureGoesOverdue() {
        UUID school = jdbc.sql("""
                        select s.org_unit_id from identity.user_account u
                        join identity.user_scope s on s.user_account = u.id where u.username = 'school'""").query(UUID.class).single();
        jdbc.sql("delete from planning.document where school_id = ? and cohort_year = ?")
                .params(school, YEAR)
                .update();
        jdbc.sql("delete from planning.job_run where day = ?")
                .param(LocalDate.of(YEAR, 10, 2))
                .update();
        cohortYears.open(YEAR);
        jdbc.sql("delete from risk.self_diagnosis where cohort_year = ?")
                .param(YEAR)
                .update();
        String plan = "/planning/schools/" + school + "?year=" + YEAR;

        try (var browser = new Browser(port, "school-anti-risk-programme")) {
            browser.signIn("school", "demo2026");
            browser.open("/risk/schools/" + school + "/self-diagnosis?year=" + YEAR);
            browser.click(By.id("actual_EQUIPMENT"));
            browser.click(By.id("selected_EQUIPMENT"));
            browser.submit(By.id("save-self"));
            browser.waitFor(By.id("saved"));
            browser.open(plan);
            browser.screenshot("plan");
            assertThat(browser.text(By.id("plan-gaps"))).contains("нет антирисковой программы");
            browser.click(By.id("write-EQUIPMENT"));

            browser.type(By.id("section_goal"), "Обеспечить кабинеты техникой для уроков с цифровыми ресурсами");
            browser.type(By.id("section_monitoring"), "Ежеквартальная сверка оснащения, посещение уроков");
            browser.type(By.id("task_text_0"), "Оснастить кабинеты начальной школы");
            browser.type(By.id("m_task_0"), "1");
            browser.type(By.id("m_title_0"), "Заявка учредителю на интерактивные панели");
            browser.script("document.getElementById('m_due_0').value = '" + YEAR + "-10-01'");
            browser.type(By.id("i_name_0"), "Доля кабинетов с работающей техникой");
            browser.type(By.id("i_unit_0"), "%");
            browser.type(By.id("i_baseline_0"), "38");
            browser.type(By.id("i_target_0"), "80");
            browser.click(By.id("save-submit"));
            assertThat(browser.text(By.id("problems"))).contains("устраните пробелы");
            assertThat(browser.text(By.id("gaps"))).contains("нет ответственного");
            browser.screenshot("gap-refused");
            browser.click(By.id("edit"));
            browser.type(By.id("m_responsible_0"), "Завхоз");
            browser.click(By.id("save-submit"));
            assertThat(browser.text(By.id("status"))).isEqualTo("Отправлен на экспертизу");
            browser.screenshot("submitted");
        }
        String document = jdbc.sql("select id from planning.document where school_id = ? and cohort_year = ?")
                .params(school, YEAR)
                .query(String.class)
                .single();

        assignExpert(document, "region-assigns-expert");
        try (var browser = new Browser(port, "expert-returns-programme")) {
            browser.signIn("expert", "demo2026");
            browser.open("/planning/reviews");
            // each document by its kind as well as its title: an anti-risk programme is named after its risk
            assertThat(browser.text(By.id("review-list"))).contains("Антирисковая программа");
            browser.click(By.cssSelector(".review-link"));
            scoreAll(browser, 1);
            browser.type(By.id("remark_3"), "Ответственный — должность и ФИО, не «завхоз»");
            browser.script("document.getElementById('verdict').value = 'ACCEPTED'");
            browser.click(By.id("complete-review"));
            assertThat(browser.text(By.id("problems"))).contains("мягче, чем позволяют баллы");
            // the refused review keeps what the expert wrote
            assertThat(browser.waitFor(By.id("remark_3")).getDomProperty("value"))
                    .contains("не «завхоз»");
            assertThat(browser.waitFor(By.id("score_PROFILE")).getDomProperty("value"))
                    .isEqualTo("1");
            browser.script("document.getElementById('verdict').value = 'RETURNED_FOR_REVISION'");
            browser.screenshot("review");
            browser.click(By.id("complete-review"));
            assertThat(browser.text(By.id("done"))).isNotBlank();
        }

        try (var browser = new Browser(port, "school-fixes-programme")) {
            browser.signIn("school", "demo2026");
            browser.open("/planning/documents/" + document);
            assertThat(browser.text(By.id("status"))).isEqualTo("Возвращён на доработку");
            // the verdict reads as what happened, by the expert's name rather than a login
            assertThat(browser.text(By.id("main")))
                    .contains("Возвращено на доработку — ")
                    .doesNotContain("— expert");
            assertThat(browser.text(By.cssSelector("table.measures tbody tr"))).contains("не «завхоз»");
            browser.screenshot("remark-beside-measure");
            browser.click(By.id("edit"));
            browser.type(By.id("m_responsible_0"), "Заместитель директора по АХЧ Иванов И. И.");
            browser.click(By.id("save-submit"));
            assertThat(browser.text(By.id("status"))).isEqualTo("Отправлен на экспертизу");
            browser.click(By.id("diff"));
            assertThat(browser.text(By.id("changes")))
                    .contains("изменено")
                    .contains("Завхоз")
                    .contains("Иванов И. И.");
            browser.screenshot("diff");
        }

        assignExpert(document, "region-assigns-expert-again");
        try (var browser = new Browser(port, "expert-accepts-programme")) {
            browser.signIn("expert", "demo2026");
            browser.open("/planning/reviews");
            browser.click(By.cssSelector("#review-list tbody tr:first-child .review-link"));
            scoreAll(browser, 2);
            browser.script("document.getElementById('verdict').value = 'ACCEPTED'");
            browser.click(By.id("complete-review"));
            assertThat(browser.text(By.id("done"))).isNotBlank();
        }

        try (var browser = new Browser(port, "school-starts-programme")) {
            browser.signIn("school", "demo2026");
            browser.open("/planning/documents/" + document);
            assertThat(browser.text(By.id("status"))).isEqualTo("Утверждён");
            browser.submit(By.id("do-START"));
            assertThat(browser.text(By.id("status"))).isEqualTo("Реализуется");
            browser.open("/planning/documents/" + document + "/measures");
            assertThat(browser.text(By.id("execution"))).contains("Запланировано");
            browser.screenshot("in-implementation");
        }

        assertThat(overdue.runOnce(LocalDate.of(YEAR, 10, 2))).hasSize(1);
        assertThat(overdue.runOnce(LocalDate.of(YEAR, 10, 2)))
                .as("a second node skips the day")
                .isEmpty();

        try (var browser = new Browser(port, "curator-sees-overdue")) {
            browser.signIn("curator", "demo2026");
            browser.open("/planning/measures?overdue=true");
            assertThat(browser.text(By.id("measure-list")))
                    .contains("Заявка учредителю на интерактивные панели")
                    .contains("Просрочено");
            browser.screenshot("overdue");
        }
        assertThat(jdbc.sql(
                                "select transition from planning.document_event where document_id = cast(? as uuid) order by id")
                        .param(document)
                        .query(String.class)
                        .list())
                .isEqualTo(List.of("SUBMIT", "ASSIGN_EXPERT", "RETURN", "SUBMIT", "ASSIGN_EXPERT", "ACCEPT", "START"));
    }

    private void assignExpert(String document, String journey) {
        try (var browser = new Browser(port, journey)) {
            browser.signIn("region", "demo2026");
            browser.open("/planning/documents/" + document);
            browser.script("document.getElementById('expert').value = 'expert'");
            browser.click(By.id("assign-expert"));
            assertThat(browser.text(By.id("status"))).isEqualTo("На экспертизе");
            browser.screenshot("assigned");
        }
    }

    private static void scoreAll(Browser browser, int score) {
        browser.script("document.querySelectorAll('#criteria select').forEach(s => s.value = '" + score + "')");
    }
}
