package ru.opora.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    List<Map<String, Object>> schools = List.of();

    @AfterEach
    void cleanUp() {
        for (var s : schools)
            jdbc.sql("delete from identification.shnor_status where school_id = ?")
                    .param(s.get("id"))
                    .update();
        jdbc.sql("delete from support.cohort where year = ?").param(YEAR).update();
        jdbc.sql("delete from risk.self_diagnosis where cohort_year = ?")
                .param(YEAR)
                .update();
    }

    @Test
    void aCohortTracksEachSchoolThroughTheCycle() {
        schools = jdbc.sql("""
                        select id, code, path from orgunits.org_unit where kind = 'SCHOOL' and code like '3911%' order by code limit 4""").query().listOfRows();
        UUID region = UUID.fromString(((String) schools.getFirst().get("path")).split("/")[1]);
        for (int i = 0; i < 3; i++)
            jdbc.sql("""
                            insert into identification.shnor_status (school_id, school_path, region_id, state, source, entry_year)
                            values (?, ?, ?, ?, 'REGIONAL_LIST', ?)""")
                    .params(
                            schools.get(i).get("id"),
                            schools.get(i).get("path"),
                            region,
                            i < 2 ? "CONFIRMED" : "CANDIDATE",
                            YEAR)
                    .update();
        jdbc.sql("""
                        insert into risk.self_diagnosis (school_id, school_path, cohort_year, entries, updated_by)
                        values (?, ?, ?, '[{"factorCode":"EQUIPMENT","actual":true,"measures":"","selected":true}]', 'test')""")
                .params(schools.get(0).get("id"), schools.get(0).get("path"), YEAR)
                .update();

        var admin = OporaHttp.signedIn(port, "region", "demo2026");
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
        assertThat(first.get(12)).isEqualTo("пока не отслеживается");

        admin.postWithCsrf(page + "/steps/2", page, Map.of("due", "2099-01-01"));
        var moved = OporaHttp.sheet(admin.download(page + ".xlsx").body()).stream()
                .filter(r -> r.getFirst().equals(code(1)))
                .findFirst()
                .orElseThrow();
        assertThat(moved.get(3)).isEqualTo("впереди");

        var municipal = OporaHttp.signedIn(port, "municipal", "demo2026");
        assertThat(municipal.get(page).status()).isEqualTo(200);
        assertThat(municipal
                        .postWithCsrf(page + "/steps/2", page, Map.of("due", "2020-01-01"))
                        .status())
                .isEqualTo(403);
        assertThat(OporaHttp.signedIn(port, "teacher", "demo2026").get(page).status())
                .isEqualTo(403);
    }

    private String code(int i) {
        return (String) schools.get(i).get("code");
    }
}
