package ru.opora.assessments.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The works of one class of a school read since the last flush, packed as they are stored (see
 * {@code V5__work_blocks.sql}), with their aggregate per ОВЗ group summed as they arrive.
 */
final class WorkBlock {

    static final int FACT_BYTES = 8;

    final UUID school;
    final String classLabel;
    final List<String> codes = new ArrayList<>();
    private final int taskCount;
    private final int maxPrimary;
    private byte[] scores;
    private byte[] facts;
    private final @Nullable ResultAggregate[] byOvz = new ResultAggregate[2];

    WorkBlock(UUID school, String classLabel, int taskCount, int maxPrimary) {
        this.school = school;
        this.classLabel = classLabel;
        this.taskCount = taskCount;
        this.maxPrimary = maxPrimary;
        this.scores = new byte[taskCount * 32];
        this.facts = new byte[FACT_BYTES * 32];
    }

    void add(ScoredWork w) {
        int n = codes.size();
        if ((n + 1) * FACT_BYTES > facts.length) {
            facts = Arrays.copyOf(facts, facts.length * 2);
            scores = Arrays.copyOf(scores, scores.length * 2);
        }
        var p = w.participant();
        codes.add(p.code());
        System.arraycopy(w.scores(), 0, scores, n * taskCount, taskCount);
        int f = n * FACT_BYTES;
        facts[f] = (byte) (p.variant() >> 8);
        facts[f + 1] = (byte) p.variant();
        facts[f + 2] = (byte) (w.primaryScore() >> 8);
        facts[f + 3] = (byte) w.primaryScore();
        facts[f + 4] = (byte) w.mark();
        facts[f + 5] = (byte) (p.journalMark() == null ? 0 : p.journalMark());
        facts[f + 6] = (byte) (p.gender() == null ? 0 : p.gender().equals("м") ? 1 : 2);
        facts[f + 7] = (byte) (p.ovz() ? 1 : 0);
        aggregate(p.ovz()).add(w);
    }

    int size() {
        return codes.size();
    }

    byte[] scores() {
        return scores;
    }

    int scoreBytes() {
        return codes.size() * taskCount;
    }

    byte[] facts() {
        return facts;
    }

    int factBytes() {
        return codes.size() * FACT_BYTES;
    }

    /** The block's aggregate for one ОВЗ group, or null when the block has no work of it. */
    @Nullable
    ResultAggregate aggregate(boolean ovz, boolean create) {
        int i = ovz ? 1 : 0;
        if (byOvz[i] == null && create) byOvz[i] = new ResultAggregate(taskCount, maxPrimary);
        return byOvz[i];
    }

    private ResultAggregate aggregate(boolean ovz) {
        return java.util.Objects.requireNonNull(aggregate(ovz, true));
    }
}
