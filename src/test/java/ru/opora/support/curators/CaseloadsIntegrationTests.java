package ru.opora.support.curators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.opora.orgunits.register.TestRegions;

/**
 * A curator's caseload counts the curator's active assignments of the year, whichever region, and
 * a page asks only for its own region's curators: counting the whole country's assignments to show a
 * region's few curators made the curators' pages grow with the country (issue #22).
 */
@SpringBootTest
class CaseloadsIntegrationTests {

    private static final int YEAR = 2031;

    @Autowired
    TestRegions regions;

    @Autowired
    TestSupport support;

    @Autowired
    CuratorProfiles profiles;

    @Autowired
    Assignments assignments;

    @Test
    void countsOnlyTheCuratorsAskedForAndEachOnesActiveAssignments() {
        var north = regions.create();
        var south = regions.create();
        String busy = support.curatorOf(north.school(0), YEAR);
        assignments.assign(north.school(1), YEAR, busy, "тест", "test");
        String other = support.curatorOf(south.school(0), YEAR);
        String ended = support.curatorOf(south.school(1), YEAR);
        assignments.end(south.school(1), YEAR, "test");

        assertThat(profiles.caseloads(YEAR, List.of(busy))).isEqualTo(Map.of(busy, 2));
        assertThat(profiles.caseloads(YEAR, List.of(busy, other, ended))).isEqualTo(Map.of(busy, 2, other, 1));
        assertThat(profiles.caseloads(YEAR + 1, List.of(busy))).isEmpty();
        assertThat(profiles.caseloads(YEAR, List.of())).isEmpty();
    }
}
