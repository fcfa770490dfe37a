package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The persistent embedded database survives {@code kill -9} of Opora: the orphaned postmaster is
 * stopped on the next start and the data written before the kill is all there. Opora is killed in
 * the middle of a results import: after the restart the file is wholly absent (it was one
 * transaction) and its job is marked failed (issue #15). Opora runs in a child JVM (the way
 * {@code ./opora run} runs it), so that it can really be killed.
 */
class KillNineRestartTests {

    @Test
    void startsAgainCleanlyAfterKillNineWithItsDataIntact() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "kill9"));
        Path data = dir.resolve("postgres-" + System.nanoTime());
        int port = DebianPostgres.freePort();
        for (String log : List.of("first.log", "second.log")) Files.deleteIfExists(dir.resolve(log));

        Process first = start(data, port, dir.resolve("first.log"));
        long schools;
        MidImport killed;
        try {
            awaitHealthy(port, first);
            schools = schoolCount(port);
            assertThat(schools).isBetween(300L, 400L);
            killed = MidImport.startAndWait(port, dir);
        } finally {
            first.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
        }
        assertThat(Files.readString(dir.resolve("first.log")))
                .as("the import was killed before it ended (else this test proves nothing)")
                .doesNotContain("Imported " + MidImport.WORKS);
        long postmaster = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).getFirst().trim());
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive))
                .as("the postmaster outlives the killed JVM")
                .contains(true);

        Process second = start(data, port, dir.resolve("second.log"));
        try {
            awaitHealthy(port, second);
            assertThat(schoolCount(port)).isEqualTo(schools);
            killed.assertNothingWrittenAndJobFailed(port);
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
        } finally {
            long stopping = System.nanoTime();
            second.destroy(); // SIGTERM: a normal shutdown stops its PostgreSQL
            second.waitFor();
            assertThat(Duration.ofNanos(System.nanoTime() - stopping))
                    .as("a clean stop: the pool closes before the database, nobody waits for a connection")
                    .isLessThan(Duration.ofSeconds(15));
        }
        assertThat(Files.readAllLines(dir.resolve("second.log")))
                .as("no error while the second Opora ran and stopped")
                .noneMatch(line -> line.contains("\"level\":\"ERROR\""));
        Optional<ProcessHandle> after = ProcessHandle.of(currentPostmaster(data));
        assertThat(after.map(ProcessHandle::isAlive).orElse(false))
                .as("a normal stop leaves no postmaster")
                .isFalse();
    }

    private static long currentPostmaster(Path data) throws IOException {
        Path pid = data.resolve("postmaster.pid");
        return Files.exists(pid)
                ? Long.parseLong(Files.readAllLines(pid).getFirst().trim())
                : -1;
    }

    private static Process start(Path data, int port, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = List.of(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "ru.opora.Opora",
                "--server.port=" + port,
                "--opora.embedded-db.persistent=true",
                "--opora.embedded-db.data-directory=" + data.toAbsolutePath(),
                "--opora.demo.enabled=true",
                "--logging.file.name=" + log.toAbsolutePath());
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(new File(log + ".console"))
                .start();
    }

    private static void awaitHealthy(int port, Process process) throws InterruptedException {
        var http = new OporaHttp(port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            assertThat(process.isAlive()).as("Opora exited while starting").isTrue();
            try {
                if (http.get("/actuator/health/readiness").body().contains("\"UP\""))
                    return; // after the demo is generated
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Opora did not become healthy on port " + port);
    }

    private static long schoolCount(int port) {
        String body = new OporaHttp(port)
                .getBasic("/api/v1/schools", "region", "demo2026")
                .body();
        var m = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Long.parseLong(m.group(1));
    }
}
