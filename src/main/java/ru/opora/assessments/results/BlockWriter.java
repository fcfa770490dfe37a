package ru.opora.assessments.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.opora.assessments.catalogue.Assessment;
import ru.opora.orgunits.OrgPath;

/**
 * Collects checked works into blocks per class and writes them in batches. Each batch first
 * replaces the earlier data of the schools it sees for the first time, then COPYs its blocks (a
 * class's aggregate is computed from its block when read: see {@link Aggregates#classes}). Batches are written by a second thread on the import's own connection and
 * transaction while the file is read on, so that reading and PostgreSQL's work overlap on two cores;
 * at most one batch waits, which bounds memory by the batch, not by the file. School aggregates are
 * summed as batches are written and saved, with the roll-up, at the end.
 */
final class BlockWriter implements AutoCloseable {

    private static final int FLUSH_BLOCKS = 8_192;

    private record ClassKey(UUID school, String classLabel) {}

    private record SchoolKey(UUID school, boolean ovz) {}

    private record Batch(List<WorkBlock> blocks, BlockCopy.Encoded encoded, Set<UUID> newSchools) {}

    private final Assessment assessment;
    private final Works works;
    private final Aggregates aggregates;
    private final long importNumber;
    private final Map<UUID, OrgPath> paths;
    private final DataSource dataSource;
    private final int batchWorks;
    private final @Nullable Object connection;
    private final BlockCopy.Target target;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("results-writer").factory());
    private @Nullable Future<?> inFlight;
    private boolean replacing = true;
    // two buffers take turns: one is encoded while the writing thread sends the other
    private byte @Nullable [] sending;
    private byte @Nullable [] spare;

    // the reading thread's side
    private Map<ClassKey, WorkBlock> open = new LinkedHashMap<>();
    private final Set<UUID> seenSchools = new LinkedHashSet<>();
    private final Set<UUID> newSchools = new LinkedHashSet<>();
    private @Nullable WorkBlock last;
    private int buffered;
    private int blockNumber;

    /** Works this import wrote per school. */
    final Map<UUID, Long> written = new LinkedHashMap<>();

    // the writing thread's side, read by the reading thread only after the last batch is done
    /** Works each school had before this import, for the audit. */
    final Map<UUID, Long> before = new HashMap<>();

    private final Map<SchoolKey, ResultAggregate> perSchool = new LinkedHashMap<>();
    private long busy;
    private long waited;

    BlockWriter(
            Assessment assessment,
            Works works,
            Aggregates aggregates,
            long importNumber,
            Map<UUID, OrgPath> paths,
            int batchWorks) {
        this.assessment = assessment;
        this.works = works;
        this.aggregates = aggregates;
        this.importNumber = importNumber;
        this.paths = paths;
        this.dataSource = works.dataSource();
        this.batchWorks = batchWorks;
        this.connection = TransactionSynchronizationManager.getResource(dataSource);
        this.target = new BlockCopy.Target(
                assessment.id(),
                assessment.year(),
                importNumber,
                school -> paths.get(school).regionId());
    }

    /** Tells the writer that no school of the file has earlier results: nothing to count or delete first. */
    void nothingToReplace() {
        replacing = false;
    }

    void add(UUID school, ScoredWork work) {
        String classLabel = work.participant().classLabel();
        // rows come class after class in most files: the last block is the likeliest
        WorkBlock block = last != null && last.school.equals(school) && last.classLabel.equals(classLabel)
                ? last
                : open.computeIfAbsent(new ClassKey(school, classLabel), k -> newBlock(school, classLabel));
        block.add(work);
        last = block;
        if (++buffered >= batchWorks || open.size() >= FLUSH_BLOCKS) flush();
    }

    private WorkBlock newBlock(UUID school, String classLabel) {
        if (seenSchools.add(school)) newSchools.add(school);
        return new WorkBlock(school, classLabel, assessment.tasks().size(), assessment.maxPrimaryScore());
    }

    private void flush() {
        var blocks = new ArrayList<>(open.values());
        // encoded here, on the reading thread: the writing thread only feeds PostgreSQL
        var encoded = BlockCopy.encode(target, blocks, blockNumber, spare);
        var batch = new Batch(blocks, encoded, new LinkedHashSet<>(newSchools));
        for (WorkBlock b : batch.blocks()) written.merge(b.school, (long) b.size(), Long::sum);
        blockNumber += batch.blocks().size();
        open = new LinkedHashMap<>();
        newSchools.clear();
        last = null;
        buffered = 0;
        awaitWriter();
        spare = sending;
        sending = encoded.bytes();
        inFlight = writer.submit(() -> onImportConnection(() -> write(batch)));
    }

    private void write(Batch batch) {
        long start = System.nanoTime();
        try {
            writeBlocks(batch);
        } finally {
            // read by the reading thread only after the last batch is done
            busy += System.nanoTime() - start;
        }
    }

    private void writeBlocks(Batch batch) {
        if (replacing && !batch.newSchools().isEmpty()) {
            before.putAll(works.countBySchool(assessment.id(), batch.newSchools(), importNumber));
            works.deleteOthers(assessment.id(), batch.newSchools(), importNumber);
            aggregates.deleteSchools(assessment.id(), batch.newSchools());
        }
        if (batch.blocks().isEmpty()) return;
        works.copy(batch.encoded());
        for (WorkBlock b : batch.blocks()) {
            for (boolean ovz : new boolean[] {false, true}) {
                ResultAggregate a = b.aggregate(ovz, false);
                if (a == null) continue;
                perSchool
                        .computeIfAbsent(
                                new SchoolKey(b.school, ovz),
                                k -> new ResultAggregate(assessment.tasks().size(), assessment.maxPrimaryScore()))
                        .addAll(a);
            }
        }
    }

    /** The writing thread uses the import's connection, so that everything commits or rolls back together. */
    private void onImportConnection(Runnable work) {
        boolean bind = connection != null && !TransactionSynchronizationManager.hasResource(dataSource);
        if (bind) TransactionSynchronizationManager.bindResource(dataSource, connection);
        try {
            work.run();
        } finally {
            if (bind) TransactionSynchronizationManager.unbindResource(dataSource);
        }
    }

    private void awaitWriter() {
        if (inFlight == null) return;
        long start = System.nanoTime();
        try {
            inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("results import interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } finally {
            inFlight = null;
            waited += System.nanoTime() - start;
        }
    }

    /**
     * Writes what is left, saves the school aggregates and rolls them up to municipalities and the
     * region, timing each part in {@code phases}.
     */
    void finish(ImportPhases phases) {
        flush();
        awaitWriter();
        phases.end("reading and writing blocks");
        phases.add("of which the writer was busy", busy);
        phases.add("of which the reader waited for the writer", waited);
        var rows = new LinkedHashMap<Aggregates.Key, ResultAggregate>();
        perSchool.forEach((k, a) -> rows.put(new Aggregates.Key(k.school(), 3, paths.get(k.school()), "", k.ovz()), a));
        aggregates.copyAll(assessment.id(), rows);
        phases.end("school sums");
        var parents = new LinkedHashSet<Aggregates.Parent>();
        for (UUID school : seenSchools) parents.addAll(Aggregates.Parent.of(paths.get(school)));
        aggregates.rollUp(assessment.id(), parents, assessment.tasks().size(), assessment.maxPrimaryScore(), rows);
        phases.end("roll-up");
        // the overview pages are read right after an import: plan them on the new figures
        aggregates.analyze(assessment.id(), assessment.year());
        phases.end("statistics");
    }

    boolean wroteAnything() {
        return blockNumber > 0 || !seenSchools.isEmpty();
    }

    /** Waits for the batch being written, so that the connection is free for the commit or the rollback. */
    @Override
    public void close() {
        try {
            if (inFlight != null) inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // reported by awaitWriter, or the transaction is rolled back anyway
        } finally {
            writer.shutdownNow();
        }
    }
}
