package ru.opora.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Task analysis above the school (issue #16): the region sees which tasks each municipality's
 * schools solve worst, with the schools and classes a low task touches; a municipality sees its
 * schools; a group under ten works is shown but never marked low.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskMatrixIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestResults results;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    TestRegions.TestRegion region;
    UUID assessment;

    /**
     * The first municipality's three schools score nothing on task 2 (the first school in two
     * classes of 12, the others in one); the second's two score full marks; its third school has
     * three works that miss task 1.
     */
    @BeforeEach
    void results() {
        region = regions.create();
        assessment = results.vpr("TM", 2041, 5);
        var rows = new StringBuilder(TestResults.HEADER);
        for (int s = 0; s < 6; s++) {
            String code = region.school(s).code();
            int works = s == 5 ? 3 : 12;
            for (String cls : s == 0 ? List.of("5А", "5Б") : List.of("5А"))
                for (int w = 0; w < works; w++)
                    rows.append(code)
                            .append(";P")
                            .append(s)
                            .append(cls)
                            .append(w)
                            .append(';')
                            .append(cls)
                            .append(s < 3 ? ";1;0;2;2\n" : s == 5 ? ";0;1;2;2\n" : ";1;1;2;2\n");
        }
        results.load(assessment, region.scope(), rows.toString());
    }

    @Test
    void theRegionSeesTheTasksEachMunicipalitySolvesWorstWithTheSchoolsAndClassesTouched() {
        String admin = users.create(Role.REGION_ADMIN, region.region());
        String auth = OporaHttp.basic(admin, TestUsers.PASSWORD);
        var api = new OporaHttp(port);
        JsonNode m = json(api.getAuth("/api/v1/results/" + assessment + "/tasks", auth));
        assertThat(m.path("by").asString()).isEqualTo("MUNICIPALITIES");
        assertThat(m.path("rows")).hasSize(2);
        JsonNode first = row(m, region.municipality(0).id());
        JsonNode second = row(m, region.municipality(1).id());
        assertThat(first.path("cells").get(1).path("rate").asDouble()).isZero();
        assertThat(first.path("cells").get(1).path("low").asBoolean()).isTrue();
        assertThat(first.path("cells").get(0).path("low").asBoolean()).isFalse();
        assertThat(second.path("cells").get(1).path("low").asBoolean()).isFalse();
        JsonNode worst = m.path("worst").get(0);
        assertThat(worst.path("number").asString()).isEqualTo("2");
        assertThat(worst.path("lowSchools").asInt())
                .as("the first municipality's three schools")
                .isEqualTo(3);
        assertThat(worst.path("lowClasses").asInt()).as("their four classes").isEqualTo(4);
        assertThat(m.path("worst"))
                .as("task 1 is low only in a school of three works")
                .hasSize(1);

        JsonNode bySchool = json(api.getAuth("/api/v1/results/" + assessment + "/tasks?by=SCHOOLS", auth));
        JsonNode small = row(bySchool, region.school(5).id());
        assertThat(small.path("small").asBoolean()).isTrue();
        assertThat(small.path("cells").get(0).path("rate").asDouble()).isZero();
        assertThat(small.path("cells").get(0).path("low").asBoolean())
                .as("too few works to be marked")
                .isFalse();

        var browser = OporaHttp.as(port, admin);
        String page = browser.get("/results/" + assessment + "/tasks").body();
        assertThat(page)
                .contains(region.municipality(0).name(), region.municipality(1).name())
                .contains("Задания с низкой решаемостью")
                .contains("low-cell");
        var sheet = OporaHttp.sheet(
                browser.download("/results/" + assessment + "/tasks.xlsx").body());
        assertThat(sheet).anySatisfy(r -> assertThat(r).contains("Задание 2"));
        assertThat(sheet)
                .anySatisfy(r -> assertThat(r).startsWith(region.municipality(0).name()));
        var low = OporaHttp.sheet(
                browser.download("/results/" + assessment + "/tasks-low.xlsx").body());
        assertThat(low).anySatisfy(r -> assertThat(r).startsWith("2"));
    }

    @Test
    void theLeastGroupToBeMarkedIsTheRegionsVersionedSetting() {
        String admin = users.create(Role.REGION_ADMIN, region.region());
        var browser = OporaHttp.as(port, admin);
        String settings = "/results/settings/low-tasks";
        var refused = browser.postWithCsrf(
                settings,
                settings,
                Map.of("absolute", "50", "gap", "15", "minGroup", "0", "reason", "малые группы", "action", "save"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("«0» — не число работ: введите целое число от 1 до 1 000.");
        var saved = browser.postWithCsrf(
                settings,
                settings,
                Map.of(
                        "absolute",
                        "50",
                        "gap",
                        "15",
                        "minGroup",
                        "3",
                        "reason",
                        "малокомплектные школы",
                        "action",
                        "save"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(browser.get(settings).body())
                .contains("малокомплектные школы")
                .contains("id=\"minGroup\" value=\"3\"");

        String auth = OporaHttp.basic(admin, TestUsers.PASSWORD);
        JsonNode bySchool =
                json(new OporaHttp(port).getAuth("/api/v1/results/" + assessment + "/tasks?by=SCHOOLS", auth));
        assertThat(bySchool.path("minGroup").asInt()).isEqualTo(3);
        JsonNode small = row(bySchool, region.school(5).id());
        assertThat(small.path("small").asBoolean()).isFalse();
        assertThat(small.path("cells").get(0).path("low").asBoolean())
                .as("three works are enough under the region's rule")
                .isTrue();
    }

    @Test
    void aMunicipalitySeesItsOwnSchoolsOnlyAndOthersAreRefused() {
        String municipal = users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(1));
        String auth = OporaHttp.basic(municipal, TestUsers.PASSWORD);
        var api = new OporaHttp(port);
        JsonNode m = json(api.getAuth("/api/v1/results/" + assessment + "/tasks?by=MUNICIPALITIES", auth));
        assertThat(m.path("by").asString())
                .as("a municipality's rows are its schools")
                .isEqualTo("SCHOOLS");
        var ids = new ArrayList<String>();
        m.path("rows").forEach(r -> ids.add(r.path("id").asString()));
        assertThat(ids)
                .containsExactlyInAnyOrder(
                        region.school(3).id().toString(),
                        region.school(4).id().toString(),
                        region.school(5).id().toString());
        assertThat(m.path("worst")).as("its schools solve every task").isEmpty();
        assertThat(api.getAuth("/api/v1/results/" + UUID.randomUUID() + "/tasks", auth)
                        .status())
                .isEqualTo(404);
        assertThat(api.getAuth("/api/v1/results/" + assessment + "/tasks?by=BOGUS", auth)
                        .status())
                .isEqualTo(400);
        String teacher = users.create(Role.TEACHER, region.school(0));
        assertThat(OporaHttp.as(port, teacher)
                        .get("/results/" + assessment + "/tasks")
                        .body())
                .doesNotContain(region.school(3).code());
    }

    @Test
    void aRegionFiltersTheResultsPagesByMunicipalityAndAMunicipalityCannotLookElsewhere() {
        String admin = users.create(Role.REGION_ADMIN, region.region());
        String auth = OporaHttp.basic(admin, TestUsers.PASSWORD);
        var api = new OporaHttp(port);
        UUID first = region.municipality(0).id();
        JsonNode m = json(api.getAuth("/api/v1/results/" + assessment + "/tasks?municipality=" + first, auth));
        assertThat(m.path("by").asString()).isEqualTo("SCHOOLS");
        assertThat(m.path("rows")).hasSize(3);
        JsonNode overview = json(api.getAuth("/api/v1/results/" + assessment + "?municipality=" + first, auth));
        assertThat(overview.path("total").path("participants").asInt())
                .as("the first municipality's 48 works")
                .isEqualTo(48);
        assertThat(overview.path("schoolsInAll").asInt()).isEqualTo(3);
        var page = OporaHttp.as(port, admin)
                .get("/results/" + assessment + "?municipality=" + first)
                .body();
        assertThat(page)
                .contains(region.school(0).code())
                .doesNotContain(region.school(4).code());

        String municipal =
                OporaHttp.basic(users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(1)), TestUsers.PASSWORD);
        assertThat(api.getAuth("/api/v1/results/" + assessment + "?municipality=" + first, municipal)
                        .status())
                .isEqualTo(404);
        assertThat(api.getAuth("/api/v1/results/" + assessment + "/tasks?municipality=" + first, municipal)
                        .status())
                .isEqualTo(404);
    }

    private static JsonNode row(JsonNode matrix, UUID id) {
        for (JsonNode r : matrix.path("rows")) if (r.path("id").asString().equals(id.toString())) return r;
        throw new AssertionError("no row " + id + " in " + matrix);
    }

    private static JsonNode json(OporaHttp.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
