package ru.opora.platform.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A route's life in the browser on the demo region (issue #19): the school confirms a pupil the rules
 * suggest from the 2025 ВПР, writes a route from the pupil's own weak tasks, sees it re-measured by
 * the 2026 ВПР already loaded, adds an activity and a checkpoint with its result, and closes it; the
 * municipality sees the routes' progress by school without a name; the demo teacher sees the routes
 * of her classes. Screenshots under {@code target/screenshots/routes-*}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opora.demo.enabled=true", "opora.demo.results=true", "opora.embedded-db.database=opora_full_demo"
        })
class PupilRouteJourneyTests {

    /** A 2025 suggestion in mathematics or Russian of grades 4–7, which the 2026 ВПР re-measures. */
    private static final String MEASURABLE = "//table[@id='suggestions']//tr[td[contains(., '«2» по ВПР, Математика')"
            + " or contains(., '«2» по ВПР, Русский язык')] and not(td[contains(., '8 кл.')])]";

    @LocalServerPort
    int port;

    @Test
    void theSchoolWritesARouteAndSeesItReMeasured() {
        String code;
        String subject;
        String routePath;
        try (var director = new Browser(port, "routes-school")) {
            director.signIn("school", "demo2026");
            director.click(By.linkText("Группа риска"));
            director.waitFor(By.id("year"));
            director.script("document.getElementById('year').value = '2025'");
            director.submit(By.cssSelector("form.filters button[type=submit]"));
            code = director.text(By.xpath("(" + MEASURABLE + ")[1]/td[1]"));
            subject = director.text(By.xpath("(" + MEASURABLE + ")[1]/td[4]")).contains("Математика")
                    ? "Математика"
                    : "Русский язык";
            director.screenshot("suggested");
            director.submit(By.xpath("(" + MEASURABLE + ")[1]//button[@value='confirm']"));
            director.waitFor(By.id("saved"));
            String row = "//table[@id='decisions']//tr[td[1][normalize-space(.)='" + code + "']]";
            assertThat(director.text(By.xpath(row))).contains("в группе риска");
            director.click(By.xpath(row + "//a[contains(@class, 'route-new')]"));

            // the form ticks the pupil's weak tasks; the school states the goals and writes the route
            String work = "//section[h2[contains(., '" + subject + "')]]";
            assertThat(director.all(By.xpath(work + "//input[@type='checkbox' and @checked]")))
                    .isNotEmpty();
            director.screenshot("new");
            director.type(By.xpath(work + "//textarea"), "Подтянуть слабые умения к ВПР следующего года");
            director.submit(By.xpath(work + "//button[@type='submit']"));
            director.waitFor(By.id("route-tasks"));
            routePath = director.currentPath();
            assertThat(director.text(By.id("measures"))).contains("ВПР 2026").contains("До, % баллов");
            director.waitFor(By.id("route-chart"));
            director.screenshot("measured");

            director.script("document.getElementById('activity-starts').value = '2025-09-15';"
                    + "document.getElementById('activity-ends').value = '2025-12-20';"
                    + "document.getElementById('activity-teacher').selectedIndex = 1;");
            director.type(By.id("activity-description"), "Занятия по слабым умениям, раз в неделю");
            director.submit(By.id("add-activity"));
            assertThat(director.text(By.id("activity-list"))).contains("Занятия по слабым умениям");
            director.script("document.getElementById('checkpoint-due').value = '2025-10-25';");
            director.type(By.id("checkpoint-description"), "Проверочная работа");
            director.submit(By.id("add-checkpoint"));
            director.type(By.cssSelector("#checkpoint-list input[name=result]"), "Выполнено 5 из 8 заданий");
            director.click(By.cssSelector("#checkpoint-list input[name=done]"));
            director.submit(By.cssSelector("#checkpoint-list button[type=submit]"));
            assertThat(director.text(By.id("checkpoint-list")))
                    .contains("Выполнено 5 из 8")
                    .contains("пройдена");
            director.screenshot("route");
            director.type(By.id("outcome-input"), "Умения маршрута освоены по итогам ВПР 2026");
            director.submit(By.id("close-route"));
            assertThat(director.text(By.id("outcome-text"))).contains("освоены");
            assertThat(director.all(By.id("activity-form"))).isEmpty();
            director.click(By.partialLinkText("Индивидуальные образовательные маршруты:"));
            assertThat(director.text(By.id("routes"))).contains(code);
            director.screenshot("list");
        }
        try (var coordinator = new Browser(port, "routes-municipality")) {
            coordinator.signIn("municipal", "demo2026");
            coordinator.open("/pupils");
            assertThat(coordinator.text(By.id("route-total"))).containsPattern("Маршрутов: \\d+; перемерено");
            coordinator.screenshot("overview");
            coordinator.open(routePath);
            assertThat(coordinator.text(By.id("main"))).contains("ИОМ ученика " + code);
            assertThat(coordinator.all(By.id("close-form"))).isEmpty();
            coordinator.screenshot("route");
        }
        try (var teacher = new Browser(port, "routes-teacher")) {
            teacher.signIn("teacher", "demo2026");
            teacher.click(By.linkText("Маршруты учеников"));
            assertThat(teacher.text(By.id("main"))).contains("Маршруты учеников моих классов");
            teacher.screenshot("mine");
        }
    }
}
