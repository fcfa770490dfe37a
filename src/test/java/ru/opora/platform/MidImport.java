package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A results import of a million works into the demo region through the API, caught while it writes:
 * started, then followed until its job is running and a good part of the file is read.
 */
record MidImport(String assessmentId, String jobHref, double progressAtKill) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AUTH = OporaHttp.basic("region", "demo2026");
    /** About six seconds of import on these machines: time enough to be caught in the middle. */
    static final int WORKS = 2_400_000;

    static MidImport startAndWait(int port, Path dir) throws IOException {
        var api = new OporaHttp(port);
        // the demo without results has no catalogue: the adoption sample brings ВПР in mathematics
        var catalogue = api.postMultipart(
                "/api/v1/imports/catalogue",
                "catalogue.csv",
                Files.readAllBytes(Path.of("docs", "samples", "adoption", "catalogue.csv")),
                AUTH);
        assertThat(catalogue.status()).as(catalogue.body()).isEqualTo(202);
        awaitEnd(api, JSON.readTree(catalogue.body()).path("href").asString());
        JsonNode assessment = null;
        for (JsonNode a : json(api.getAuth("/api/v1/catalogue", AUTH)))
            if (a.path("kind").asString().equals("VPR") && a.path("grade").asInt() == 5) assessment = a;
        assertThat(assessment).as("a ВПР of grade 5 in the demo catalogue").isNotNull();
        Path file = dir.resolve("mid-import.csv");
        write(file, schoolsTeachingGrade5(api), assessment.path("tasks").asInt());

        var accepted = api.postMultipart(
                "/api/v1/imports/results?assessment=" + assessment.path("id").asString(),
                "mid-import.csv",
                Files.readAllBytes(file),
                AUTH);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String href = JSON.readTree(accepted.body()).path("href").asString();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            JsonNode job = json(api.getAuth(href, AUTH));
            assertThat(job.path("status").asString())
                    .as("the import must still run when Opora is killed: %s", job)
                    .isIn("QUEUED", "RUNNING");
            // two batches of works (65 536 each) are written, uncommitted, by 15 %
            if (job.path("progress").asDouble() >= 0.15)
                return new MidImport(
                        assessment.path("id").asString(),
                        href,
                        job.path("progress").asDouble());
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000);
        }
        throw new AssertionError("the import did not get going");
    }

    private static void awaitEnd(OporaHttp api, String href) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        JsonNode job = json(api.getAuth(href, AUTH));
        while (!job.path("status").asString().matches("DONE|FAILED")
                && Instant.now().isBefore(deadline)) {
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
            job = json(api.getAuth(href, AUTH));
        }
        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("DONE");
    }

    /** After the restart: the job failed, and none of the file's works is stored. */
    void assertNothingWrittenAndJobFailed(int port) {
        var api = new OporaHttp(port);
        JsonNode job = json(api.getAuth(jobHref, AUTH));
        assertThat(job.path("status").asString())
                .as("the killed import's job: %s", job)
                .isEqualTo("FAILED");
        assertThat(job.path("incident").asString()).contains("прервано");
        JsonNode results = json(api.getAuth("/api/v1/results/" + assessmentId, AUTH));
        assertThat(results.path("total").path("participants").asInt())
                .as("killed at %.0f %% of the file, the import left nothing", progressAtKill * 100)
                .isZero();
    }

    private static List<String> schoolsTeachingGrade5(OporaHttp api) {
        var codes = new ArrayList<String>();
        for (int page = 1; ; page++) {
            JsonNode body = json(api.getAuth("/api/v1/schools?page=" + page, AUTH));
            for (JsonNode s : body.path("lines"))
                if (s.path("levels").asString().contains("ООО"))
                    codes.add(s.path("code").asString());
            if (page >= body.path("pages").asInt()) return codes;
        }
    }

    private static void write(Path file, List<String> schools, int tasks) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Код ОО;Код;Класс");
            for (int t = 1; t <= tasks; t++) out.write(";" + t);
            out.write('\n');
            var line = new StringBuilder();
            for (int w = 0; w < WORKS; w++) {
                line.setLength(0);
                line.append(schools.get(w % schools.size()))
                        .append(";K")
                        .append(w)
                        .append(";5А");
                for (int t = 0; t < tasks; t++) line.append(';').append((w + t) % 2);
                out.append(line).append('\n');
            }
        }
    }

    private static JsonNode json(OporaHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
