package ru.opora.identification.engine;

import java.util.UUID;

/**
 * A school's aggregate of one ВПР (or regional diagnostic work) as the engine reads it: additive
 * counts only, so that a region's or the country's year costs one pass over school rows.
 *
 * @param title how a reviewer reads it, e.g. «Математика, 5 класс»
 * @param thresholds the lowest primary score of marks «3», «4» and «5»
 * @param advanced per task: whether it is of the advanced or high level
 * @param marks counts of «2»…«5»
 * @param journal counts of ВПР marks below, equal to and above the journal mark
 */
public record VprResult(
        UUID assessmentId,
        String title,
        String subjectCode,
        int grade,
        int maxPrimary,
        int[] thresholds,
        int[] taskMax,
        boolean[] advanced,
        int participants,
        int[] marks,
        int[] histogram,
        long[] taskSums,
        int[] journal) {

    double meanPercent() {
        long sum = 0;
        for (int score = 0; score < histogram.length; score++) sum += (long) score * histogram[score];
        return participants == 0 ? Double.NaN : 100.0 * sum / ((double) participants * maxPrimary);
    }

    double solveRate(int task) {
        return 100.0 * taskSums[task] / ((double) participants * taskMax[task]);
    }

    /** The mean solve rate of basic and of advanced tasks; null when the work has no tasks of one kind. */
    double @org.jspecify.annotations.Nullable [] basicAndAdvancedRates() {
        double advanced = 0;
        double basic = 0;
        int advancedCount = 0;
        for (int t = 0; t < taskMax.length; t++) {
            if (advanced()[t]) {
                advanced += solveRate(t);
                advancedCount++;
            } else basic += solveRate(t);
        }
        int basicCount = taskMax.length - advancedCount;
        if (advancedCount == 0 || basicCount == 0) return null;
        return new double[] {basic / basicCount, advanced / advancedCount};
    }

    int withJournal() {
        return journal[0] + journal[1] + journal[2];
    }
}
