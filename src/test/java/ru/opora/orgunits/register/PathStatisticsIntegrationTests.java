package ru.opora.orgunits.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The planner estimates a scope from a histogram of the paths fine enough to tell a municipality
 * from a region (migration orgunits V2): with the default one, a country's municipal school list
 * read every school of the country to join 65 of them (docs/benchmarks.md).
 */
@SpringBootTest
class PathStatisticsIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePathsAreSampledFinely() {
        Integer target = jdbc.sql("""
                        select attstattarget from pg_attribute
                         where attrelid = 'orgunits.org_unit'::regclass and attname = 'path'""").query(Integer.class).single();
        assertThat(target).isEqualTo(1000);
    }
}
