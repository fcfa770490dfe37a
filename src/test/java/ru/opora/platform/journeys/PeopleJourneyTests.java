package ru.opora.platform.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Teachers in the browser on the demo region (issue #18): the school sees its teachers, their
 * deficits and courses and a teacher's recommended courses; a coordinator sees the same school
 * without names, the municipal methodist with them, the M4 shares and the loop of a school with its
 * before/after figures; the demo teacher signs in and opens only her own classes' results. Screenshots under
 * {@code target/screenshots/people-*}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opora.demo.enabled=true", "opora.demo.results=true", "opora.embedded-db.database=opora_full_demo"
        })
class PeopleJourneyTests {

    @LocalServerPort
    int port;

    @Test
    void theSchoolTheMethodistAndTheTeacherEachSeeTheirShareOfTheStaff() {
        String school;
        try (var director = new Browser(port, "people-school")) {
            director.signIn("school", "demo2026");
            director.click(By.linkText("Педагоги"));
            assertThat(director.text(By.id("teachers"))).contains("Новикова Анна Игоревна");
            assertThat(director.text(By.id("classes"))).contains("5А").contains("Математика");
            director.screenshot("teachers");
            school = director.currentPath();
        }
        try (var coordinator = new Browser(port, "people-coordinator")) {
            coordinator.signIn("municipal", "demo2026");
            coordinator.open(school);
            assertThat(coordinator.text(By.id("teachers")))
                    .contains("Педагог 1")
                    .doesNotContain("Новикова");
            coordinator.screenshot("anonymous");
            coordinator.open("/pupils");
            coordinator.screenshot("pupil-counts");
            assertThat(coordinator.text(By.id("pupil-counts"))).contains("Гимназия № 1");
        }
        try (var methodist = new Browser(port, "people-methodist")) {
            methodist.signIn("mmethodist", "demo2026");
            methodist.open("/people");
            assertThat(methodist.text(By.id("staff")))
                    .contains("Гимназия № 1")
                    .containsPattern("\\d+ \\(\\d+,\\d %\\)");
            methodist.screenshot("overview");
            methodist.open(school);
            assertThat(methodist.text(By.id("teachers"))).contains("Новикова Анна Игоревна");
            methodist.screenshot("named");
        }
        try (var director = new Browser(port, "people-development")) {
            director.signIn("school", "demo2026");
            director.open(school);
            assertThat(director.text(By.id("teachers"))).contains("Задачи на проценты");
            assertThat(director.text(By.id("courses"))).contains("ИРО Приозёрской области");
            director.click(By.linkText("Новикова Анна Игоревна"));
            assertThat(director.text(By.id("recommended"))).contains("дефицит «");
            assertThat(director.text(By.id("skills")))
                    .contains("Диагностика предметных компетенций учителей математики");
            director.screenshot("teacher-card");
            director.open(school + "/mentoring");
            assertThat(director.text(By.id("pairs")))
                    .contains("молодой специалист")
                    .contains("ИОМ: выполнено");
            assertThat(director.text(By.id("observation-list"))).contains("наставничество");
            director.screenshot("mentoring");
            // pupils at risk: the school decides a suggestion with its basis; a coordinator sees counts only
            director.click(By.linkText("Группа риска"));
            assertThat(director.text(By.id("suggestions"))).contains("«2» по ВПР");
            director.click(By.cssSelector("#suggestions tbody tr:first-child button[value=confirm]"));
            director.waitFor(By.id("saved"));
            assertThat(director.text(By.id("decisions"))).contains("в группе риска");
            director.screenshot("pupils");
        }
        try (var methodist = new Browser(port, "people-loop")) {
            methodist.signIn("mmethodist", "demo2026");
            methodist.open("/people");
            methodist.click(By.id("training-link"));
            methodist.waitFor(By.id("total"));
            methodist.open("/people/training?year=2025");
            assertThat(methodist.text(By.id("total"))).contains("ШНОР: обучены").contains("Остальные школы");
            assertThat(methodist.text(By.id("skills"))).isNotEmpty();
            methodist.screenshot("training");
            methodist.open("/people/loop");
            assertThat(methodist.text(By.id("loop-schools"))).contains("Школа");
            methodist.screenshot("overview-loop");
            methodist.click(By.cssSelector("#loop-schools tbody tr:first-child a"));
            methodist.waitFor(By.id("loop-chart"));
            assertThat(methodist.text(By.id("main")))
                    .contains("Задания ниже порога")
                    .contains("Классы этих учителей")
                    .containsPattern("лучше региона|как регион|хуже региона");
            methodist.screenshot("loop-page");
        }
        try (var teacher = new Browser(port, "people-teacher")) {
            teacher.signIn("teacher", "demo2026");
            teacher.click(By.linkText("Мои классы"));
            assertThat(teacher.text(By.id("my-classes")))
                    .contains("5А")
                    .contains("7А")
                    .doesNotContain("8А");
            teacher.screenshot("mine");
            teacher.click(By.id("development-link"));
            assertThat(teacher.text(By.id("recommended"))).contains("дефицит «");
            teacher.screenshot("development");
            teacher.open("/people/mine");
            teacher.click(By.partialLinkText("Математика, 5 класс"));
            assertThat(teacher.text(By.id("main"))).contains("5А");
            teacher.screenshot("class");
            teacher.open(teacher.currentPath().replaceAll("/classes/.*", ""));
            assertThat(teacher.text(By.id("main"))).doesNotContain("Доля отметок");
            teacher.open("/people/loop");
            assertThat(teacher.text(By.id("main")))
                    .doesNotContain("Слабых умений")
                    .doesNotContain("Новикова");
        }
    }
}
