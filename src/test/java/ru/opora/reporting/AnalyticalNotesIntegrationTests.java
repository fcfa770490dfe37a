package ru.opora.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.assessments.TestResults;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/**
 * Analytical notes (issue #21): a municipality drafts its note for a year's ВПР — the marks beside
 * the region's, the task below the rule with the skill it checks, the school in doubt —, writes
 * its conclusions and issues it; the PDF reads back with its Cyrillic text and every font embedded;
 * the DOCX holds the text and one native chart per assessment; a second issue is version 2 and the
 * first stays as issued; another municipality does not see the note and a school cannot issue one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalyticalNotesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    TestResults results;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ru.opora.monitoring.MonitoringCohorts cohorts;

    @Test
    void aMunicipalityIssuesItsNoteAsDocxAndPdf() throws Exception {
        var region = regions.create();
        var a = region.municipality(0);
        var weak = region.schoolsOf(a).getFirst();
        int year = 2060 + new java.util.Random().nextInt(40);
        UUID vpr = results.vprWithSkills(
                "NM",
                "Математика",
                year,
                5,
                java.util.List.of(
                        "Действия с натуральными числами", "Сравнение дробей", "Текстовые задачи", "Геометрия"));
        // in municipality A task 2 is solved by a third; elsewhere by everyone
        results.load(
                vpr,
                region.scope(),
                TestResults.HEADER
                        + TestResults.worksSolvingTask2(weak, 30, 10)
                        + TestResults.worksSolvingTask2(region.school(3), 30, 30)
                        + TestResults.worksSolvingTask2(region.school(4), 30, 30));
        jdbc.sql("""
                        insert into identification.objectivity_flag (school_id, school_path, year, code, value, threshold, evidence)
                        values (?, ?, ?, 'BOUNDARY_SPIKE', 3.1, 2.0, '{}')""").params(weak.id(), weak.path(), year).update();

        String coordinatorName = users.create(Role.MUNICIPAL_COORDINATOR, a);
        var coordinator = OporaHttp.as(port, coordinatorName);
        assertThat(coordinator.get("/reporting").body()).contains("id=\"prepare-form\"");
        String draft = "/reporting/draft?unit=" + a.id() + "&year=" + year;
        assertThat(coordinator.get(draft).body())
                .contains("Аналитическая справка по результатам ВПР " + year + " года: " + a.name())
                .contains("Сравнение дробей")
                .contains(weak.code() + " " + weak.name());
        var issued = coordinator.postWithCsrf(
                "/reporting/notes",
                draft,
                Map.of(
                        "unit",
                        a.id().toString(),
                        "year",
                        String.valueOf(year),
                        "conclusions",
                        "Умение сравнивать дроби не сформировано у двух третей участников.",
                        "recommendations",
                        "Провести семинар для учителей математики 5 классов."));
        String note = issued.location().replaceFirst("^https?://[^/]+", "");
        assertThat(note).startsWith("/reporting/notes/");

        var pdf = coordinator.download(note + "/versions/1.pdf");
        // kept under target/ for a person to look at
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/notes"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/notes/municipal-note.pdf"), pdf.body());
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (var doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("АНАЛИТИЧЕСКАЯ СПРАВКА")
                    .contains(a.name())
                    .contains("Сравнение дробей")
                    .contains("Умение сравнивать дроби не сформировано");
            var fonts = new ArrayList<Boolean>();
            for (var page : doc.getPages())
                for (var name : page.getResources().getFontNames())
                    fonts.add(page.getResources().getFont(name).isEmbedded());
            assertThat(fonts).isNotEmpty().doesNotContain(false);
        }
        var docx = coordinator.download(note + "/versions/1.docx");
        java.nio.file.Files.write(java.nio.file.Path.of("target/notes/municipal-note.docx"), docx.body());
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(new XWPFWordExtractor(doc).getText())
                    .contains("АНАЛИТИЧЕСКАЯ СПРАВКА")
                    .contains("Провести семинар для учителей математики 5 классов");
            assertThat(doc.getCharts()).hasSize(1);
        }

        coordinator.postWithCsrf(
                "/reporting/notes",
                draft,
                Map.of(
                        "unit",
                        a.id().toString(),
                        "year",
                        String.valueOf(year),
                        "conclusions",
                        "Вторая редакция выводов."));
        assertThat(coordinator.get(note).body()).contains("versions/2.pdf").contains("versions/1.pdf");
        try (var first =
                Loader.loadPDF(coordinator.download(note + "/versions/1.pdf").body())) {
            assertThat(new PDFTextStripper().getText(first)).doesNotContain("Вторая редакция");
        }
        assertThat(coordinator
                        .api("/api/v1/reporting/notes/" + note.substring(note.lastIndexOf('/') + 1), coordinatorName)
                        .body())
                .contains("\"number\":2");

        var other = OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(1)));
        assertThat(other.get(note).status()).isEqualTo(404);
        assertThat(other.download(note + "/versions/1.pdf").status()).isEqualTo(404);
        var director = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, weak));
        assertThat(director.get(draft).status()).isEqualTo(403);
    }

    /**
     * A note on a round of monitoring: two ШНОР of a municipality, the share of parents at meetings
     * 40 → 60 and 50 → 45 (target 60): the means 45,0 → 52,5, one school reached the target, one went
     * back — said in the table, the drafted conclusions and recommendations, and the issued PDF;
     * the ВПР note of the same year is another note; another municipality cannot draft it.
     */
    @Test
    void aNoteOnARoundOfMonitoring() throws Exception {
        var region = regions.create();
        var a = region.municipality(0);
        int year = 2060 + new java.util.Random().nextInt(40);
        var admin = OporaHttp.as(port, users.create(Role.REGION_ADMIN, region.region()));
        cohorts.cohort(admin, region, year, 0, 1);
        String initial = ru.opora.monitoring.MonitoringCohorts.campaign(
                admin, year, "INITIAL", year + "-10-01", year + "-10-20");
        admin.postWithCsrf(initial + "/status", initial, Map.of("status", "OPEN"));
        admin.postWithCsrf(initial + "/status", initial, Map.of("status", "CLOSED"));
        String middle = ru.opora.monitoring.MonitoringCohorts.campaign(
                admin, year, "INTERMEDIATE", (year + 1) + "-02-01", (year + 1) + "-02-20");
        admin.postWithCsrf(middle + "/status", middle, Map.of("status", "OPEN"));
        parents(initial, region.school(0), 40);
        parents(initial, region.school(1), 50);
        parents(middle, region.school(0), 60);
        parents(middle, region.school(1), 45);

        String coordinatorName = users.create(Role.MUNICIPAL_COORDINATOR, a);
        var coordinator = OporaHttp.as(port, coordinatorName);
        UUID campaign = UUID.fromString(middle.substring(middle.lastIndexOf('/') + 1));
        assertThat(coordinator.get("/reporting").body())
                .contains("id=\"monitoring-form\"")
                .contains(campaign.toString());
        String draft = "/reporting/draft?unit=" + a.id() + "&campaign=" + campaign;
        String page = coordinator.get(draft).body();
        assertThat(page)
                .contains("Аналитическая справка по итогам мониторинга «Промежуточный мониторинг — когорта " + year
                        + "»: " + a.name())
                .contains("Доля родителей, посещающих собрания, %")
                .contains("Доля родителей, посещающих собрания, %: 45,0 в первом замере, 52,5 сейчас (цель — 60);"
                        + " цели достигли школ: 1 из 2.")
                .contains("Разобрать с кураторами причины ухудшения показателя «Доля родителей, посещающих собрания, %»"
                        + " (школ: 1)");
        var issued = coordinator.postWithCsrf(
                "/reporting/notes",
                draft,
                Map.of("unit", a.id().toString(), "campaign", campaign.toString(), "conclusions", "Родители пришли."));
        String note = issued.location().replaceFirst("^https?://[^/]+", "");
        try (var doc =
                Loader.loadPDF(coordinator.download(note + "/versions/1.pdf").body())) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("по итогам мониторинга")
                    .contains("52,5")
                    .contains("Родители пришли.");
        }
        assertThat(jdbc.sql("select kind, year from reporting.note where campaign_id = ?")
                        .param(campaign)
                        .query((rs, n) -> rs.getString(1) + " " + rs.getInt(2))
                        .single())
                .isEqualTo("MONITORING " + year);

        var other = OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(1)));
        assertThat(other.get(draft).status()).isEqualTo(404);
        assertThat(coordinator
                        .get("/reporting/draft?unit=" + a.id() + "&campaign=" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(coordinator.get("/reporting/draft?unit=" + a.id()).status()).isEqualTo(404);
    }

    private void parents(String campaign, ru.opora.orgunits.OrgUnitRef school, int value) {
        jdbc.sql("""
                        insert into monitoring.indicator_value
                            (campaign_id, school_id, school_path, indicator, value, computed, status, entered_by)
                        values (?, ?, ?, 'PARENTS', ?, false, 'CONFIRMED', 'test')""")
                .params(
                        UUID.fromString(campaign.substring(campaign.lastIndexOf('/') + 1)),
                        school.id(),
                        school.path().value(),
                        value)
                .update();
    }
}
