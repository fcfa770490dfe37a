package ru.opora.assessments.results;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Results imports running in the background, so that the upload page can show how much of a large
 * file is read instead of a request that hangs for a minute. Two imports run at a time (these
 * machines have two cores; more would only share them); the rest wait their turn. A job is seen
 * only by the user who started it, and forgotten an hour after it ends. Jobs live on the node that
 * runs them: behind a load balancer, uploads need sticky sessions (as the session itself does not,
 * being in PostgreSQL, this is the one place that does).
 */
@Component
class ImportJobs implements AutoCloseable {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEPT = Duration.ofHours(1);

    /** One import: its progress while it runs, then its outcome (or the incident that stopped it). */
    public static final class Job {
        final UUID id = UUID.randomUUID();
        final String owner;
        final ResultImport.Request request;
        private volatile double progress;
        private volatile ResultImport.@Nullable Outcome outcome;
        private volatile @Nullable String incident;
        private volatile @Nullable Instant ended;
        private final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);

        Job(String owner, ResultImport.Request request) {
            this.owner = owner;
            this.request = request;
        }

        /** The share of the file read, in whole percent. */
        public UUID id() {
            return id;
        }

        public int percent() {
            return (int) Math.floor(progress * 100);
        }

        /** Waits a little for the job to end: a small file's report is then shown at once, without polling. */
        void awaitBriefly(Duration wait) {
            try {
                done.await(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        public boolean running() {
            return ended == null;
        }

        public ResultImport.@Nullable Outcome outcome() {
            return outcome;
        }

        public @Nullable String incident() {
            return incident;
        }

        public String fileName() {
            return request.fileName();
        }
    }

    private final ResultImport imports;
    private final Clock clock;
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(
            2, Thread.ofPlatform().daemon().name("results-import-", 1).factory());

    ImportJobs(ResultImport imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    /** Starts the import of an uploaded file, which the job deletes when it ends. */
    Job start(String owner, ResultImport.Request request) {
        forgetOld();
        var job = new Job(owner, request);
        jobs.put(job.id, job);
        // the import checks the user's permission: it runs with the user's security context
        workers.execute(new DelegatingSecurityContextRunnable(() -> run(job)));
        return job;
    }

    Optional<Job> find(UUID id, String owner) {
        return Optional.ofNullable(jobs.get(id)).filter(j -> j.owner.equals(owner));
    }

    private void run(Job job) {
        try {
            job.outcome = imports.importFile(job.request, done -> job.progress = done);
            job.progress = 1;
        } catch (RuntimeException e) {
            job.incident = UUID.randomUUID().toString().substring(0, 8);
            log.error("Results import {} of «{}» failed (incident {})", job.id, job.fileName(), job.incident, e);
        } finally {
            job.ended = clock.instant();
            job.done.countDown();
            try {
                Files.deleteIfExists(job.request.file());
            } catch (IOException e) {
                log.warn("Could not delete the uploaded file {}", job.request.file(), e);
            }
        }
    }

    private void forgetOld() {
        Instant limit = clock.instant().minus(KEPT);
        jobs.values().removeIf(j -> j.ended != null && j.ended.isBefore(limit));
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
