package ru.opora.assessments.results;

import java.util.Arrays;

/**
 * The additive summary of a group's works (a class, a school, a municipality, a region): counts,
 * sums and a histogram, from which every measure of docs/domain.md §6.2–6.4 follows. Two aggregates add
 * up to the aggregate of the union, which is why they are computed once, at import, and rolled up
 * the hierarchy instead of re-reading works on every page.
 */
public final class ResultAggregate {

    private int participants;
    private long primarySum;
    private final int[] marks = new int[4];
    private final int[] primaryHistogram;
    private final long[] taskSums;
    private final int[] journal = new int[3];

    public ResultAggregate(int taskCount, int maxPrimary) {
        this.taskSums = new long[taskCount];
        this.primaryHistogram = new int[maxPrimary + 1];
    }

    /** Restores an aggregate from its stored arrays. */
    public static ResultAggregate of(
            int participants, long primarySum, int[] marks, int[] histogram, long[] taskSums, int[] journal) {
        var a = new ResultAggregate(taskSums.length, histogram.length - 1);
        a.participants = participants;
        a.primarySum = primarySum;
        System.arraycopy(marks, 0, a.marks, 0, 4);
        System.arraycopy(histogram, 0, a.primaryHistogram, 0, histogram.length);
        System.arraycopy(taskSums, 0, a.taskSums, 0, taskSums.length);
        System.arraycopy(journal, 0, a.journal, 0, 3);
        return a;
    }

    public void add(ScoredWork w) {
        Integer journalMark = w.participant().journalMark();
        add(w.primaryScore(), w.mark(), w.scores(), 0, journalMark == null ? 0 : journalMark);
    }

    /**
     * Adds one work as stored: its task scores at {@code from} in {@code scores} (one byte each,
     * {@link ScoredWork#NOT_ATTEMPTED} counting 0), and its journal mark, 0 when there is none.
     */
    void add(int primaryScore, int mark, byte[] scores, int from, int journalMark) {
        participants++;
        primarySum += primaryScore;
        marks[mark - 2]++;
        primaryHistogram[primaryScore]++;
        for (int t = 0; t < taskSums.length; t++) {
            byte score = scores[from + t];
            if (score != ScoredWork.NOT_ATTEMPTED) taskSums[t] += score;
        }
        if (journalMark != 0) journal[Integer.signum(mark - journalMark) + 1]++;
    }

    public void addAll(ResultAggregate other) {
        participants += other.participants;
        primarySum += other.primarySum;
        for (int i = 0; i < 4; i++) marks[i] += other.marks[i];
        for (int i = 0; i < primaryHistogram.length; i++) primaryHistogram[i] += other.primaryHistogram[i];
        for (int i = 0; i < taskSums.length; i++) taskSums[i] += other.taskSums[i];
        for (int i = 0; i < 3; i++) journal[i] += other.journal[i];
    }

    public int participants() {
        return participants;
    }

    public long primarySum() {
        return primarySum;
    }

    /** Number of works with mark 2..5. */
    public int marks(int mark) {
        return marks[mark - 2];
    }

    public int[] marks() {
        return marks.clone();
    }

    public int[] primaryHistogram() {
        return primaryHistogram.clone();
    }

    public long[] taskSums() {
        return taskSums.clone();
    }

    public int[] journal() {
        return journal.clone();
    }

    /** Share of marks «2», in percent. */
    public double share2() {
        return percent(marks(2), participants);
    }

    /** Успеваемость: share of marks «3» and above. */
    public double uspevaemost() {
        return percent(participants - marks(2), participants);
    }

    /** Качество знаний: share of marks «4» and «5». */
    public double kachestvo() {
        return percent(marks(4) + marks(5), participants);
    }

    public double meanMark() {
        if (participants == 0) return Double.NaN;
        return (2.0 * marks(2) + 3.0 * marks(3) + 4.0 * marks(4) + 5.0 * marks(5)) / participants;
    }

    public double meanPercent(int maxPrimary) {
        return participants == 0 ? Double.NaN : 100.0 * primarySum / ((double) participants * maxPrimary);
    }

    /** Процент решаемости of a task: points scored over points possible, in percent (§6.2). */
    public double solveRate(int task, int maxScore) {
        return participants == 0 ? Double.NaN : 100.0 * taskSums[task] / ((double) participants * maxScore);
    }

    /** Participants whose journal mark is known. */
    public int withJournal() {
        return journal[0] + journal[1] + journal[2];
    }

    /** «Понизили»: ВПР mark below the journal mark, in percent of those with a journal mark (§6.4). */
    public double lowered() {
        return percent(journal[0], withJournal());
    }

    public double confirmed() {
        return percent(journal[1], withJournal());
    }

    public double raised() {
        return percent(journal[2], withJournal());
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? Double.NaN : 100.0 * part / whole;
    }

    @Override
    public String toString() {
        return "ResultAggregate[n=" + participants + ", marks=" + Arrays.toString(marks) + "]";
    }
}
