package ru.opora.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * One embedded PostgreSQL cluster. A persistent cluster runs with fsync and synchronous commit on
 * and survives a {@code kill -9} of the JVM: the orphaned postmaster is stopped before the next
 * start. A non-persistent cluster (tests) is shared by every Spring context of the JVM.
 *
 * <p>Both accept connections from this machine only, and only with a generated password (SCRAM):
 * zonky's own set-up trusts every local connection as superuser, which let any local process read
 * sessions and password hashes (issue #15, M4). A persistent cluster's password is kept beside its
 * data directory in a file only its owner can read ({@code data/postgres.password}).
 */
final class EmbeddedPostgresServer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static volatile @org.jspecify.annotations.Nullable EmbeddedPostgresServer sharedThrowAway;
    /** Spring contexts still using the shared cluster: it stops after the last one has closed. */
    private static int throwAwayUsers;

    /** The planner's cost of a page read out of order, as for data in memory or on SSD (decision 0035). */
    static final String RANDOM_PAGE_COST = "1.1";

    private final EmbeddedPostgres postgres;
    private final boolean persistent;
    private final String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, boolean persistent, String password) {
        this.postgres = postgres;
        this.persistent = persistent;
        this.password = password;
    }

    static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) {
        if (!properties.persistent()) return throwAway();
        Path dir = properties.dataDirectory().toAbsolutePath();
        try {
            Files.createDirectories(dir);
            stopOrphanedPostmaster(dir);
            String password = DatabasePassword.readOrCreate(passwordFile(dir));
            var builder = EmbeddedPostgres.builder()
                    .setConnectConfig("password", password)
                    .setServerConfig("listen_addresses", "localhost")
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // Opora's working set is in memory: PostgreSQL's default (4, for spinning disks) made
                    // a region's pages read the country's whole register rather than 400 rows by index
                    .setServerConfig("random_page_cost", RANDOM_PAGE_COST)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // stopped by destroy(), after the connection pool: with zonky's own hook running beside
                    // Spring's, the server went first and the closing context waited 30 s for a connection
                    .setRegisterShutdownHook(false);
            if (properties.port() > 0) builder.setPort(properties.port());
            if (properties.sharedBuffers() != null)
                builder.setServerConfig("shared_buffers", properties.sharedBuffers());
            log.info("Starting embedded PostgreSQL with data in {}", dir);
            var postgres = builder.start();
            DatabasePassword.require(postgres, password);
            return new EmbeddedPostgresServer(postgres, true, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start in " + dir, e);
        }
    }

    /**
     * The shared test cluster. It must outlive every Spring context of the JVM: at exit, contexts
     * close in Spring's shutdown hook while other hooks run alongside, and a cluster stopped by its
     * own hook left the contexts' connection pools waiting 30 s each for a connection. So zonky's
     * hook is off, and ours waits until the last context has released the cluster.
     */
    private static synchronized EmbeddedPostgresServer throwAway() {
        if (sharedThrowAway == null) {
            try {
                String password = DatabasePassword.generate();
                var pg = EmbeddedPostgres.builder()
                        .setConnectConfig("password", password)
                        .setServerConfig("listen_addresses", "localhost")
                        .setServerConfig("random_page_cost", RANDOM_PAGE_COST)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setRegisterShutdownHook(false)
                        .start();
                DatabasePassword.require(pg, password);
                sharedThrowAway = new EmbeddedPostgresServer(pg, false, password);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    awaitNoUsers(Duration.ofSeconds(20));
                    closeQuietly(pg);
                }));
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL for tests did not start", e);
            }
        }
        throwAwayUsers++;
        return sharedThrowAway;
    }

    private static synchronized void release() {
        throwAwayUsers--;
        EmbeddedPostgresServer.class.notifyAll();
    }

    private static synchronized void awaitNoUsers(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (throwAwayUsers > 0 && System.nanoTime() < deadline)
                EmbeddedPostgresServer.class.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * After {@code kill -9} the postmaster outlives the JVM and holds {@code postmaster.pid}; a new
     * start would fail on the lock. Stop it the way PostgreSQL expects (SIGTERM = smart shutdown,
     * then SIGINT = fast) and wait until it has gone.
     */
    static void stopOrphanedPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) return;
        long pid;
        try {
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty() || !isPostgres(process.get())) return;
        log.warn("Stopping PostgreSQL {} left running by a previous Opora process", pid);
        process.get().destroy();
        if (!waitForExit(process.get(), Duration.ofSeconds(20))) {
            process.get().destroyForcibly();
            waitForExit(process.get(), Duration.ofSeconds(10));
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.contains("postgres")).orElse(true);
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }

    EmbeddedPostgres postgres() {
        return postgres;
    }

    /** The superuser's password every connection must give. */
    String password() {
        return password;
    }

    /** Where a persistent cluster's password is kept: beside its data directory. */
    static Path passwordFile(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".password");
    }

    /** Creates a database of the cluster unless it exists (two contexts may ask at once). */
    synchronized void createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) throw new IllegalArgumentException("database name " + name);
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!exists.next()) statement.execute("create database " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("database " + name + " could not be created", e);
        }
    }

    @Override
    public void destroy() {
        if (persistent) closeQuietly(postgres);
        else release();
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
