package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.assessments.TestResults;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.planning.TestPlans;
import ru.opora.risk.profiles.TestRisks;
import ru.opora.support.curators.TestSupport;

/**
 * Moving a school to another municipality by a register re-import moves everything about it: the
 * old municipality's coordinator no longer sees its results, risk profile, documents, measures or
 * visits, the new one does, both municipalities' figures change, and no module keeps the old path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchoolMoveIntegrationTests {

    static final int YEAR = 2053;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    TestResults results;

    @Autowired
    TestRisks risks;

    @Autowired
    TestPlans plans;

    @Autowired
    TestSupport support;

    @Test
    void aMovedSchoolTakesItsDataToItsNewMunicipality() {
        var region = regions.create();
        OrgUnitRef school = region.school(0);
        var from = region.municipality(0);
        var to = region.municipality(1);
        String oldCoordinator = users.create(Role.MUNICIPAL_COORDINATOR, from);
        String newCoordinator = users.create(Role.MUNICIPAL_COORDINATOR, to);
        String director = users.create(Role.SCHOOL_ADMIN, school);

        UUID assessment = results.vpr("MV", YEAR, 5);
        results.load(
                assessment,
                region.scope(),
                TestResults.HEADER
                        + lines(school.code(), 4)
                        + lines(region.school(1).code(), 3)
                        + lines(region.school(3).code(), 2));
        risks.profiles(region.path(), YEAR);
        var measure = plans.measureInExecution(school, YEAR, "Педсовет по итогам ВПР", LocalDate.of(YEAR, 12, 1));
        String curator = support.curatorOf(school, YEAR);
        support.visit(school, curator, LocalDate.of(2026, 10, 1), "Знакомство с командой школы");
        var directorSession = OporaHttp.as(port, director);
        assertThat(directorSession.get("/schools/" + school.id()).status()).isEqualTo(200);

        assertThat(sees(oldCoordinator, school, assessment, measure.id())).containsOnly(true);
        assertThat(sees(newCoordinator, school, assessment, measure.id())).containsOnly(false);
        assertThat(participants(assessment, from)).isEqualTo(7);
        assertThat(participants(assessment, to)).isEqualTo(2);

        regions.moveByReimport(region, school, to);

        assertThat(sees(oldCoordinator, school, assessment, measure.id())).containsOnly(false);
        assertThat(sees(newCoordinator, school, assessment, measure.id())).containsOnly(true);
        assertThat(participants(assessment, from)).isEqualTo(3);
        assertThat(participants(assessment, to)).isEqualTo(6);
        assertThat(participants(assessment, region.region())).isEqualTo(9);
        assertThat(copiesOfThePathThatDidNotMove(school)).isEmpty();
        // the school's own staff sign in again: their session held the old path
        assertThat(directorSession.get("/schools/" + school.id()).location()).endsWith("/login");
        assertThat(OporaHttp.as(port, director).get("/schools/" + school.id()).status())
                .isEqualTo(200);
    }

    /** What a coordinator sees of the school: results, risk profile, programmes, measures, visits. */
    private List<Boolean> sees(String coordinator, OrgUnitRef school, UUID assessment, UUID measure) {
        var http = OporaHttp.as(port, coordinator);
        var seen = new ArrayList<Boolean>();
        seen.add(http.get("/results/" + assessment).body().contains(school.code()));
        seen.add(http.get("/results/" + assessment + "/schools/" + school.id()).status() == 200);
        seen.add(http.get("/risk?year=" + YEAR).body().contains(school.code()));
        seen.add(http.get("/risk/schools/" + school.id() + "?year=" + YEAR).status() == 200);
        seen.add(http.get("/planning?year=" + YEAR).body().contains(school.code()));
        seen.add(http.get("/planning/measures").body().contains(measure.toString()));
        seen.add(http.get("/planning/measures/" + measure).status() == 200);
        seen.add(
                http.get("/support/schools/" + school.id() + "/visits").body().contains("Знакомство с командой школы"));
        return seen;
    }

    private static String lines(String school, int works) {
        var text = new StringBuilder();
        for (int i = 1; i <= works; i++)
            text.append(school).append(';').append(i).append(";5А;1;1;2;1\n");
        return text.toString();
    }

    private long participants(UUID assessment, OrgUnitRef unit) {
        return jdbc.sql("""
                        select coalesce(sum(participants), 0) from assessments.result_aggregate
                        where assessment_id = ? and org_unit_id = ? and class_label = ''""").params(assessment, unit.id()).query(Long.class).single();
    }

    /**
     * Every table of every module that keeps a path beside a school's id, found in the catalogue
     * rather than listed by hand, so that a module added later cannot forget to move its copies.
     */
    private List<String> copiesOfThePathThatDidNotMove(OrgUnitRef school) {
        var moved = regions.byCode(ru.opora.orgunits.OrgUnitKind.SCHOOL, school.code())
                .path();
        var columns = jdbc.sql("""
                        select p.table_schema, p.table_name, p.column_name, k.column_name
                        from information_schema.columns p
                        join information_schema.columns k on k.table_schema = p.table_schema and k.table_name = p.table_name
                             and k.column_name in ('school_id', 'org_unit_id')
                        join information_schema.tables t on t.table_schema = p.table_schema and t.table_name = p.table_name
                             and t.table_type = 'BASE TABLE'
                        where p.column_name like '%path' and p.table_schema <> 'orgunits'""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        assertThat(columns).hasSizeGreaterThan(15);
        var stale = new ArrayList<String>();
        for (var c : columns) {
            long rows = jdbc.sql("select count(*) from " + c.get(0) + "." + c.get(1) + " where " + c.get(3)
                            + " = ? and " + c.get(2) + " <> ?")
                    .params(school.id(), moved.value())
                    .query(Long.class)
                    .single();
            if (rows > 0) stale.add(c.get(0) + "." + c.get(1) + "." + c.get(2) + ": " + rows);
        }
        return stale;
    }
}
