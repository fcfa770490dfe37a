package ru.opora.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
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

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Test
    void theMunicipalityWritesAndSubmitsItsRoadmap() {
        var region = regions.create();
        UUID municipality = region.municipality(0).id();
        String own = region.school(0).code();
        String foreign = region.school(3).code();
        String coordinatorUser = users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0));
        String directorUser = users.create(Role.SCHOOL_ADMIN, region.school(0));
        var coordinator = OporaHttp.as(port, coordinatorUser);
        String page = "/planning/municipalities/" + municipality + "?year=" + YEAR;
        assertThat(coordinator.get(page).body()).contains("write-municipal-roadmap");
        var created = coordinator.postWithCsrf(
                "/planning/municipalities/" + municipality + "/roadmap",
                page,
                java.util.Map.of("year", String.valueOf(YEAR)));
        String edit = created.location().replaceFirst("^https?://[^/]+", "");
        String id = edit.split("/")[3];

        var bad = coordinator.postFormWithCsrf("/planning/documents/" + id, edit, form(id, foreign, "save", YEAR));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("Мероприятие 1: школы с кодом «" + foreign + "» нет в муниципалитете");

        var none = coordinator.postFormWithCsrf("/planning/documents/" + id, edit, form(id, "", "submit", YEAR));
        assertThat(none.status()).isEqualTo(302);
        assertThat(coordinator.get("/planning/documents/" + id).body())
                .contains("не указаны школы, на которые оно направлено");

        coordinator.get(edit);
        var ok = coordinator.postFormWithCsrf("/planning/documents/" + id, edit, form(id, own, "submit", YEAR));
        assertThat(ok.status()).isEqualTo(302);
        assertThat(jdbc.sql("select status from planning.document where id = cast(? as uuid)")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("SUBMITTED");

        var school = OporaHttp.as(port, directorUser);
        assertThat(school.get("/planning/documents/" + id + "/edit").status()).isIn(403, 404);
    }

    private LinkedMultiValueMap<String, String> form(String document, String schools, String action, int year) {
        var version = jdbc.sql("select version from planning.document where id = cast(? as uuid)")
                .param(document)
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
