package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.planning.TestPlans;
import ru.opora.planning.documents.DocumentType;
import ru.opora.support.curators.TestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reads of the support cycle through the API, each under the scope of its page: documents (with
 * their content and DOCX), measures, curator assignments and visits; another municipality's school
 * answers 404 or is not listed, a school outside a curator's assignments likewise.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiReadsIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int YEAR = LocalDate.now().getYear();

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    TestPlans plans;

    @Autowired
    TestSupport support;

    TestRegions.TestRegion region;
    String regionAdmin;
    String otherMunicipality;

    @BeforeEach
    void region() {
        region = regions.create();
        regionAdmin = users.create(Role.REGION_ADMIN, region.region());
        // school(0) lies in municipality(0); this coordinator sees only municipality(1)
        otherMunicipality = users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(1));
    }

    @Test
    void documentsAndMeasuresAreReadInTheirScope() {
        var school = region.school(0);
        var doc = plans.draft(school, YEAR, DocumentType.CONCEPT);
        var measure = plans.measureInExecution(school, YEAR, "Методический семинар по математике", LocalDate.now());
        var api = new OporaHttp(port);

        var listed = json(api.api("/api/v1/planning/documents?year=" + YEAR, regionAdmin));
        assertThat(listed.valueStream().map(d -> d.path("id").asString()))
                .contains(doc.id().toString());
        var one = json(api.api("/api/v1/planning/documents/" + doc.id(), regionAdmin));
        assertThat(one.path("document").path("schoolName").asString()).isEqualTo(school.name());
        assertThat(one.path("content").isObject()).isTrue();
        var docx = api.getBasicBytes("/api/v1/planning/documents/" + doc.id() + "/docx", regionAdmin);
        assertThat(docx.status()).isEqualTo(200);
        assertThat(new String(docx.body(), 0, 2)).as("a DOCX is a zip").isEqualTo("PK");

        assertThat(json(api.api("/api/v1/planning/measures", regionAdmin))
                        .valueStream()
                        .map(m -> m.path("title").asString()))
                .contains("Методический семинар по математике");
        assertThat(json(api.api("/api/v1/planning/measures/" + measure.id(), regionAdmin))
                        .path("status")
                        .asString())
                .isNotEmpty();

        assertThat(api.api("/api/v1/planning/documents/" + doc.id(), otherMunicipality)
                        .status())
                .isEqualTo(404);
        assertThat(api.api("/api/v1/planning/measures/" + measure.id(), otherMunicipality)
                        .status())
                .isEqualTo(404);
        assertThat(json(api.api("/api/v1/planning/documents?year=" + YEAR, otherMunicipality))
                        .valueStream()
                        .map(d -> d.path("id").asString()))
                .doesNotContain(doc.id().toString());
        assertThat(api.api("/api/v1/planning/documents/not-an-id", regionAdmin).status())
                .isEqualTo(400);
    }

    @Test
    void curatorsAssignmentsAndVisitsAreReadInTheirScope() {
        var school = region.school(0);
        String curator = support.curatorOf(school, YEAR);
        support.visit(school, curator, LocalDate.now(), "Знакомство с командой школы");
        var api = new OporaHttp(port);

        var assigned = json(api.api("/api/v1/support/assignments?year=" + YEAR, regionAdmin));
        assertThat(assigned.valueStream()
                        .filter(a ->
                                a.path("schoolId").asString().equals(school.id().toString()))
                        .map(a -> a.path("curator").asString()))
                .containsExactly(curator);
        var visits = json(api.api("/api/v1/support/schools/" + school.id() + "/visits", curator));
        assertThat(visits.path("schoolName").asString()).isEqualTo(school.name());
        assertThat(visits.path("visits").get(0).path("purpose").asString()).isEqualTo("Знакомство с командой школы");

        var notAssigned = region.school(1);
        assertThat(api.api("/api/v1/support/schools/" + notAssigned.id() + "/visits", curator)
                        .status())
                .as("a school the curator is not assigned")
                .isIn(403, 404);
        assertThat(json(api.api("/api/v1/support/assignments?year=" + YEAR, otherMunicipality))
                        .valueStream()
                        .map(a -> a.path("schoolId").asString()))
                .doesNotContain(school.id().toString());
        assertThat(json(api.api("/api/v1/notifications", curator)).isArray()).isTrue();
    }

    private static JsonNode json(OporaHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
