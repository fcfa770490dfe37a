package ru.opora.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.platform.OporaHttp;
import tools.jackson.databind.json.JsonMapper;

/**
 * The region's results import that runs under the load test's users: a file of the demo's largest
 * ВПР of the latest year for the schools that wrote it, sent to the import API as the region's
 * admin and followed until its job ends. Its start and end are what the load test compares.
 */
final class LoadImport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AUTH = OporaHttp.basic("region", "demo2026");

    private final Path file;
    private final UUID assessment;
    private final int works;
    volatile long startedAt;
    volatile long endedAt;
    volatile String status = "не начата";

    private LoadImport(Path file, UUID assessment, int works) {
        this.file = file;
        this.assessment = assessment;
        this.works = works;
    }

    static LoadImport prepare(JdbcClient jdbc, Path dir, int works) throws IOException {
        UUID assessment = jdbc.sql("""
                        select a.id from assessments.assessment a join assessments.result_aggregate r on r.assessment_id = a.id
                         where a.kind = 'VPR' and r.org_level = 1 order by a.year desc, r.participants desc limit 1""").query(UUID.class).single();
        int tasks = jdbc.sql("select count(*) from assessments.task where assessment_id = ?")
                .param(assessment)
                .query(Integer.class)
                .single();
        int grade = jdbc.sql("select grade from assessments.assessment where id = ?")
                .param(assessment)
                .query(Integer.class)
                .single();
        List<String> schools =
                jdbc.sql("""
                        select distinct o.code from assessments.work_block b join orgunits.org_unit o on o.id = b.school_id
                         where b.assessment_id = ? order by 1""").param(assessment).query(String.class).list();
        Path file = dir.resolve("load-import.csv");
        write(file, schools, tasks, grade + "А", works);
        return new LoadImport(file, assessment, works);
    }

    private static void write(Path file, List<String> schools, int tasks, String clazz, int works) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Код ОО;Код;Класс");
            for (int t = 1; t <= tasks; t++) out.write(";" + t);
            out.write('\n');
            var line = new StringBuilder();
            for (int w = 0; w < works; w++) {
                line.setLength(0);
                line.append(schools.get(w % schools.size()))
                        .append(";L")
                        .append(w)
                        .append(';')
                        .append(clazz);
                for (int t = 0; t < tasks; t++) line.append(';').append((w * 7 + t) % 3 == 0 ? 0 : 1);
                out.append(line).append('\n');
            }
        }
    }

    /** Sends the file and waits for its job to end; the times and the job's last status are kept. */
    void run(int port) {
        var api = new OporaHttp(port);
        try {
            byte[] body = Files.readAllBytes(file);
            startedAt = System.nanoTime();
            var accepted = api.postMultipart(
                    "/api/v1/imports/results?assessment=" + assessment,
                    file.getFileName().toString(),
                    body,
                    AUTH);
            if (accepted.status() != 202) {
                status = "не принята: " + accepted.status() + " " + accepted.body();
                return;
            }
            String href = JSON.readTree(accepted.body()).path("href").asString();
            do {
                java.util.concurrent.locks.LockSupport.parkNanos(200_000_000);
                status = JSON.readTree(api.getAuth(href, AUTH).body())
                        .path("status")
                        .asString();
            } while (!status.matches("DONE|FAILED"));
        } catch (IOException e) {
            status = "ошибка: " + e;
        } finally {
            endedAt = System.nanoTime();
        }
    }

    boolean done() {
        return endedAt != 0;
    }

    double seconds() {
        return (endedAt - startedAt) / 1e9;
    }

    int works() {
        return works;
    }
}
