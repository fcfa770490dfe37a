package ru.opora.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import ru.opora.platform.OporaHttp;

/**
 * The municipal coordinator writes the municipality's roadmap: a row naming a school outside the
 * municipality is refused by row and code, a row naming none is a gap, and a complete roadmap is
 * submitted for the region's review; a school administrator cannot write it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MunicipalRoadmapIntegrationTests {

    static final int YEAR = 2052;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theMunicipalityWritesAndSubmitsItsRoadmap() {
        jdbc.sql("delete from planning.document where cohort_year = ?")
                .param(YEAR)
                .update();
        UUID municipality = jdbc.sql("""
                        select s.org_unit_id from identity.user_account u
                        join identity.user_scope s on s.user_account = u.id where u.username = 'municipal'""").query(UUID.class).single();
        String own = jdbc.sql("select code from orgunits.org_unit where parent_id = ? order by code limit 1")
                .param(municipality)
                .query(String.class)
                .single();
        String foreign = jdbc.sql(
                        "select code from orgunits.org_unit where kind = 'SCHOOL' and parent_id <> ? order by code limit 1")
                .param(municipality)
                .query(String.class)
                .single();
        var coordinator = OporaHttp.signedIn(port, "municipal", "demo2026");
        String page = "/planning/municipalities/" + municipality + "?year=" + YEAR;
        assertThat(coordinator.get(page).body()).contains("write-municipal-roadmap");
        var created = coordinator.postWithCsrf(
                "/planning/municipalities/" + municipality + "/roadmap",
                page,
                java.util.Map.of("year", String.valueOf(YEAR)));
        String edit = created.location().replaceFirst("^https?://[^/]+", "");
        String id = edit.split("/")[3];

        var bad = coordinator.postFormWithCsrf("/planning/documents/" + id, edit, form(foreign, "save", YEAR));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("Мероприятие 1: школы с кодом «" + foreign + "» нет в муниципалитете");

        var none = coordinator.postFormWithCsrf("/planning/documents/" + id, edit, form("", "submit", YEAR));
        assertThat(none.status()).isEqualTo(302);
        assertThat(coordinator.get("/planning/documents/" + id).body())
                .contains("не указаны школы, на которые оно направлено");

        coordinator.get(edit);
        var ok = coordinator.postFormWithCsrf("/planning/documents/" + id, edit, form(own, "submit", YEAR));
        assertThat(ok.status()).isEqualTo(302);
        assertThat(jdbc.sql("select status from planning.document where id = cast(? as uuid)")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("SUBMITTED");

        var school = OporaHttp.signedIn(port, "school", "demo2026");
        assertThat(school.get("/planning/documents/" + id + "/edit").status()).isIn(403, 404);
    }

    private LinkedMultiValueMap<String, String> form(String schools, String action, int year) {
        var version = jdbc.sql("select version from planning.document where cohort_year = ?")
                .param(year)
                .query(Integer.class)
                .single();
        var f = new LinkedMultiValueMap<String, String>();
        f.add("version", String.valueOf(version));
        f.add("section_goal", "Поддержка школ с низкими результатами муниципалитета");
        f.add("periodFrom", year + "-09-01");
        f.add("periodTo", (year + 1) + "-12-31");
        f.add("m_id", "");
        f.add("m_title", "Муниципальный семинар для учителей математики");
        f.add("m_start", "");
        f.add("m_due", year + "-11-15");
        f.add("m_responsible", "Отдел образования");
        f.add("m_participants", "");
        f.add("m_result", "");
        f.add("m_evidence", "протокол");
        f.add("m_schools", schools);
        f.add("action", action);
        return f;
    }
}
