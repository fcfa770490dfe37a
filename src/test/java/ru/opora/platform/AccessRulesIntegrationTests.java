package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.register.TestRegions;

/** Role and scope rules of the pages and the API, over real HTTP, on a region built for each test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessRulesIntegrationTests {

    static final String PASSWORD = TestUsers.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    TestRegions.TestRegion region;
    List<UUID> firstMunicipalitySchools;
    List<UUID> secondMunicipalitySchools;
    UUID secondMunicipality;
    String regionAdmin;
    String municipal;
    String schoolAdmin;
    String curator;

    @BeforeEach
    void region() {
        region = regions.create();
        firstMunicipalitySchools = ids(region.schoolsOf(region.municipality(0)));
        secondMunicipalitySchools = ids(region.schoolsOf(region.municipality(1)));
        secondMunicipality = region.municipality(1).id();
        regionAdmin = users.create(Role.REGION_ADMIN, region.region());
        municipal = users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0));
        schoolAdmin = users.create(Role.SCHOOL_ADMIN, region.school(0));
        // a curator of one school in each municipality
        curator = users.create(Role.CURATOR, region.school(1), region.school(3));
    }

    private static List<UUID> ids(List<OrgUnitRef> units) {
        return units.stream().map(OrgUnitRef::id).toList();
    }

    @Test
    void refusesEveryPageToAnAnonymousVisitorBySendingThemToSignIn() {
        var anonymous = new OporaHttp(port);
        for (String path : List.of(
                "/",
                "/schools",
                "/schools/export",
                "/municipalities",
                "/schools/" + firstMunicipalitySchools.getFirst(),
                "/register/import",
                "/admin/users",
                "/admin/audit",
                "/swagger-ui.html")) {
            var response = anonymous.get(path);
            assertThat(response.status()).as(path).isEqualTo(302);
            assertThat(response.location()).as(path).endsWith("/login");
        }
    }

    @Test
    void refusesEveryApiPathToAnAnonymousCallerWith401() {
        var anonymous = new OporaHttp(port);
        for (String path : List.of(
                "/api/v1/schools", "/api/v1/municipalities", "/api/v1/schools/" + firstMunicipalitySchools.getFirst()))
            assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
        assertThat(anonymous
                        .postMultipart("/api/v1/register/import", "r.csv", "x".getBytes(), null)
                        .status())
                .isEqualTo(401);
        assertThat(anonymous.getBasic("/api/v1/schools", municipal, "wrong").status())
                .isEqualTo(401);
    }

    @Test
    void municipalCoordinatorIsRefusedAnotherMunicipalitysCardExportAndApiResource() {
        var coordinator = OporaHttp.as(port, municipal);
        var foreignSchool = secondMunicipalitySchools.getFirst();
        assertThat(coordinator.get("/schools/" + foreignSchool).status()).isEqualTo(403);
        assertThat(coordinator
                        .get("/schools/export?municipality=" + secondMunicipality)
                        .status())
                .isEqualTo(403);
        assertThat(coordinator
                        .get("/schools?municipality=" + secondMunicipality)
                        .status())
                .isEqualTo(403);
        assertThat(coordinator
                        .getBasic("/api/v1/schools/" + foreignSchool, municipal, PASSWORD)
                        .status())
                .isEqualTo(403);
        assertThat(coordinator
                        .getBasic("/api/v1/schools?municipality=" + secondMunicipality, municipal, PASSWORD)
                        .status())
                .isEqualTo(200); // the API list is cut to the scope instead
        assertThat(coordinator
                        .get("/schools/" + firstMunicipalitySchools.getFirst())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void municipalCoordinatorListsOnlyTheirOwnMunicipalitysSchools() {
        var api = new OporaHttp(port).getBasic("/api/v1/schools", municipal, PASSWORD);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains("\"total\":" + firstMunicipalitySchools.size());
        var municipalities = new OporaHttp(port).getBasic("/api/v1/municipalities", municipal, PASSWORD);
        assertThat(municipalities.body())
                .contains(region.municipality(0).name())
                .doesNotContain(region.municipality(1).name());
    }

    @Test
    void schoolAdminSeesOnlyTheirOwnSchool() {
        var http = OporaHttp.as(port, schoolAdmin);
        assertThat(http.get("/schools/" + firstMunicipalitySchools.getFirst()).status())
                .isEqualTo(200);
        assertThat(http.get("/schools/" + firstMunicipalitySchools.get(1)).status())
                .isEqualTo(403);
        assertThat(http.getBasic("/api/v1/schools", schoolAdmin, PASSWORD).body())
                .contains("\"total\":1,");
    }

    @Test
    void curatorSeesOnlyAssignedSchools() {
        var http = OporaHttp.as(port, curator);
        assertThat(http.getBasic("/api/v1/schools", curator, PASSWORD).body()).contains("\"total\":2,");
        assertThat(http.get("/schools/" + secondMunicipalitySchools.getFirst()).status())
                .isEqualTo(200);
        assertThat(http.get("/schools/" + firstMunicipalitySchools.get(2)).status())
                .isEqualTo(403);
        assertThat(http.get("/schools/" + secondMunicipalitySchools.get(1)).status())
                .isEqualTo(403);
    }

    @Test
    void rolesWithoutThePermissionAreRefusedAdministrationImportAndAudit() {
        var coordinator = OporaHttp.as(port, municipal);
        for (String path : List.of("/admin/users", "/admin/audit", "/register/import", "/municipalities/new"))
            assertThat(coordinator.get(path).status()).as(path).isEqualTo(403);
        assertThat(coordinator
                        .postMultipart(
                                "/api/v1/register/import",
                                "r.csv",
                                "x".getBytes(),
                                OporaHttp.basic(municipal, PASSWORD))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void refusesAFormPostWithoutItsCsrfToken() {
        var admin = OporaHttp.as(port, regionAdmin);
        String csrfCode = region.code() + "-CSRF";
        var withoutToken = admin.post("/municipalities", Map.of("code", csrfCode, "name", "Без токена"));
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from orgunits.org_unit where code = ?")
                        .param(csrfCode)
                        .query(Long.class)
                        .single())
                .isZero();
        var withToken = admin.postWithCsrf(
                "/municipalities",
                "/municipalities/new",
                Map.of("code", csrfCode, "name", "С токеном", "authorityName", "", "oktmo", ""));
        assertThat(withToken.status()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from orgunits.org_unit where code = ?")
                        .param(csrfCode)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(admin.post("/logout", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void showsFriendlyRussianErrorPages() {
        var coordinator = OporaHttp.as(port, municipal);
        assertThat(coordinator
                        .get("/schools/" + secondMunicipalitySchools.getFirst())
                        .body())
                .contains("Доступ запрещён");
        assertThat(coordinator.get("/no-such-page").body()).contains("Страница не найдена");
        assertThat(coordinator
                        .get("/schools/00000000-0000-0000-0000-000000000000")
                        .status())
                .isEqualTo(404);
    }
}
