package ru.opora.identification.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.identification.IdentificationFixtures;

/**
 * The context model takes the region's social-context index once it covers at least half of the
 * schools (issue #16): a region whose weak schools are explained by the index gets a model that
 * explains more, and a coefficient for the index; an index of a few schools is left out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContextFitIntegrationTests {

    static final int YEAR = 2044;

    @Autowired
    ContextFit contextFit;

    @Autowired
    IdentificationFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSocialIndexJoinsTheModelWhenItCoversHalfTheSchools() {
        var region = fixtures.region();
        fixtures.loadYear(region, YEAR, Set.of(1, 3));
        var regionPath = region.region().path();
        var before = contextFit.of(regionPath, YEAR).fit();
        assertThat(before.names()).doesNotContain("socialIndex");

        // the index says what the register does not: the two weak schools live in poor context
        // the two schools left without an index are ordinary ones, whatever order the region lists
        // its schools in (by path, made of random ids: a weak school left out explained nothing)
        var gaps = new java.util.ArrayList<>(before.gaps());
        gaps.sort(java.util.Comparator.comparingDouble(ru.opora.identification.engine.ContextModel.Gap::measured)
                .reversed());
        for (int i = 0; i < gaps.size() - 2; i++)
            insertIndex(gaps.get(i).schoolId(), gaps.get(i).measured() + i % 3 - 1);
        var after = contextFit.of(regionPath, YEAR).fit();
        assertThat(after.names()).endsWith("socialIndex");
        assertThat(after.rSquared())
                .as("R² with the index (%.2f) against without (%.2f)", after.rSquared(), before.rSquared())
                .isGreaterThan(before.rSquared() + 0.2);

        jdbc.sql("delete from identification.social_index where school_path like ? and school_id <> all(?)")
                .params(
                        regionPath.likePattern(),
                        gaps.subList(0, 3).stream()
                                .map(ru.opora.identification.engine.ContextModel.Gap::schoolId)
                                .toArray(java.util.UUID[]::new))
                .update();
        assertThat(contextFit.of(regionPath, YEAR).fit().names())
                .as("three schools of fourteen are not enough")
                .doesNotContain("socialIndex");
    }

    private void insertIndex(java.util.UUID school, double value) {
        var path = jdbc.sql("select path from orgunits.org_unit where id = ?")
                .param(school)
                .query(String.class)
                .single();
        jdbc.sql("""
                        insert into identification.social_index (school_id, school_path, year, value, imported_by)
                        values (?, ?, ?, ?, 'test')""").params(school, path, YEAR, value).update();
    }
}
