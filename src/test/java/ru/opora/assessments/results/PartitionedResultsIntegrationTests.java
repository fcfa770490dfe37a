package ru.opora.assessments.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.assessments.TestResults;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;
import tools.jackson.databind.json.JsonMapper;

/**
 * Results and aggregates are partitioned by year and, inside a year, by region (migration
 * assessments/V10): two regions' imports of two years land in their own partitions, a query naming
 * both keys reads one partition, and the pages and the API read every year and only the reader's region.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartitionedResultsIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LEAF_SCAN = Pattern.compile(" on (work_block_\\d{4}_r\\d)");

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    TestResults results;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Works works;

    @Test
    void twoRegionsOfTwoYearsLandInTheirPartitionsAndAreReadBack() {
        var north = regions.create();
        var south = regions.create();
        // years no other test uses: their partitions come with their first assessment
        Map<Integer, UUID> vpr = Map.of(2041, results.vpr("ЧАСТ", 2041, 5), 2042, results.vpr("ЧАСТ", 2042, 5));
        results.load(
                vpr.get(2041),
                north.scope(),
                TestResults.HEADER + TestResults.worksSolvingTask2(north.school(0), 10, 4));
        results.load(
                vpr.get(2042),
                north.scope(),
                TestResults.HEADER + TestResults.worksSolvingTask2(north.school(0), 12, 6));
        results.load(
                vpr.get(2041),
                south.scope(),
                TestResults.HEADER + TestResults.worksSolvingTask2(south.school(1), 7, 7));
        results.load(
                vpr.get(2042),
                south.scope(),
                TestResults.HEADER + TestResults.worksSolvingTask2(south.school(1), 9, 0));

        for (String table : List.of("work_block", "result_aggregate"))
            for (int year : vpr.keySet())
                assertThat(leaves(table, year))
                        .as("%s of %d: 8 regional partitions", table, year)
                        .hasSize(8);

        var placed = jdbc.sql("""
                        select tableoid::regclass::text as leaf, year, region_id from assessments.work_block
                         where assessment_id = any(?)""")
                .param(vpr.values().toArray(UUID[]::new))
                .query((rs, n) -> List.of(rs.getString("leaf"), rs.getString("year"), rs.getString("region_id")))
                .list();
        assertThat(placed).hasSize(4);
        for (var row : placed) assertThat(row.get(0)).startsWith("assessments.work_block_" + row.get(1) + "_r");
        assertThat(placed.stream().map(r -> r.get(2)).distinct())
                .containsExactlyInAnyOrder(
                        north.region().id().toString(), south.region().id().toString());

        // every aggregate (school, municipality, region) sits in its year and its region's partition key
        assertThat(jdbc.sql("""
                        select count(*) from assessments.result_aggregate r join assessments.assessment a on a.id = r.assessment_id
                         where r.assessment_id = any(?) and (r.year <> a.year or r.region_id <> substr(r.org_path, 2, 36)::uuid
                               or r.tableoid::regclass::text not like 'assessments.result_aggregate_' || a.year || '_r%')""")
                        .param(vpr.values().toArray(UUID[]::new))
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from assessments.result_aggregate where assessment_id = any(?)")
                        .param(vpr.values().toArray(UUID[]::new))
                        .query(Long.class)
                        .single())
                .as("school, municipality and region rows of two regions in two years")
                .isEqualTo(2 * 2 * 3);

        assertThat(scannedLeaves(
                        "year = 2041 and region_id = '" + north.region().id() + "'"))
                .as("both keys named: one partition read")
                .hasSize(1);
        assertThat(scannedLeaves("year = 2042")).as("the year named: its eight").hasSize(8);

        String northAdmin = users.create(Role.REGION_ADMIN, north.region());
        String southAdmin = users.create(Role.REGION_ADMIN, south.region());
        assertThat(participants(northAdmin, vpr.get(2041))).isEqualTo(10);
        assertThat(participants(northAdmin, vpr.get(2042))).isEqualTo(12);
        assertThat(participants(southAdmin, vpr.get(2041))).isEqualTo(7);
        assertThat(participants(southAdmin, vpr.get(2042))).isEqualTo(9);
    }

    @Test
    void reimportReplacesTheSchoolsWorksInsideItsPartition() {
        var region = regions.create();
        UUID vpr = results.vpr("ЧАСТ", 2043, 5);
        results.load(vpr, region.scope(), TestResults.HEADER + TestResults.worksSolvingTask2(region.school(0), 10, 4));
        results.load(vpr, region.scope(), TestResults.HEADER + TestResults.worksSolvingTask2(region.school(0), 6, 6));
        assertThat(jdbc.sql("select sum(cardinality(codes)) from assessments.work_block where assessment_id = ?")
                        .param(vpr)
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
        String admin = users.create(Role.REGION_ADMIN, region.region());
        assertThat(participants(admin, vpr)).isEqualTo(6);
    }

    /** The blocks' key to their assessment is checked once per import (V11): deleting one with works is refused. */
    @Test
    void anAssessmentWithWorksCannotBeDeletedAndOneWithoutCan() {
        var region = regions.create();
        UUID withWorks = results.vpr("ЧАСТ", 2062, 5);
        UUID without = results.vpr("ЧАСТ", 2062, 6);
        results.load(
                withWorks, region.scope(), TestResults.HEADER + TestResults.worksSolvingTask2(region.school(0), 5, 2));

        assertThatThrownBy(() -> jdbc.sql("delete from assessments.assessment where id = ?")
                        .param(withWorks)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("has works");
        assertThat(jdbc.sql("delete from assessments.assessment where id = ?")
                        .param(without)
                        .update())
                .isEqualTo(1);
        assertThat(jdbc.sql("select sum(cardinality(codes)) from assessments.work_block where assessment_id = ?")
                        .param(withWorks)
                        .query(Long.class)
                        .single())
                .as("the refused deletion left the works")
                .isEqualTo(5);
    }

    /** An import replaces earlier results only where the region has some: a region's first import skips the deletions. */
    @Test
    void tellsWhetherARegionHasResultsOfAnAssessment() {
        var first = regions.create();
        var second = regions.create();
        UUID vpr = results.vpr("ЧАСТ", 2044, 8);
        assertThat(works.regionHasResults(vpr, 2044, first.scope().regionId())).isFalse();

        results.load(vpr, first.scope(), TestResults.HEADER + TestResults.worksSolvingTask2(first.school(0), 4, 1));
        assertThat(works.regionHasResults(vpr, 2044, first.scope().regionId())).isTrue();
        assertThat(works.regionHasResults(vpr, 2044, second.scope().regionId())).isFalse();

        // the second region's first import leaves the first region's works alone, and a re-import replaces
        results.load(vpr, second.scope(), TestResults.HEADER + TestResults.worksSolvingTask2(second.school(0), 3, 1));
        results.load(vpr, first.scope(), TestResults.HEADER + TestResults.worksSolvingTask2(first.school(0), 2, 1));
        assertThat(jdbc.sql("""
                        select region_id = ? as first, sum(cardinality(codes))::int from assessments.work_block
                         where assessment_id = ? group by 1 order by 1 desc""")
                        .params(first.scope().regionId(), vpr)
                        .query((rs, n) -> rs.getBoolean(1) + ":" + rs.getInt(2))
                        .list())
                .containsExactly("true:2", "false:3");
    }

    /** The aggregates' key too is checked once per import (V12): an assessment with aggregates alone is kept. */
    @Test
    void anAssessmentWithAggregatesAloneCannotBeDeleted() {
        var region = regions.create();
        UUID assessment = results.vpr("ЧАСТ", 2044, 7);
        var school = region.school(0);
        jdbc.sql("""
                        insert into assessments.result_aggregate (year, region_id, assessment_id, org_unit_id, org_level,
                               org_path, class_label, ovz, participants, primary_sum, marks, histogram, task_sums, journal)
                        values (2044, ?, ?, ?, 3, ?, '', false, 1, 1, '{0,0,1,0}', '{0,1}', '{1}', '{0,0,0}')""")
                .param(school.path().regionId())
                .param(assessment)
                .param(school.id())
                .param(school.path().value())
                .update();

        assertThatThrownBy(() -> jdbc.sql("delete from assessments.assessment where id = ?")
                        .param(assessment)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("has works");
    }

    private List<String> leaves(String table, int year) {
        return jdbc.sql("select relid::text from pg_partition_tree(?::regclass) where isleaf")
                .param("assessments." + table + "_" + year)
                .query(String.class)
                .list();
    }

    private List<String> scannedLeaves(String condition) {
        String plan = String.join(
                "\n",
                jdbc.sql("explain (costs off) select count(*) from assessments.work_block where " + condition)
                        .query(String.class)
                        .list());
        return LEAF_SCAN.matcher(plan).results().map(m -> m.group(1)).distinct().toList();
    }

    private int participants(String username, UUID assessment) {
        var answer = new OporaHttp(port).api("/api/v1/results/" + assessment, username);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).path("total").path("participants").asInt();
    }
}
