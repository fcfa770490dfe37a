package ru.opora.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.opora.planning.execution.MeasureStatus;
import ru.opora.planning.execution.MeasureStatus.Action;
import ru.opora.planning.review.Criterion;
import ru.opora.planning.review.Scoring;
import ru.opora.planning.review.Verdict;

/** §6.8's verdict from the scores, the review's checks, and §8.3's measure statuses. */
class ReviewAndExecutionTests {

    static final List<Criterion> CRITERIA = List.of(new Criterion("A", "a", 2), new Criterion("B", "b", 2));

    @Test
    void theScoresSuggestAVerdictByTheRatiosOfSection6_8() {
        assertThat(Scoring.suggested(16, 16, 0.8, 0.5)).isEqualTo(Verdict.ACCEPTED);
        assertThat(Scoring.suggested(13, 16, 0.8, 0.5)).isEqualTo(Verdict.ACCEPTED); // 0.8125
        assertThat(Scoring.suggested(12, 16, 0.8, 0.5)).isEqualTo(Verdict.ACCEPTED_WITH_REMARKS); // 0.75
        assertThat(Scoring.suggested(8, 16, 0.8, 0.5)).isEqualTo(Verdict.ACCEPTED_WITH_REMARKS); // 0.5
        assertThat(Scoring.suggested(7, 16, 0.8, 0.5)).isEqualTo(Verdict.RETURNED_FOR_REVISION);
    }

    @Test
    void aReviewMayBeStricterThanItsScoresButNotMoreLenient() {
        var low = List.of(new Scoring.Score("A", 0, ""), new Scoring.Score("B", 1, ""));
        assertThat(Scoring.problems(CRITERIA, low, Verdict.ACCEPTED, true, 0.8, 0.5))
                .containsExactly("planning.review.error.lenient");
        assertThat(Scoring.problems(CRITERIA, low, Verdict.RETURNED_FOR_REVISION, true, 0.8, 0.5))
                .isEmpty();
        var full = List.of(new Scoring.Score("A", 2, ""), new Scoring.Score("B", 2, ""));
        assertThat(Scoring.problems(CRITERIA, full, Verdict.RETURNED_FOR_REVISION, false, 0.8, 0.5))
                .containsExactly("planning.review.error.noRemarks");
        assertThat(Scoring.problems(CRITERIA, full, Verdict.ACCEPTED, false, 0.8, 0.5))
                .isEmpty();
        assertThat(Scoring.problems(CRITERIA, List.of(new Scoring.Score("A", 3, "")), null, false, 0.8, 0.5))
                .containsExactly(
                        "planning.review.error.range",
                        "planning.review.error.unscored",
                        "planning.review.error.verdict");
    }

    @Test
    void measuresMoveByTheRulesOfSection8_3() {
        var due = LocalDate.of(2027, 3, 1);
        var before = due.minusDays(1);
        var after = due.plusDays(1);
        assertThat(MeasureStatus.PLANNED.after(Action.START, due, before)).contains(MeasureStatus.IN_PROGRESS);
        assertThat(MeasureStatus.IN_PROGRESS.after(Action.START, due, before)).isEmpty();
        assertThat(MeasureStatus.IN_PROGRESS.after(Action.COMPLETE, due, due)).contains(MeasureStatus.DONE);
        assertThat(MeasureStatus.IN_PROGRESS.after(Action.COMPLETE, due, after)).contains(MeasureStatus.DONE_LATE);
        assertThat(MeasureStatus.OVERDUE.after(Action.COMPLETE, due, after)).contains(MeasureStatus.DONE_LATE);
        assertThat(MeasureStatus.OVERDUE.after(Action.START, due, after)).isEmpty();
        for (var finished : List.of(MeasureStatus.DONE, MeasureStatus.DONE_LATE, MeasureStatus.CANCELLED))
            for (var action : Action.values())
                assertThat(finished.after(action, due, before))
                        .as(finished + " " + action)
                        .isEmpty();
        assertThat(MeasureStatus.OVERDUE.after(Action.CANCEL, due, after)).contains(MeasureStatus.CANCELLED);

        assertThat(MeasureStatus.PLANNED.overdueOn(due, after)).isTrue();
        assertThat(MeasureStatus.IN_PROGRESS.overdueOn(due, after)).isTrue();
        assertThat(MeasureStatus.IN_PROGRESS.overdueOn(due, due)).isFalse();
        assertThat(MeasureStatus.DONE.overdueOn(due, after)).isFalse();
        assertThat(MeasureStatus.OVERDUE.overdueOn(due, after)).isFalse(); // already marked
    }
}
