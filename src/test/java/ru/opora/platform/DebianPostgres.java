package ru.opora.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A separate PostgreSQL server from Debian's postgresql-15 package, started for a test with
 * initdb and pg_ctl (as the postgres user when the test runs as root, since PostgreSQL refuses
 * to run as root), with password authentication on a free local port.
 */
final class DebianPostgres implements AutoCloseable {

    static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    static final String PASSWORD = "opora-external";

    private final Path dataDir;
    final int port;

    private DebianPostgres(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    static DebianPostgres start() {
        if (!Files.isExecutable(BIN.resolve("initdb")))
            throw new IllegalStateException(
                    "Debian's PostgreSQL 15 is missing: apt-get install -y postgresql-15 (.ci/run does it)");
        try {
            Path dir = Files.createTempDirectory("opora-external-pg-");
            Path data = dir.resolve("data");
            Path pwfile = dir.resolve("pw");
            Files.writeString(pwfile, PASSWORD + "\n");
            int port = freePort();
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
            run(asPostgres(
                    root,
                    BIN.resolve("initdb") + " -D " + data + " -U opora --auth=scram-sha-256 --pwfile=" + pwfile
                            + " -E UTF8 --locale=C.UTF-8"));
            run(asPostgres(
                    root,
                    BIN.resolve("pg_ctl") + " -D " + data + " -l " + dir.resolve("log") + " -w -t 60 -o \"-p " + port
                            + " -k " + dir + " -c listen_addresses=127.0.0.1\" start"));
            return new DebianPostgres(data, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    @Override
    public void close() {
        boolean root = "root".equals(System.getProperty("user.name"));
        run(asPostgres(root, BIN.resolve("pg_ctl") + " -D " + dataDir + " -m fast -w stop"));
    }

    private static List<String> asPostgres(boolean root, String command) {
        var c = new ArrayList<String>();
        if (root) c.addAll(List.of("runuser", "-u", "postgres", "--"));
        c.addAll(List.of("bash", "-c", command));
        return c;
    }

    private static void run(List<String> command) {
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0)
                throw new IllegalStateException("failed: " + String.join(" ", command) + "\n" + output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
