package ru.opora.platform.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Teachers in the browser on the demo region (issue #18, first part): the school sees its teachers
 * and classes; a coordinator sees the same school without names, the municipal methodist with
 * them; the demo teacher signs in and opens only her own classes' results. Screenshots under
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
        try (var teacher = new Browser(port, "people-teacher")) {
            teacher.signIn("teacher", "demo2026");
            teacher.click(By.linkText("Мои классы"));
            assertThat(teacher.text(By.id("my-classes")))
                    .contains("5А")
                    .contains("7А")
                    .doesNotContain("8А");
            teacher.screenshot("mine");
            teacher.click(By.partialLinkText("Математика, 5 класс"));
            assertThat(teacher.text(By.id("main"))).contains("5А");
            teacher.screenshot("class");
            teacher.open(teacher.currentPath().replaceAll("/classes/.*", ""));
            assertThat(teacher.text(By.id("main"))).doesNotContain("Доля отметок");
        }
    }
}
