package ru.opora.shared.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Work that takes longer than a request (imports, mostly), run in the background and kept in the
 * database: queued, running with its progress, then done with its result or failed with its
 * problems. The starter's identity and scope go with the work. A job is answered only to the user
 * who started it; a region's administrators list all of their region's. Each job names the node
 * that runs it (its host and port): jobs a node had queued or running when it stopped are marked
 * failed when it starts again (their files were on that node and are gone), and those of a node that
 * never comes back once they have gone ten minutes without its heartbeat.
 */
@Component
public class BackgroundJobs implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Where a job is. */
    public enum Status {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /** A job as it stands; {@code result} is the work's answer (a report) as JSON. */
    public record Job(
            UUID id,
            String kind,
            String owner,
            @Nullable UUID regionId,
            String fileName,
            Status status,
            double progress,
            @Nullable JsonNode result,
            @Nullable String incident,
            Instant createdAt,
            @Nullable Instant startedAt,
            @Nullable Instant finishedAt) {

        /** Whole percent of the work done. */
        public int percent() {
            return (int) Math.floor(progress * 100);
        }

        public boolean ended() {
            return status == Status.DONE || status == Status.FAILED;
        }
    }

    /** What a job is asked to do, and what it is called. */
    public record Request(
            String kind, String owner, @Nullable UUID regionId, String fileName) {}

    /** The work's answer: whether it succeeded, and the body to keep (serialised to JSON). */
    public record Result(boolean ok, Object body) {}

    /** Reports how far the work is, as a share from 0 to 1. */
    @FunctionalInterface
    public interface Progress {
        void at(double share);
    }

    /** The work itself; an exception fails the job with an incident number. */
    @FunctionalInterface
    public interface Work {
        Result run(Progress progress) throws Exception;
    }

    private final JdbcClient jdbc;
    private final ExecutorService executor;
    private final org.springframework.core.env.Environment environment;
    /** When this node's process began: its jobs from before were left by its previous run. */
    private final Instant started =
            ProcessHandle.current().info().startInstant().orElse(Instant.EPOCH);

    private volatile @Nullable String node;

    /** Progress is written in a transaction of its own: the work's may stay open to its end. */
    private final org.springframework.transaction.support.TransactionTemplate ownTransaction;

    BackgroundJobs(
            JdbcClient jdbc,
            @Value("${opora.jobs.threads:2}") int threads,
            org.springframework.core.env.Environment environment,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.environment = environment;
        this.ownTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("opora-job-", 1).factory());
    }

    /**
     * This node's name: its host and HTTP port, the same after a restart; without a web server (a
     * test context) a name of its own.
     */
    String node() {
        String name = node;
        if (name != null) return name;
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            host = "localhost";
        }
        String port = environment.getProperty("local.server.port");
        name = host + ":" + (port != null ? port : ProcessHandle.current().pid() + "/" + UUID.randomUUID());
        node = name;
        return name;
    }

    /** Queues the work; it runs as the current user, in their scope. */
    public UUID submit(Request request, Work work) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into shared.background_job (id, kind, owner, region_id, file_name, status, node)
                        values (?, ?, ?, ?, ?, 'QUEUED', ?)""")
                .params(id, request.kind(), request.owner(), request.regionId(), request.fileName(), node())
                .update();
        executor.execute(new DelegatingSecurityContextRunnable(() -> run(id, work)));
        return id;
    }

    /** The job, if the user started it; another user's job is not theirs to see. */
    public Optional<Job> find(UUID id, String user) {
        return jdbc.sql(SELECT + " where id = ? and owner = ?")
                .params(id, user)
                .query(BackgroundJobs::job)
                .optional();
    }

    /** The user's newest jobs. */
    public List<Job> ofOwner(String user, int limit) {
        return jdbc.sql(SELECT + " where owner = ? order by created_at desc limit ?")
                .params(user, limit)
                .query(BackgroundJobs::job)
                .list();
    }

    /** The region's newest jobs, whoever started them. */
    public List<Job> ofRegion(UUID regionId, int limit) {
        return jdbc.sql(SELECT + " where region_id = ? order by created_at desc limit ?")
                .params(regionId, limit)
                .query(BackgroundJobs::job)
                .list();
    }

    /**
     * The jobs a stopped node left behind cannot finish (their uploads were temporary). At start, the
     * node fails its own from before the start; at start and every ten minutes, any node fails those
     * whose node has not touched them for ten minutes.
     */
    @EventListener(ApplicationReadyEvent.class)
    void failOwnInterrupted() {
        int n = jdbc.sql(INTERRUPTED + " where status in ('QUEUED', 'RUNNING') and node = ? and created_at < ?")
                .params(node(), java.sql.Timestamp.from(started))
                .update();
        if (n > 0) log.warn("{} background jobs were interrupted when this node stopped and are marked failed", n);
        failInterrupted();
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void failInterrupted() {
        int n = jdbc.sql(INTERRUPTED
                        + " where status in ('QUEUED', 'RUNNING') and updated_at < now() - interval '10 minutes'")
                .update();
        if (n > 0) log.warn("{} background jobs of a node that stopped are marked failed", n);
    }

    /** This node is alive: its unfinished jobs are not a stopped node's. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void heartbeat() {
        jdbc.sql("""
                        update shared.background_job set updated_at = now()
                        where node = ? and status in ('QUEUED', 'RUNNING')""").param(node()).update();
    }

    private static final String INTERRUPTED = """
            update shared.background_job set status = 'FAILED', finished_at = now(), updated_at = now(),
                incident = 'Задание прервано остановкой Опоры; загрузите файл ещё раз.'""";

    private void run(UUID id, Work work) {
        jdbc.sql(
                        "update shared.background_job set status = 'RUNNING', started_at = now(), updated_at = now() where id = ?")
                .param(id)
                .update();
        var progress = new Throttled(id);
        try {
            Result result = work.run(progress);
            jdbc.sql("""
                            update shared.background_job set status = ?, progress = 1, result = cast(? as jsonb), finished_at = now(),
                                updated_at = now()
                            where id = ?""")
                    .params(result.ok() ? "DONE" : "FAILED", JSON.writeValueAsString(result.body()), id)
                    .update();
        } catch (Exception | Error e) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            log.error("Incident {} in background job {}", incident, id, e);
            jdbc.sql("""
                            update shared.background_job set status = 'FAILED', finished_at = now(), updated_at = now(),
                                incident = ? where id = ?""")
                    .params("Внутренняя ошибка; номер обращения " + incident, id)
                    .update();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /**
     * Writes the progress at most once per whole percent, not once per row, committed at once: a
     * results import reports from inside its one transaction, and progress written there was seen
     * by nobody until the import had ended.
     */
    private final class Throttled implements Progress {
        private final UUID id;
        private int lastPercent = -1;

        Throttled(UUID id) {
            this.id = id;
        }

        @Override
        public void at(double share) {
            int percent = (int) Math.floor(Math.max(0, Math.min(1, share)) * 100);
            if (percent == lastPercent) return;
            lastPercent = percent;
            ownTransaction.executeWithoutResult(
                    status -> jdbc.sql("update shared.background_job set progress = ?, updated_at = now() where id = ?")
                            .params(percent / 100.0, id)
                            .update());
        }
    }

    private static final String SELECT = """
            select id, kind, owner, region_id, file_name, status, progress, result::text as result, incident,
                created_at, started_at, finished_at
            from shared.background_job""";

    private static Job job(ResultSet rs, int n) throws SQLException {
        String result = rs.getString("result");
        var started = rs.getTimestamp("started_at");
        var finished = rs.getTimestamp("finished_at");
        return new Job(
                rs.getObject("id", UUID.class),
                rs.getString("kind"),
                rs.getString("owner"),
                rs.getObject("region_id", UUID.class),
                rs.getString("file_name"),
                Status.valueOf(rs.getString("status")),
                rs.getDouble("progress"),
                result == null ? null : JSON.readTree(result),
                rs.getString("incident"),
                rs.getTimestamp("created_at").toInstant(),
                started == null ? null : started.toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
