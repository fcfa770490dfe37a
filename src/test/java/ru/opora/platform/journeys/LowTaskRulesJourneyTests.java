package ru.opora.platform.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import ru.opora.assessments.AssessmentKind;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.assessments.results.ResultImport;
import ru.opora.orgunits.Scope;

/**
 * A region admin raises the low-solve-rate threshold: a typo is refused in place, the preview
 * shows how many school tasks more would be marked, the new version is saved with its reason,
 * and a school's page marks its tasks by it.
 */
@JourneyTest
class LowTaskRulesJourneyTests {

    @LocalServerPort
    int port;

    @Autowired
    Catalogue catalogue;

    @Autowired
    ResultImport imports;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void restoreTheDefaults() {
        jdbc.sql("delete from assessments.low_task_rule").update();
    }

    @Test
    void regionAdminPreviewsAndSavesNewThresholdsThatTheSchoolPageUses() throws Exception {
        jdbc.sql("delete from assessments.low_task_rule").update();
        UUID russian = catalogue.idOf(AssessmentKind.VPR, 2025, "RU", 4).orElseThrow();
        UUID schoolId = loadOneClass(russian);

        try (var browser = new Browser(port, "region-admin-thresholds")) {
            browser.signIn("region", "demo2026");
            browser.click(By.linkText("Пороги решаемости"));
            assertThat(browser.text(By.id("current"))).contains("версия 0");
            browser.type(By.id("absolute"), "шестьдесят");
            browser.type(By.id("reason"), "Решение методического совета");
            browser.click(By.id("save-button"));
            assertThat(browser.text(By.id("absolute-error"))).contains("«шестьдесят» — не процент");
            browser.screenshot("typo");

            browser.type(By.id("absolute"), "65");
            // the newest works of the shared demo include classes of a few pupils: every group is marked
            browser.type(By.id("minGroup"), "1");
            browser.click(By.id("preview-button"));
            int before = Integer.parseInt(browser.text(By.id("preview-before")));
            int after = Integer.parseInt(browser.text(By.id("preview-after")));
            assertThat(after).isGreaterThan(before);
            browser.screenshot("preview");

            browser.click(By.id("save-button"));
            assertThat(browser.text(By.id("saved"))).contains("Сохранена версия 1");
            assertThat(browser.text(By.id("history"))).contains("Решение методического совета");
            browser.screenshot("saved");

            browser.open("/results/" + russian + "/schools/" + schoolId);
            assertThat(browser.text(By.id("rule"))).contains("ниже 65 %").contains("версия 1");
            browser.screenshot("school-page");
        }
    }

    private UUID loadOneClass(UUID assessment) throws Exception {
        String path = jdbc.sql("select path from orgunits.org_unit where code = '390103'")
                .query(String.class)
                .single();
        var file = Files.createTempFile("journey-", ".csv");
        Files.writeString(
                file,
                "Код;Класс;1;2;3;4;5;6;7;8;9;10;11;12\n1;4В;2;1;1;2;1;1;1;1;2;2;1;2\n2;4В;1;1;2;3;2;0;1;2;2;2;1;2\n",
                StandardCharsets.UTF_8);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "tester", null, List.of(new SimpleGrantedAuthority("RESULTS_IMPORT"))));
        try {
            var outcome = imports.importFile(new ResultImport.Request(
                    assessment,
                    "journey.csv",
                    file,
                    Scope.of(ru.opora.orgunits.OrgPath.parse(path)),
                    null,
                    "tester",
                    false));
            assertThat(outcome.problems()).isEmpty();
        } finally {
            SecurityContextHolder.clearContext();
        }
        return jdbc.sql("select id from orgunits.org_unit where code = '390103'")
                .query(UUID.class)
                .single();
    }
}
