package ru.opora.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/**
 * A cohort takes the confirmed ШНОР (not the candidates unless asked), gets the default calendar,
 * takes a school by hand, moves a due date, and shows each school's steps: done, overdue or ahead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CohortIntegrationTests {

    static final int YEAR = 2049;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    List<OrgUnitRef> schools = List.of();

    @Test
    void aCohortTracksEachSchoolThroughTheCycle() {
        var test = regions.create();
        schools = test.schools();
        String adminUser = users.create(Role.REGION_ADMIN, test.region());
        String municipalUser = users.create(Role.MUNICIPAL_COORDINATOR, test.municipality(0));
        String teacherUser = users.create(Role.TEACHER, test.school(0));
        UUID region = test.region().id();
        for (int i = 0; i < 3; i++)
            jdbc.sql("""
                            insert into identification.shnor_status (school_id, school_path, region_id, state, source, entry_year)
                            values (?, ?, ?, ?, 'REGIONAL_LIST', ?)""")
                    .params(schools.get(i).id(), schools.get(i).path(), region, i < 2 ? "CONFIRMED" : "CANDIDATE", YEAR)
                    .update();
        jdbc.sql("""
                        insert into risk.self_diagnosis (school_id, school_path, cohort_year, entries, updated_by)
                        values (?, ?, ?, '[{"factorCode":"EQUIPMENT","actual":true,"measures":"","selected":true}]', 'test')""").params(schools.get(0).id(), schools.get(0).path(), YEAR).update();

        var admin = OporaHttp.as(port, adminUser);
        var created = admin.postWithCsrf(
                "/support/cohorts",
                "/support/cohorts",
                Map.of(
                        "year",
                        String.valueOf(YEAR),
                        "name",
                        "500+ " + YEAR,
                        "start",
                        "2020-09-01",
                        "end",
                        YEAR + "-08-31"));
        assertThat(created.status()).isEqualTo(302);
        String page = "/support/cohorts/" + YEAR;
        String body = admin.get(page).body();
        assertThat(body)
                .contains("Когорта создана, школ: 2.")
                .contains(code(0))
                .contains(code(1))
                .doesNotContain(code(2));

        admin.postWithCsrf(page + "/schools", page, Map.of("code", code(3)));
        admin.postWithCsrf(page + "/schools", page, Map.of("code", "000000"));
        body = admin.get(page).body();
        assertThat(body).contains(code(3)).contains("добавлена вручную").contains("Школы с таким кодом нет в регионе");

        // the calendar started in 2020: every undone step is overdue, the self-diagnosis of the first school is done
        var rows = OporaHttp.sheet(admin.download(page + ".xlsx").body());
        assertThat(rows.getFirst()).anySatisfy(h -> assertThat(h).startsWith("Самодиагностика и выбор рисков"));
        var first = rows.stream()
                .filter(r -> r.getFirst().equals(code(0)))
                .findFirst()
                .orElseThrow();
        assertThat(first.subList(2, 7))
                .containsExactly("выполнено", "просрочено", "просрочено", "просрочено", "выполнено");
        // monitoring is tracked: no campaign confirmed yet, and its date passed
        assertThat(first.get(12)).isEqualTo("просрочено");

        admin.postWithCsrf(page + "/steps/2", page, Map.of("due", "2099-01-01"));
        var moved = OporaHttp.sheet(admin.download(page + ".xlsx").body()).stream()
                .filter(r -> r.getFirst().equals(code(1)))
                .findFirst()
                .orElseThrow();
        assertThat(moved.get(3)).isEqualTo("впереди");

        var municipal = OporaHttp.as(port, municipalUser);
        assertThat(municipal.get(page).status()).isEqualTo(200);
        assertThat(municipal
                        .postWithCsrf(page + "/steps/2", page, Map.of("due", "2020-01-01"))
                        .status())
                .isEqualTo(403);
        assertThat(OporaHttp.as(port, teacherUser).get(page).status()).isEqualTo(403);
    }

    private String code(int i) {
        return schools.get(i).code();
    }
}
