package ru.opora.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.identification.IdentificationFixtures;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.platform.OporaHttp;

/**
 * A weak ШНОР is paired with a strong school that has no risk where the ШНОР chose one; a strong
 * school with that risk is not proposed for it, and a ШНОР is never its own tutor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TutorIntegrationTests {

    static final int YEAR = 2050;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentificationFixtures fixtures;

    @Autowired
    ru.opora.identification.ContextExpectations expectations;

    @Autowired
    TestUsers users;

    List<UUID> schools = List.of();

    @Test
    void aShnorGetsAStrongTutorWhoIsStrongWhereItIsWeak() throws Exception {
        var test = fixtures.region();
        fixtures.loadYear(test, YEAR, Set.of(0)); // the first school is weak, the rest strong
        schools = test.schoolsOf(test.municipality(0)).stream()
                .map(OrgUnitRef::id)
                .toList();
        UUID shnor = schools.getFirst();
        var path = test.school(0).path();
        UUID region = test.region().id();
        String adminUser = users.create(Role.REGION_ADMIN, test.region());
        String teacherUser = users.create(Role.TEACHER, test.school(0));
        jdbc.sql("""
                        insert into identification.shnor_status (school_id, school_path, region_id, state, source, entry_year)
                        values (?, ?, ?, 'CONFIRMED', 'REGIONAL_LIST', ?)""").params(shnor, path, region, YEAR).update();
        jdbc.sql("""
                        insert into risk.self_diagnosis (school_id, school_path, cohort_year, entries, updated_by)
                        values (?, ?, ?, '[{"factorCode":"STAFF_SHORTAGE","actual":true,"measures":"","selected":true}]', 'test')""").params(shnor, path, YEAR).update();
        // every strong school has the staff shortage but the fourth
        for (int i = 1; i < schools.size(); i++)
            jdbc.sql("""
                            insert into risk.profile (school_id, school_path, cohort_year, catalogue_version, entries, cause)
                            values (?, ?, ?, 1, cast(? as jsonb), 'test')""")
                    .params(
                            schools.get(i),
                            test.school(i).path(),
                            YEAR,
                            "[{\"factorCode\":\"STAFF_SHORTAGE\",\"level\":\"" + (i == 3 ? "NONE" : "HIGH") + "\"}]")
                    .update();

        var admin = OporaHttp.as(port, adminUser);
        String page = "/support/tutors?year=" + YEAR;
        assertThat(admin.get(page).status()).isEqualTo(200);
        admin.postWithCsrf("/support/tutors", page, Map.of("year", String.valueOf(YEAR)));
        var link = jdbc.sql(
                        "select tutor_school_id, directions from support.tutor_link where school_id = ? and cohort_year = ?")
                .params(shnor, YEAR)
                .query((rs, n) -> List.of(rs.getObject(1, UUID.class), List.of((String[])
                        rs.getArray(2).getArray())))
                .single();
        assertThat(link.get(0)).isEqualTo(schools.get(3));
        assertThat(link.get(1)).isEqualTo(List.of("STAFF_SHORTAGE"));
        assertThat(admin.get(page).body()).contains("Дефицит педагогических кадров");
        assertThat(OporaHttp.as(port, teacherUser).get(page).status()).isEqualTo(403);

        // the context model's «better than expected» schools are tutor candidates too; the weak school never is
        var regionPath = ru.opora.orgunits.OrgPath.ofRegion(region);
        var better = expectations.aboveExpectation(regionPath, YEAR, 0);
        assertThat(better).isNotEmpty().doesNotContain(shnor);
        assertThat(expectations.aboveExpectation(regionPath, YEAR, 100)).isEmpty();

        // a school whose results are in doubt is never a tutor: set aside with its flag, until dismissed
        jdbc.sql("delete from support.tutor_link where school_id = ? and cohort_year = ?")
                .params(shnor, YEAR)
                .update();
        jdbc.sql("""
                        insert into identification.objectivity_flag (school_id, school_path, year, code, value, threshold, evidence)
                        values (?, ?, ?, 'BOUNDARY_SPIKE', 3.1, 2.0, '{}')""").params(schools.get(3), test.school(3).path(), YEAR).update();
        var inDoubt = admin.get(page).body();
        assertThat(inDoubt)
                .contains(
                        "Не предлагаются в наставники: 1",
                        "<del>" + test.school(3).code());
        admin.postWithCsrf("/support/tutors", page, Map.of("year", String.valueOf(YEAR)));
        assertThat(jdbc.sql("select tutor_school_id from support.tutor_link where school_id = ? and cohort_year = ?")
                        .params(shnor, YEAR)
                        .query(UUID.class)
                        .list())
                .as("the flagged school is not proposed")
                .doesNotContain(schools.get(3));
        jdbc.sql("delete from support.tutor_link where school_id = ? and cohort_year = ?")
                .params(shnor, YEAR)
                .update();
        jdbc.sql("update identification.objectivity_flag set status = 'DISMISSED' where school_id = ? and year = ?")
                .params(schools.get(3), YEAR)
                .update();
        assertThat(admin.get(page).body()).doesNotContain("Не предлагаются в наставники");
        admin.postWithCsrf("/support/tutors", page, Map.of("year", String.valueOf(YEAR)));
        assertThat(jdbc.sql("select tutor_school_id from support.tutor_link where school_id = ? and cohort_year = ?")
                        .params(shnor, YEAR)
                        .query(UUID.class)
                        .single())
                .as("a dismissed flag no longer counts")
                .isEqualTo(schools.get(3));
    }
}
