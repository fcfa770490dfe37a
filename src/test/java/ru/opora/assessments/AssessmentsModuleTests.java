package ru.opora.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import ru.opora.ModuleTestSupport;
import ru.opora.orgunits.register.TestRegions;

/**
 * The assessments module with only the modules it depends on: a participant file, read through the
 * one import pipeline, reaches other modules through {@link SchoolResults} as sums per school and per
 * region; loading a school's file again replaces its works instead of adding to them.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ModuleTestSupport.class)
class AssessmentsModuleTests {

    @Autowired
    TestRegions regions;

    @Autowired
    TestResults results;

    @Autowired
    SchoolResults schoolResults;

    @Test
    void aFileIsSummedPerSchoolAndRegionAndALaterFileReplacesTheSchoolsWorks() {
        var region = regions.create(2, 1, s -> s);
        var first = region.school(0);
        var second = region.school(1);
        UUID vpr = results.vpr("MA", 2031, 5);
        results.load(
                vpr,
                region.scope(),
                TestResults.HEADER
                        + first.code() + ";1;5А;1;1;2;2\n"
                        + first.code() + ";2;5А;0;1;1;0\n"
                        + second.code() + ";3;5Б;1;0;0;0\n");

        var bySchool = new HashMap<UUID, SchoolResults.SchoolAggregate>();
        schoolResults.forEachSchool(vpr, region.path(), a -> bySchool.put(a.schoolId(), a));
        assertThat(bySchool.get(first.id()).participants()).isEqualTo(2);
        assertThat(bySchool.get(second.id()).participants()).isEqualTo(1);
        // primary scores 6 + 2 + 1
        assertThat(schoolResults.regionTotal(vpr, region.path()).primarySum()).isEqualTo(9);

        results.load(vpr, region.scope(), TestResults.HEADER + first.code() + ";1;5А;1;1;2;2\n");

        assertThat(schoolResults.regionTotal(vpr, region.path()).participants()).isEqualTo(2);
        assertThat(schoolResults.regionTotal(vpr, region.path()).primarySum()).isEqualTo(7);
    }
}
