package ru.opora.assessments.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.assessments.AssessmentKind;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/**
 * The results upload over HTTP, as the browser sends it: the import runs in the background, the
 * job's page shows the progress and then the report, only to the user who started it; a 200 MB
 * file is streamed to its last row, and a zip bomb named .xlsx is refused; neither changes anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResultUploadIntegrationTests {

    private static final String HEADER = "Код;Класс;1;2;3;4;5.1;5.2;6.1;6.2;7;8;9.1;9.2;10;11;12\n";
    private static final String SCORES = ";1;1;2;1;1;1;0;0;1;2;1;0;2;0;1\n";

    @LocalServerPort
    int port;

    @Autowired
    Catalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    TestRegions.TestRegion region;
    String directorUser;
    String municipalUser;

    @BeforeEach
    void region() {
        region = regions.create();
        directorUser = users.create(Role.SCHOOL_ADMIN, region.school(0));
        municipalUser = users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0));
    }

    private OporaHttp.Response upload(OporaHttp http, String action, String name, Path file) throws IOException {
        UUID math = catalogue.idOf(AssessmentKind.VPR, 2023, "MA", 4).orElseThrow();
        return http.postMultipartForm(
                "/results/import",
                Map.of("_csrf", http.csrfToken("/results/import"), "assessment", math.toString(), "action", action),
                name,
                file);
    }

    /** Follows the job's page until its report is there (the import runs in the background). */
    private static String report(OporaHttp http, String jobPath) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            String body = http.get(jobPath).body();
            if (body.contains("id=\"report") && !body.contains("id=\"progress\"")) return body;
            Thread.sleep(200);
        }
        throw new AssertionError("no report after two minutes at " + jobPath);
    }

    private long schoolWorks() {
        return jdbc.sql("select count(*) from assessments.participant_result where school_id = ?")
                .param(region.school(0).id())
                .query(Long.class)
                .single();
    }

    @Test
    void runsTheCheckInTheBackgroundAndShowsItsReportOnlyToItsOwner() throws Exception {
        Path file = Files.createTempFile("results-", ".csv");
        Files.writeString(file, HEADER + "1;4А" + SCORES + "2;4А" + SCORES, StandardCharsets.UTF_8);
        var school = OporaHttp.as(port, directorUser);
        var started = upload(school, "check", "впр.csv", file);
        assertThat(started.status()).isEqualTo(302);
        String job = started.location().replaceFirst("^https?://[^/]+", "");
        assertThat(job).matches("/results/import/jobs/[0-9a-f-]{36}");
        assertThat(report(school, job)).contains("id=\"report-checked\"").contains("работ — 2");
        assertThat(school.get(job + "/progress").body()).doesNotContain("<progress");

        var other = OporaHttp.as(port, municipalUser);
        assertThat(other.get(job).status()).isEqualTo(404);
        assertThat(other.get(job + "/progress").status()).isEqualTo(404);
    }

    @Test
    void streamsA200MegabyteFileToItsLastRowAndChangesNothingWhenThatRowIsWrong() throws Exception {
        long before = schoolWorks();
        Path file = Files.createTempFile("results-200mb-", ".csv");
        int rows = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            while (Files.size(file) < 200L * 1024 * 1024 || rows % 1024 != 0) {
                for (int i = 0; i < 1024; i++) {
                    rows++;
                    out.write(100000000 + rows + ";" + (5 + rows % 5) + "А" + SCORES);
                }
                if (rows % (64 * 1024) == 0) out.flush();
            }
            out.write("999999999;5А;1;1;9;1;1;1;0;0;1;2;1;0;2;0;1\n");
        }
        assertThat(Files.size(file)).isGreaterThanOrEqualTo(200L * 1024 * 1024);
        var school = OporaHttp.as(port, directorUser);
        var started = upload(school, "load", "большой.csv", file);
        assertThat(started.status()).isEqualTo(302);
        String body = report(school, started.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(body).contains("id=\"report-problems\"").contains("ASM-E005").contains(">" + (rows + 2) + "<");
        assertThat(schoolWorks()).isEqualTo(before);
        Files.deleteIfExists(file);
    }

    @Test
    void refusesAZipBombNamedXlsx() throws Exception {
        Path bomb = Files.createTempFile("bomb-", ".xlsx");
        try (var out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>")
                            .getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            writeSpaces(out, 200 * 1024 * 1024);
        }
        assertThat(Files.size(bomb)).isLessThan(2 * 1024 * 1024);
        var school = OporaHttp.as(port, directorUser);
        long before = schoolWorks();
        var started = upload(school, "load", "результаты.xlsx", bomb);
        String body = report(school, started.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(body).contains("id=\"report-problems\"").containsPattern("FILE-E00[35]");
        assertThat(schoolWorks()).isEqualTo(before);
    }

    private static void writeSpaces(OutputStream out, int count) throws IOException {
        byte[] chunk = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        for (int written = 0; written < count; written += chunk.length) out.write(chunk);
    }

    @Test
    void theSchoolLoadsItsResultsSeesThemNamedAndWithdrawsThemWithAReason() throws Exception {
        Path file = Files.createTempFile("results-", ".csv");
        Files.writeString(file, HEADER + "1;4А" + SCORES + "2;4А" + SCORES, StandardCharsets.UTF_8);
        var school = OporaHttp.as(port, directorUser);
        String job = upload(school, "load", "впр.csv", file).location().replaceFirst("^https?://[^/]+", "");
        assertThat(report(school, job))
                .contains("id=\"report-committed\"")
                .contains("id=\"schools-added\"")
                .contains(region.school(0).code());
        assertThat(schoolWorks()).isEqualTo(2);

        UUID math = catalogue.idOf(AssessmentKind.VPR, 2023, "MA", 4).orElseThrow();
        var noReason = school.postWithCsrf(
                "/results/import/withdraw", "/results/import", Map.of("assessment", math.toString(), "reason", " "));
        assertThat(noReason.location()).contains("/results/import");
        assertThat(school.get("/results/import").body()).contains("Укажите причину отзыва");
        assertThat(schoolWorks()).isEqualTo(2);

        school.postWithCsrf(
                "/results/import/withdraw",
                "/results/import",
                Map.of("assessment", math.toString(), "reason", "Загружен файл другого класса"));
        assertThat(school.get("/results/import").body()).contains("отозваны: школ — 1, работ — 2");
        assertThat(schoolWorks()).isZero();

        var mapping = school.postWithCsrf(
                "/results/import/mapping",
                "/results/import",
                Map.of("assessment", math.toString(), "header", "1", "task", "2"));
        assertThat(mapping.status())
                .as("a school does not map columns for its region")
                .isEqualTo(403);
    }
}
