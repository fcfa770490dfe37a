package ru.opora.orgunits.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A scope's school list is looked up by index, not joined to every school of the country: the
 * planner prices reads by index as for data in memory (decision 0035), with a histogram of the paths
 * of 200 buckets (migration orgunits V4). V2's 1000 buckets told a municipality from a region more
 * finely but were paid at every plan: a `like` prefix is estimated against each bucket, and each
 * scoped statement is planned for its own prefix (0.55–1.1 ms a plan at 40,000 schools, 0.2–0.34
 * with 200; docs/benchmarks.md).
 */
@SpringBootTest
class PathStatisticsIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePathsAreSampledInTwoHundredBucketsAndIndexReadsPricedAsInMemory() {
        Integer target = jdbc.sql("""
                        select attstattarget from pg_attribute
                         where attrelid = 'orgunits.org_unit'::regclass and attname = 'path'""").query(Integer.class).single();
        assertThat(target).isEqualTo(200);
        assertThat(jdbc.sql("show random_page_cost").query(String.class).single())
                .isEqualTo("1.1");
    }
}
