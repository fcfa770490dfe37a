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
 * who started it; a region's administrators list all of their region's. Jobs that were queued or
 * running when the node stopped are marked failed at the next start (their files are gone).
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

    BackgroundJobs(JdbcClient jdbc, @Value("${opora.jobs.threads:2}") int threads) {
        this.jdbc = jdbc;
        this.executor = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("opora-job-", 1).factory());
    }

    /** Queues the work; it runs as the current user, in their scope. */
    public UUID submit(Request request, Work work) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into shared.background_job (id, kind, owner, region_id, file_name, status)
                        values (?, ?, ?, ?, ?, 'QUEUED')""")
                .params(id, request.kind(), request.owner(), request.regionId(), request.fileName())
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
     * The jobs a stopped node left behind cannot finish (their uploads were temporary): a running job
     * whose progress has not moved for ten minutes, or one still queued after an hour, is marked
     * failed, at start and every ten minutes.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void failInterrupted() {
        int n = jdbc.sql("""
                        update shared.background_job set status = 'FAILED', finished_at = now(), updated_at = now(),
                            incident = 'Задание прервано остановкой Опоры; загрузите файл ещё раз.'
                        where (status = 'RUNNING' and updated_at < now() - interval '10 minutes')
                           or (status = 'QUEUED' and created_at < now() - interval '1 hour')""").update();
        if (n > 0) log.warn("{} background jobs were interrupted by a stop and marked failed", n);
    }

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

    /** Writes the progress at most once per whole percent, not once per row. */
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
            jdbc.sql("update shared.background_job set progress = ?, updated_at = now() where id = ?")
                    .params(percent / 100.0, id)
                    .update();
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
