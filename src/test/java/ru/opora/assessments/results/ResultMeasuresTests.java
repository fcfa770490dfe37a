package ru.opora.assessments.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import ru.opora.assessments.AssessmentFixtures;
import ru.opora.assessments.catalogue.Scale;

/** The worked examples of docs/domain.md §6.1–6.4. */
class ResultMeasuresTests {

    private static final LowTaskRule RULE = new LowTaskRule(50, 15, 10); // the [U] defaults of docs/domain.md §6.2

    private static byte[] bytes(int... scores) {
        var b = new byte[scores.length];
        for (int i = 0; i < scores.length; i++) b[i] = (byte) scores[i];
        return b;
    }

    @Test
    void computesPrimaryScoreAndMarkFromTheScale() { // §6.1
        var russian = AssessmentFixtures.russian4();
        var work = ScoredWork.of(russian, Participant.of("40001", "4А"), bytes(2, 1, 1, 3, 2, 1, 0, 1, 2, 2, 1, 1));
        assertThat(work.primaryScore()).isEqualTo(17);
        assertThat(work.mark()).isEqualTo(4);
    }

    @Test
    void countsATaskNotAttemptedAsZero() {
        var russian = AssessmentFixtures.russian4();
        var work = ScoredWork.of(
                russian, Participant.of("1", "4А"), bytes(2, ScoredWork.NOT_ATTEMPTED, 2, 3, 2, 1, 1, 2, 3, 3, 1, 3));
        assertThat(work.primaryScore()).isEqualTo(23);
        assertThat(work.mark()).isEqualTo(5);
        assertThat(work.score(1)).isZero();
    }

    @Test
    void mapsEveryBandBoundary() {
        Scale scale = Scale.of(10, 16, 21, 24);
        assertThat(scale.markFor(0)).isEqualTo(2);
        assertThat(scale.markFor(9)).isEqualTo(2);
        assertThat(scale.markFor(10)).isEqualTo(3);
        assertThat(scale.markFor(15)).isEqualTo(3);
        assertThat(scale.markFor(16)).isEqualTo(4);
        assertThat(scale.markFor(20)).isEqualTo(4);
        assertThat(scale.markFor(21)).isEqualTo(5);
        assertThat(scale.markFor(24)).isEqualTo(5);
        assertThat(scale.threshold(4)).isEqualTo(16);
        assertThatThrownBy(() -> scale.markFor(25)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAScaleWithGaps() {
        assertThatThrownBy(() -> new Scale(java.util.List.of(
                        new Scale.Band(2, 0, 9),
                        new Scale.Band(3, 11, 15),
                        new Scale.Band(4, 16, 20),
                        new Scale.Band(5, 21, 24))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void computesTheSolveRateOfATaskAndFlagsItLow() { // §6.2: 20 participants, task max 3, 27 points
        var task4 = AssessmentFixtures.oneTask(3);
        var group = new ResultAggregate(1, 3);
        int[] points = {3, 3, 3, 3, 3, 3, 3, 2, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        for (int i = 0; i < 20; i++) group.add(ScoredWork.of(task4, Participant.of("p" + i, "5А"), bytes(points[i])));
        assertThat(group.taskSums()[0]).isEqualTo(27);
        assertThat(group.solveRate(0, 3)).isCloseTo(45.0, within(1e-9));
        assertThat(RULE.belowAbsolute(45)).isTrue();
        assertThat(RULE.belowRegion(45, 62)).isTrue(); // 17 points below the region
        assertThat(RULE.isLow(55, 62)).isFalse();
        assertThat(RULE.isLow(55, 71)).isTrue();
    }

    @Test
    void computesTheSchoolIndicators() { // §6.3
        var a = new ResultAggregate(0, 4);
        var scale = ru.opora.assessments.catalogue.Scale.of(1, 2, 3, 4);
        var assessment = new ru.opora.assessments.catalogue.Assessment(
                java.util.UUID.randomUUID(),
                ru.opora.assessments.AssessmentKind.VPR,
                2025,
                "X",
                "Проба",
                5,
                java.util.List.of(),
                scale);
        int[] primaries = {0, 0, 1, 1, 1, 2, 2, 2, 2, 3}; // marks 2,2,3,3,3,4,4,4,4,5
        for (int p : primaries) a.add(new ScoredWork(Participant.of("c" + p, "5А"), new byte[0], p, scale.markFor(p)));
        assertThat(a.share2()).isEqualTo(20.0);
        assertThat(a.uspevaemost()).isEqualTo(80.0);
        assertThat(a.kachestvo()).isEqualTo(50.0);
        assertThat(a.meanMark()).isCloseTo(3.4, within(1e-9)); // (2+2+3+3+3+4+4+4+4+5) / 10
        assertThat(a.meanPercent(assessment.maxPrimaryScore())).isCloseTo(100.0 * 14 / 40, within(1e-9));
    }

    @Test
    void comparesWithJournalMarks() { // §6.4: 25 participants, 9 lower, 14 equal, 2 higher
        var scale = ru.opora.assessments.catalogue.Scale.of(1, 2, 3, 4);
        var a = new ResultAggregate(0, 4);
        for (int i = 0; i < 9; i++)
            a.add(new ScoredWork(Participant.of("l" + i, "6Б").withJournalMark(4), new byte[0], 1, 3));
        for (int i = 0; i < 14; i++)
            a.add(new ScoredWork(Participant.of("e" + i, "6Б").withJournalMark(4), new byte[0], 2, 4));
        for (int i = 0; i < 2; i++)
            a.add(new ScoredWork(Participant.of("h" + i, "6Б").withJournalMark(4), new byte[0], 4, 5));
        a.add(new ScoredWork(Participant.of("n", "6Б"), new byte[0], 4, 5));
        assertThat(a.withJournal()).isEqualTo(25);
        assertThat(a.lowered()).isEqualTo(36.0);
        assertThat(a.confirmed()).isEqualTo(56.0);
        assertThat(a.raised()).isEqualTo(8.0);
        assertThat(scale.maxScore()).isEqualTo(4);
    }

    @Test
    void aggregatesAddUpToTheAggregateOfTheUnion() {
        var russian = AssessmentFixtures.russian4();
        var classA = new ResultAggregate(12, 24);
        var classB = new ResultAggregate(12, 24);
        var school = new ResultAggregate(12, 24);
        var w1 = ScoredWork.of(
                russian, new Participant("1", "4А", 1, 5, null, false), bytes(2, 1, 1, 3, 2, 1, 0, 1, 2, 2, 1, 1));
        var w2 = ScoredWork.of(
                russian, new Participant("2", "4Б", 2, 3, null, true), bytes(0, 0, 1, 1, 0, 1, 0, 1, 0, 1, 0, 1));
        classA.add(w1);
        classB.add(w2);
        school.add(w1);
        school.add(w2);
        var rolledUp = new ResultAggregate(12, 24);
        rolledUp.addAll(classA);
        rolledUp.addAll(classB);
        assertThat(rolledUp.marks()).isEqualTo(school.marks());
        assertThat(rolledUp.taskSums()).isEqualTo(school.taskSums());
        assertThat(rolledUp.primaryHistogram()).isEqualTo(school.primaryHistogram());
        assertThat(rolledUp.journal()).isEqualTo(school.journal());
        assertThat(rolledUp.primarySum()).isEqualTo(school.primarySum());
    }
}
