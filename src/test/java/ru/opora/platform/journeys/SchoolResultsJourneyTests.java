package ru.opora.platform.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.assessments.AssessmentKind;
import ru.opora.assessments.catalogue.Catalogue;

/** A school admin uploads a ВПР file, fixes a reported error, uploads again and reads the low-solve-rate tasks of a class on a chart. */
@JourneyTest
class SchoolResultsJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    Catalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Test
    void schoolAdminUploadsFixesAndReadsTheLowSolveRateTasksOnAChart() throws Exception {
        UUID math = catalogue.idOf(AssessmentKind.VPR, 2023, "MA", 4).orElseThrow();
        UUID schoolId = jdbc.sql("select id from orgunits.org_unit where code = '390101'")
                .query(UUID.class)
                .single();
        var csv = new StringBuilder("Код;Класс;1;2;3;4;5.1;5.2;6.1;6.2;7;8;9.1;9.2;10;11;12\n");
        for (int i = 1; i <= 24; i++)
            csv.append(i)
                    .append(";4")
                    .append(i % 2 == 0 ? "А" : "Б")
                    .append(";1;1;2;1;1;1;0;0;1;2;1;0;")
                    .append(i % 3 == 0 ? 2 : 0)
                    .append(";0;")
                    .append(i % 4 == 0 ? 1 : 0)
                    .append('\n');
        var dir = Files.createDirectories(java.nio.file.Path.of("target", "journey-files"));
        var bad = dir.resolve("впр-математика-4-ошибка.csv");
        Files.writeString(bad, csv.toString().replaceFirst("\n1;4Б;1;1;2;", "\n1;4Б;1;1;5;"), StandardCharsets.UTF_8);
        var good = dir.resolve("впр-математика-4.csv");
        Files.writeString(good, csv, StandardCharsets.UTF_8);

        try (var browser = new Browser(port, "school-admin-results")) {
            browser.signIn("school", "demo2026");
            browser.click(By.linkText("Загрузка результатов"));
            new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("assessment")))
                    .selectByVisibleText("ВПР 2023 · Математика · 4 класс");
            browser.upload(By.id("file"), bad);
            browser.click(By.id("check"));
            assertThat(browser.text(By.id("report-problems")))
                    .contains("строка 2, столбец «3 (2б)»".replace(" (2б)", ""))
                    .contains("балл 5 больше максимума задания (2)");
            browser.screenshot("error");

            new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("assessment")))
                    .selectByVisibleText("ВПР 2023 · Математика · 4 класс");
            browser.upload(By.id("file"), good);
            browser.click(By.id("load"));
            assertThat(browser.text(By.id("report-committed"))).contains("работ — 24");
            browser.screenshot("loaded");

            browser.open("/results/" + math + "/schools/" + schoolId);
            browser.waitFor(By.id("task-chart"));
            assertThat(
                            browser.script(
                                    "return Chart.getChart(document.getElementById('task-chart')).data.datasets[0].data.length"))
                    .isEqualTo(15L);
            assertThat(browser.all(By.cssSelector("#tasks tr.low")).size()).isGreaterThanOrEqualTo(4);
            assertThat(browser.text(By.id("tasks"))).contains("ниже порога");
            assertThat(browser.text(By.id("classes"))).contains("4А").contains("4Б");
            browser.screenshot("school-tasks");

            browser.click(By.linkText("Задания класса 4Б"));
            browser.waitFor(By.id("class-task-chart"));
            assertThat(
                            browser.script(
                                    "return Chart.getChart(document.getElementById('class-task-chart')).data.datasets[0].label"))
                    .isEqualTo("Класс 4Б");
            assertThat(browser.all(By.cssSelector("#class-tasks tr.low")).size())
                    .isGreaterThanOrEqualTo(4);
            browser.screenshot("class-tasks");
        }

        // the region sees, for the same assessment, which tasks each municipality's schools solve worst
        try (var browser = new Browser(port, "region-task-matrix")) {
            browser.signIn("region", "demo2026");
            browser.open("/results/" + math);
            browser.click(By.id("task-matrix-link"));
            browser.waitFor(By.id("tasks-chart"));
            assertThat(browser.text(By.id("worst"))).contains("Задания с низкой решаемостью");
            assertThat(browser.all(By.cssSelector("#task-matrix td.low-cell")).size())
                    .isGreaterThanOrEqualTo(4);
            assertThat(browser.text(By.id("task-matrix"))).contains("Приозёрск");
            browser.screenshot("task-matrix");
        }
    }
}
