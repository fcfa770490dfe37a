package ru.opora.platform.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import ru.opora.assessments.AssessmentKind;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.assessments.results.ResultImport;
import ru.opora.orgunits.Scope;

/** A school admin reads their school's task solve rates, with the low ones marked, on a chart. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchoolResultsJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    ResultImport imports;

    @Autowired
    Catalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Test
    void schoolAdminReadsTheLowSolveRateTasksOnAChart() throws Exception {
        UUID math = catalogue.idOf(AssessmentKind.VPR, 2023, "MA", 4).orElseThrow();
        String school = jdbc.sql("select path from orgunits.org_unit where code = '390101'")
                .query(String.class)
                .single();
        var file = Files.createTempFile("journey-", ".csv");
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
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        UUID schoolId = jdbc.sql("select id from orgunits.org_unit where code = '390101'")
                .query(UUID.class)
                .single();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "school", null, List.of(new SimpleGrantedAuthority("RESULTS_IMPORT"))));
        try {
            assertThat(imports.importFile(new ResultImport.Request(
                                    math, "4.csv", file, Scope.of(List.of(school)), schoolId, "school", false))
                            .ok())
                    .isTrue();
        } finally {
            SecurityContextHolder.clearContext();
        }

        try (var browser = new Browser(port, "school-admin-results")) {
            browser.signIn("school", "demo2026");
            browser.click(By.linkText("Результаты"));
            browser.screenshot("assessments");
            browser.open("/results/" + math + "/schools/" + schoolId);
            browser.waitFor(By.id("task-chart"));
            assertThat(
                            browser.script(
                                    "return Chart.getChart(document.getElementById('task-chart')).data.datasets[0].data.length"))
                    .isEqualTo(15L);
            assertThat(browser.all(By.cssSelector("#tasks tr.low")).size()).isGreaterThanOrEqualTo(4);
            assertThat(browser.text(By.id("tasks"))).contains("ниже порога");
            browser.screenshot("school-tasks");
        }
    }
}
