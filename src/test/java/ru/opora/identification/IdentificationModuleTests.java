package ru.opora.identification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import ru.opora.ModuleTestSupport;
import ru.opora.assessments.TestResults;
import ru.opora.identification.runs.IdentificationRuns;
import ru.opora.identification.runs.RuleSets;

/**
 * The identification module with only the modules it depends on: two years of results in which two
 * of fourteen schools are weak give a run whose confirmation makes exactly those two ШНОР candidates
 * in {@link ShnorRegister}, the module's answer to every other module.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ModuleTestSupport.class)
class IdentificationModuleTests {

    static final int YEAR = 2033;

    @Autowired
    IdentificationFixtures fixtures;

    @Autowired
    IdentificationRuns runs;

    @Autowired
    RuleSets ruleSets;

    @Autowired
    ShnorRegister register;

    @Test
    void aConfirmedRunMakesTheWeakSchoolsCandidates() {
        var region = fixtures.region();
        fixtures.load(region, YEAR);
        var regionId = region.path().regionId();

        TestResults.asImporter(() -> {
            var run = runs.run(regionId, region.path(), YEAR, ruleSets.current(regionId), "tester");
            runs.confirm(run, regionId, "tester");
            return run;
        });

        var states = register.states(region.scope());
        var weak = IdentificationFixtures.WEAK.stream()
                .map(i -> region.schools().get(i).id())
                .toList();
        assertThat(states).containsOnlyKeys(weak);
        assertThat(states.values()).containsOnly(ShnorState.CANDIDATE);
    }
}
