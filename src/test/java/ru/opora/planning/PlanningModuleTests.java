package ru.opora.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import ru.opora.ModuleTestSupport;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.support.CycleProgress;

/**
 * The planning module with the modules it depends on (and theirs): a roadmap taken the real way (written,
 * submitted, reviewed, started) is announced to whoever notifies people, and counts as the school's
 * roadmap and implementation steps of the cycle, which support reads through {@link CycleProgress}.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(ModuleTestSupport.class)
class PlanningModuleTests {

    static final int YEAR = 2035;

    @Autowired
    TestRegions regions;

    @Autowired
    TestPlans plans;

    @Autowired
    CycleProgress progress;

    @Test
    void aRoadmapTakenThroughReviewIsAnnouncedAndIsTheSchoolsStep(AssertablePublishedEvents events) {
        var region = regions.create(1, 2, s -> s);
        var school = region.school(0);

        var measure = plans.measureInExecution(school, YEAR, "Методический семинар", LocalDate.of(YEAR, 12, 1));

        assertThat(measure.title()).isEqualTo("Методический семинар");
        assertThat(events)
                .contains(DocumentSubmitted.class)
                .matching(e -> e.schoolId().equals(school.id()))
                .matching(e -> e.type().equals("ROADMAP"));
        assertThat(events)
                .contains(DocumentReviewed.class)
                .matching(e -> e.schoolId().equals(school.id()))
                .matching(e -> e.verdict().equals("ACCEPTED"));
        var done = progress.done(Set.of(school.id(), region.school(1).id()), YEAR);
        assertThat(done.get(school.id())).contains("ROADMAP", "IMPLEMENTATION");
        assertThat(done.getOrDefault(region.school(1).id(), Set.of())).isEmpty();
    }
}
