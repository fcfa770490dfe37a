package ru.opora.platform.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The methodical side of coordination in the browser on the demo region (issue #20): the
 * municipality plans a monthly seminar; the demo school registers three teachers; the municipality
 * marks who came; the «mentor» school shares a practice on a risk the demo ШНОР chose, the
 * municipality approves and publishes it, and the ШНОР finds it on its plan page. Screenshots under
 * {@code target/screenshots/methodics-*}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opora.demo.enabled=true", "opora.embedded-db.database=opora_demo"})
class MethodicsJourneyTests {

    static final int YEAR = 2044;

    static final String SEMINAR = "Семинар «Формирующее оценивание на уроках математики»";

    static final String PRACTICE = "Школьная мастерская по оснащению кабинетов своими силами";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoCohortYears cohortYears;

    @Test
    void aSeminarIsAttendedAndAPublishedPracticeReachesTheShnor() {
        UUID school = jdbc.sql("""
                        select s.org_unit_id from identity.user_account u
                        join identity.user_scope s on s.user_account = u.id where u.username = 'school'""").query(UUID.class).single();
        jdbc.sql("delete from risk.self_diagnosis where cohort_year = ?")
                .param(YEAR)
                .update();
        cohortYears.open(YEAR);
        String event = seminar();
        try (var director = new Browser(port, "methodics-school")) {
            director.signIn("school", "demo2026");
            director.open(event);
            director.type(By.id("participants"), "3");
            director.type(By.id("positions"), "учителя математики");
            director.submit(By.id("register"));
            assertThat(director.text(By.id("registrations"))).contains("учителя математики");
            director.screenshot("registered");
            // the ШНОР chooses the risk of equipment in its self-diagnosis of the year
            director.open("/risk/schools/" + school + "/self-diagnosis?year=" + YEAR);
            director.script("document.getElementById('actual_EQUIPMENT').checked = true;"
                    + "document.getElementById('selected_EQUIPMENT').checked = true;");
            director.submit(By.id("save-self"));
        }
        try (var municipality = new Browser(port, "methodics-attendance")) {
            municipality.signIn("municipal", "demo2026");
            municipality.open(event);
            municipality.script("document.getElementById('attendance-date').value = '" + LocalDate.now() + "'");
            municipality.script("document.querySelector('#attendance-form input[type=number]').value = '2'");
            municipality.submit(By.id("mark-attendance"));
            assertThat(municipality.text(By.id("registrations"))).contains("2");
            municipality.script("document.getElementById('registration').scrollIntoView()");
            municipality.screenshot("attendance");
        }
        String practice = sharePractice();
        try (var municipality = new Browser(port, "methodics-moderation")) {
            municipality.signIn("municipal", "demo2026");
            municipality.click(By.linkText("Мероприятия и практики"));
            municipality.click(By.linkText("Банк практик"));
            assertThat(municipality.text(By.id("queue"))).contains(PRACTICE);
            municipality.open(practice);
            municipality.submit(By.id("do-APPROVE"));
            municipality.submit(By.id("do-PUBLISH"));
            assertThat(municipality.text(By.id("state"))).contains("опубликована");
            municipality.screenshot("published");
        }
        try (var director = new Browser(port, "methodics-plan")) {
            director.signIn("school", "demo2026");
            director.open("/planning/schools/" + school + "?year=" + YEAR);
            assertThat(director.text(By.id("matching-practices")))
                    .contains(PRACTICE)
                    .contains("+22,0");
            director.script("document.getElementById('practices').scrollIntoView()");
            director.screenshot("plan-page");
            director.click(By.linkText(PRACTICE));
            assertThat(director.text(By.id("effect"))).contains("было 31,0, стало 53,0");
            director.screenshot("practice");
        }
        // cancelling asks first (the journey answers yes); the event stays in the plan, struck out
        try (var municipality = new Browser(port, "methodics-cancel")) {
            municipality.signIn("municipal", "demo2026");
            municipality.open(event);
            municipality.submit(By.id("cancel-event"));
            assertThat(municipality.text(By.id("cancelled"))).contains("Мероприятие отменено");
        }
    }

    /** The municipality plans a monthly seminar from today; returns its page. */
    private String seminar() {
        try (var municipality = new Browser(port, "methodics-seminar")) {
            municipality.signIn("municipal", "demo2026");
            municipality.click(By.linkText("Мероприятия и практики"));
            municipality.waitFor(By.id("month"));
            municipality.screenshot("calendar");
            municipality.script("document.getElementById('event-date').value = '" + LocalDate.now() + "';"
                    + "document.getElementById('event-start').value = '00:05';"
                    + "document.getElementById('event-end').value = '01:30';"
                    + "document.getElementById('event-periodicity').value = 'MONTHLY';"
                    + "document.getElementById('event-until').value = '"
                    + LocalDate.now().plusMonths(5) + "';"
                    + "document.getElementById('audience-SHNOR_SCHOOLS').checked = true;"
                    + "document.getElementById('audience-TEACHERS').checked = true;");
            municipality.type(By.id("event-title"), SEMINAR);
            municipality.type(By.id("event-place"), "ИМЦ, ауд. 12");
            municipality.submit(By.id("create-event"));
            assertThat(municipality.text(By.id("periodicity"))).contains("ежемесячно");
            municipality.screenshot("seminar");
            return municipality.currentPath();
        }
    }

    /** The mentor school shares a practice on the equipment risk; returns its page. */
    private String sharePractice() {
        try (var mentor = new Browser(port, "methodics-mentor")) {
            mentor.signIn("mentor", "demo2026");
            mentor.click(By.linkText("Мероприятия и практики"));
            mentor.click(By.linkText("Банк практик"));
            mentor.type(By.id("practice-title"), PRACTICE);
            mentor.type(By.id("practice-subject"), "Физика");
            mentor.type(By.id("practice-indicator"), "Доля лабораторных работ, выполненных на оборудовании, %");
            mentor.type(By.id("practice-before"), "31");
            mentor.type(By.id("practice-after"), "53");
            mentor.click(By.id("practice-risk-EQUIPMENT"));
            mentor.type(By.id("practice-problem"), "Кабинет физики не оснащён для лабораторных работ");
            mentor.type(By.id("practice-solution"), "Ученики и учителя собрали комплекты из доступных материалов");
            mentor.submit(By.id("submit-practice"));
            assertThat(mentor.text(By.id("state"))).contains("на модерации");
            mentor.screenshot("submitted");
            return mentor.currentPath();
        }
    }
}
