package ru.opora.platform.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A meeting's life in the browser on the demo region (issue #20): the region writes a protocol whose
 * decision issues assignments to two municipalities; the demo municipality accepts and reports; the
 * region returns nothing and closes it; the demo's earlier overdue assignment shows its mark, and the
 * region was told of it. Screenshots under {@code target/screenshots/meetings-*}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opora.demo.enabled=true", "opora.embedded-db.database=opora_demo"})
class MeetingJourneyTests {

    @LocalServerPort
    int port;

    @Test
    void theRegionIssuesAssignmentsAndAMunicipalityReports() {
        String due = LocalDate.now().plusDays(30).toString();
        String assignment;
        try (var region = new Browser(port, "meetings-region")) {
            region.signIn("region", "demo2026");
            region.click(By.linkText("Совещания и поручения"));
            assertThat(region.text(By.id("issued"))).contains("просрочено");
            region.screenshot("overview");
            region.script("document.getElementById('meeting-date').value = '" + LocalDate.now() + "'");
            region.type(By.id("meeting-title"), "Совещание по итогам мониторинга");
            region.type(By.id("meeting-format"), "видеоконференция");
            region.type(By.id("meeting-chair"), "Заместитель министра");
            region.type(By.id("meeting-attendees"), "муниципальные координаторы");
            region.submit(By.id("create-meeting"));
            region.type(By.id("item-topic"), "О доле ШНОР с утверждёнными программами");
            region.type(By.id("item-heard"), "Доклад регионального координатора");
            region.type(By.id("item-decided"), "Представить план доработки программ");
            region.submit(By.id("add-item"));
            // the demo municipality, then another unit of the region
            for (String pick :
                    new String[] {"o.text.includes('Городской округ Приозёрск')", "!o.text.includes('Приозёрск')"}) {
                region.waitFor(By.id("assignee-1"));
                region.script("var s = document.getElementById('assignee-1');" + " s.value = [...s.options].find(o => "
                        + pick + ").value;");
                region.script("document.getElementById('due-1').value = '" + due + "'");
                region.type(By.id("report-form-1"), "справка");
                region.type(By.id("text-1"), "Представить план доработки программ ШНОР");
                region.submit(By.id("assign-1"));
            }
            assertThat(region.all(By.cssSelector(".item-assignments tbody tr"))).hasSize(2);
            region.screenshot("protocol");
            assertThat(region.text(By.id("protocol"))).contains("DOCX");
        }
        try (var municipality = new Browser(port, "meetings-municipality")) {
            municipality.signIn("municipal", "demo2026");
            municipality.click(By.linkText("Совещания и поручения"));
            municipality.click(By.partialLinkText("Представить план доработки программ ШНОР"));
            municipality.submit(By.id("do-ACCEPT"));
            municipality.type(By.id("note-REPORT"), "План утверждён приказом № 31");
            municipality.submit(By.id("do-REPORT"));
            assertThat(municipality.text(By.id("state"))).contains("отчёт представлен");
            assertThat(municipality.all(By.id("do-CLOSE"))).isEmpty();
            municipality.screenshot("reported");
            assignment = municipality.currentPath();
        }
        try (var region = new Browser(port, "meetings-close")) {
            region.signIn("region", "demo2026");
            region.open(assignment);
            assertThat(region.text(By.id("report"))).contains("приказом № 31");
            region.submit(By.id("do-CLOSE"));
            assertThat(region.text(By.id("state"))).contains("закрыто");
            assertThat(region.text(By.id("history"))).contains("принято").contains("отчёт представлен");
            region.screenshot("closed");
            region.open("/notifications");
            assertThat(region.text(By.id("main"))).contains("просрочено");
            region.screenshot("escalation");
        }
    }
}
