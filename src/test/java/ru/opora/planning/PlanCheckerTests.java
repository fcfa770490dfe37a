package ru.opora.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.opora.planning.documents.Content;
import ru.opora.planning.documents.DocumentType;
import ru.opora.planning.documents.Gap;
import ru.opora.planning.documents.PlanChecker;
import ru.opora.planning.documents.Template;

/** The rules of §7.3 and the school-level check, one by one. */
class PlanCheckerTests {

    static final Template ANTIRISK =
            new Template(DocumentType.ANTIRISK_PROGRAM, List.of("goal", "monitoring"), true, true, true);
    static final LocalDate FROM = LocalDate.of(2027, 1, 1);
    static final LocalDate TO = LocalDate.of(2027, 12, 31);

    static Content.Measure measure(String id, String task, LocalDate due, String responsible) {
        return new Content.Measure(id, task, "Мероприятие " + id, null, due, responsible, "", "", "", List.of());
    }

    static Content complete() {
        return new Content(
                Map.of("goal", "Снизить долю «2»", "monitoring", "Ежеквартально"),
                List.of(new Content.Task("t1", "Диагностика")),
                List.of(measure("m1", "t1", LocalDate.of(2027, 3, 1), "Завуч")),
                List.of(new Content.Target("i1", "Доля «2»", "%", 30.0, 15.0)));
    }

    private static List<String> codes(List<Gap> gaps) {
        return gaps.stream().map(Gap::code).toList();
    }

    @Test
    void aCompleteProgrammeHasNoGaps() {
        assertThat(PlanChecker.check(ANTIRISK, complete(), FROM, TO)).isEmpty();
    }

    @Test
    void findsEachMissingPart() {
        var c = complete();
        var noGoal = new Content(Map.of("monitoring", "x"), c.tasks(), c.measures(), c.indicators());
        assertThat(PlanChecker.check(ANTIRISK, noGoal, FROM, TO))
                .containsExactly(new Gap("sectionEmpty", "section:goal", List.of("goal")));

        var orphanTask = new Content(
                c.sections(),
                List.of(new Content.Task("t1", "Диагностика"), new Content.Task("t2", "Наставничество")),
                c.measures(),
                c.indicators());
        assertThat(PlanChecker.check(ANTIRISK, orphanTask, FROM, TO))
                .containsExactly(new Gap("taskWithoutMeasure", "task:t2", List.of("2")));

        var badMeasures = new Content(
                c.sections(),
                c.tasks(),
                List.of(
                        measure("m1", "t1", null, "Завуч"),
                        measure("m2", "t1", LocalDate.of(2028, 2, 1), "Завуч"),
                        measure("m3", "t1", LocalDate.of(2027, 2, 1), " "),
                        new Content.Measure(
                                "m4",
                                "t1",
                                "",
                                LocalDate.of(2027, 5, 1),
                                LocalDate.of(2027, 4, 1),
                                "Директор",
                                "",
                                "",
                                "",
                                List.of())),
                c.indicators());
        assertThat(codes(PlanChecker.check(ANTIRISK, badMeasures, FROM, TO)))
                .containsExactly(
                        "measureWithoutDue",
                        "measureDueOutsidePeriod",
                        "measureWithoutResponsible",
                        "measureWithoutTitle",
                        "measureStartsAfterDue");

        var noValues = new Content(
                c.sections(), c.tasks(), c.measures(), List.of(new Content.Target("i1", "Доля «2»", "%", null, null)));
        assertThat(PlanChecker.check(ANTIRISK, noValues, FROM, TO))
                .extracting(Gap::code, Gap::anchor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("indicatorWithoutBaseline", "indicator:i1"),
                        org.assertj.core.groups.Tuple.tuple("indicatorWithoutTarget", "indicator:i1"));

        assertThat(codes(PlanChecker.check(ANTIRISK, Content.empty(), TO, FROM)))
                .containsExactly(
                        "periodInvalid", "sectionEmpty", "sectionEmpty", "noTasks", "noMeasures", "noIndicators");
    }

    @Test
    void aRoadmapNeedsOnlyMeasures() {
        var roadmap = new Template(DocumentType.ROADMAP, List.of(), false, true, false);
        assertThat(codes(PlanChecker.check(roadmap, Content.empty(), FROM, TO))).containsExactly("noMeasures");
        var one = new Content(
                Map.of(), List.of(), List.of(measure("m1", null, LocalDate.of(2027, 6, 1), "Директор")), List.of());
        assertThat(PlanChecker.check(roadmap, one, FROM, TO)).isEmpty();
    }

    @Test
    void aChosenRiskWithoutItsProgrammeIsAGapOfTheSchool() {
        assertThat(PlanChecker.checkSchool(List.of("EQUIPMENT", "STAFF_SHORTAGE"), Set.of("EQUIPMENT")))
                .containsExactly(new Gap("riskWithoutProgramme", "risk:STAFF_SHORTAGE", List.of("STAFF_SHORTAGE")));
        assertThat(PlanChecker.checkSchool(List.of("EQUIPMENT"), Set.of("EQUIPMENT")))
                .isEmpty();
    }
}
