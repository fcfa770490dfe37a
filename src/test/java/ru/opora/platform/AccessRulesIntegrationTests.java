package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Role and scope rules of the pages and the API, over real HTTP on the demo region. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessRulesIntegrationTests {

    static final String PASSWORD = "demo2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    DemoRegionFacts demo;

    @BeforeEach
    void readDemo() {
        demo = DemoRegionFacts.read(jdbc);
    }

    @Test
    void refusesEveryPageToAnAnonymousVisitorBySendingThemToSignIn() {
        var anonymous = new OporaHttp(port);
        for (String path : List.of(
                "/",
                "/schools",
                "/schools/export",
                "/municipalities",
                "/schools/" + demo.firstMunicipalitySchools().getFirst(),
                "/register/import",
                "/admin/users",
                "/admin/audit",
                "/v3/api-docs",
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
                "/api/v1/schools",
                "/api/v1/municipalities",
                "/api/v1/schools/" + demo.firstMunicipalitySchools().getFirst()))
            assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
        assertThat(anonymous
                        .postMultipart("/api/v1/register/import", "r.csv", "x".getBytes(), null)
                        .status())
                .isEqualTo(401);
        assertThat(anonymous.getBasic("/api/v1/schools", "municipal", "wrong").status())
                .isEqualTo(401);
    }

    @Test
    void municipalCoordinatorIsRefusedAnotherMunicipalitysCardExportAndApiResource() {
        var coordinator = OporaHttp.signedIn(port, "municipal", PASSWORD);
        var foreignSchool = demo.secondMunicipalitySchools().getFirst();
        assertThat(coordinator.get("/schools/" + foreignSchool).status()).isEqualTo(403);
        assertThat(coordinator
                        .get("/schools/export?municipality=" + demo.secondMunicipality())
                        .status())
                .isEqualTo(403);
        assertThat(coordinator
                        .get("/schools?municipality=" + demo.secondMunicipality())
                        .status())
                .isEqualTo(403);
        assertThat(coordinator
                        .getBasic("/api/v1/schools/" + foreignSchool, "municipal", PASSWORD)
                        .status())
                .isEqualTo(403);
        assertThat(coordinator
                        .getBasic("/api/v1/schools?municipality=" + demo.secondMunicipality(), "municipal", PASSWORD)
                        .status())
                .isEqualTo(200); // the API list is cut to the scope instead
        assertThat(coordinator
                        .get("/schools/" + demo.firstMunicipalitySchools().getFirst())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void municipalCoordinatorListsOnlyTheirOwnMunicipalitysSchools() {
        var api = new OporaHttp(port).getBasic("/api/v1/schools", "municipal", PASSWORD);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body())
                .contains("\"total\":" + demo.firstMunicipalitySchools().size());
        var municipalities = new OporaHttp(port).getBasic("/api/v1/municipalities", "municipal", PASSWORD);
        assertThat(municipalities.body()).contains("Городской округ Приозёрск").doesNotContain("Светлогорск");
    }

    @Test
    void schoolAdminSeesOnlyTheirOwnSchool() {
        var school = OporaHttp.signedIn(port, "school", PASSWORD);
        assertThat(school.get("/schools/" + demo.firstMunicipalitySchools().getFirst())
                        .status())
                .isEqualTo(200);
        assertThat(school.get("/schools/" + demo.firstMunicipalitySchools().get(1))
                        .status())
                .isEqualTo(403);
        assertThat(school.getBasic("/api/v1/schools", "school", PASSWORD).body())
                .contains("\"total\":1,");
    }

    @Test
    void curatorSeesOnlyAssignedSchools() {
        var curator = OporaHttp.signedIn(port, "curator", PASSWORD);
        assertThat(curator.getBasic("/api/v1/schools", "curator", PASSWORD).body())
                .contains("\"total\":4,");
        assertThat(curator.get("/schools/" + demo.secondMunicipalitySchools().getFirst())
                        .status())
                .isEqualTo(200);
        assertThat(curator.get("/schools/" + demo.firstMunicipalitySchools().get(5))
                        .status())
                .isEqualTo(403);
        assertThat(curator.get("/schools/" + demo.secondMunicipalitySchools().get(1))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void rolesWithoutThePermissionAreRefusedAdministrationImportAndAudit() {
        var coordinator = OporaHttp.signedIn(port, "municipal", PASSWORD);
        for (String path : List.of("/admin/users", "/admin/audit", "/register/import", "/municipalities/new"))
            assertThat(coordinator.get(path).status()).as(path).isEqualTo(403);
        assertThat(coordinator
                        .postMultipart(
                                "/api/v1/register/import",
                                "r.csv",
                                "x".getBytes(),
                                OporaHttp.basic("municipal", PASSWORD))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void refusesAFormPostWithoutItsCsrfToken() {
        var admin = OporaHttp.signedIn(port, "region", PASSWORD);
        var withoutToken = admin.post("/municipalities", Map.of("code", "CSRF1", "name", "Без токена"));
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from orgunits.org_unit where code = 'CSRF1'")
                        .query(Long.class)
                        .single())
                .isZero();
        var withToken = admin.postWithCsrf(
                "/municipalities",
                "/municipalities/new",
                Map.of("code", "CSRF1", "name", "С токеном", "authorityName", "", "oktmo", ""));
        assertThat(withToken.status()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from orgunits.org_unit where code = 'CSRF1'")
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(admin.post("/logout", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void showsFriendlyRussianErrorPages() {
        var coordinator = OporaHttp.signedIn(port, "municipal", PASSWORD);
        assertThat(coordinator
                        .get("/schools/" + demo.secondMunicipalitySchools().getFirst())
                        .body())
                .contains("Доступ запрещён");
        assertThat(coordinator.get("/no-such-page").body()).contains("Страница не найдена");
        assertThat(coordinator
                        .get("/schools/00000000-0000-0000-0000-000000000000")
                        .status())
                .isEqualTo(404);
    }
}
