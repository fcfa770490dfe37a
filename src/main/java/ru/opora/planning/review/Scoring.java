package ru.opora.planning.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * §6.8: the total of the criteria's scores over their maximum gives the suggested verdict. The expert
 * may be stricter than the scores, never more lenient, and a return must say what to fix.
 */
public final class Scoring {

    private Scoring() {}

    /** A criterion's score with the expert's comment. */
    public record Score(String criterion, int score, String comment) {}

    public static Verdict suggested(int total, int max, double acceptRatio, double remarksRatio) {
        double ratio = max == 0 ? 0 : (double) total / max;
        if (ratio >= acceptRatio) return Verdict.ACCEPTED;
        if (ratio >= remarksRatio) return Verdict.ACCEPTED_WITH_REMARKS;
        return Verdict.RETURNED_FOR_REVISION;
    }

    /** The message codes of what is wrong with a completed review; empty when it may be saved. */
    public static List<String> problems(
            List<Criterion> criteria,
            List<Score> scores,
            @Nullable Verdict chosen,
            boolean hasRemarks,
            double acceptRatio,
            double remarksRatio) {
        var problems = new ArrayList<String>();
        Map<String, Score> byCode = new HashMap<>();
        for (Score s : scores) byCode.put(s.criterion(), s);
        int total = 0;
        int max = 0;
        for (Criterion c : criteria) {
            Score s = byCode.get(c.code());
            max += c.max();
            if (s == null) {
                problems.add("planning.review.error.unscored");
                continue;
            }
            if (s.score() < 0 || s.score() > c.max()) problems.add("planning.review.error.range");
            total += s.score();
        }
        if (chosen == null) {
            problems.add("planning.review.error.verdict");
            return List.copyOf(new java.util.LinkedHashSet<>(problems));
        }
        if (chosen.ordinal() < suggested(total, max, acceptRatio, remarksRatio).ordinal())
            problems.add("planning.review.error.lenient");
        if (chosen != Verdict.ACCEPTED && !hasRemarks) problems.add("planning.review.error.noRemarks");
        return List.copyOf(new java.util.LinkedHashSet<>(problems));
    }
}
