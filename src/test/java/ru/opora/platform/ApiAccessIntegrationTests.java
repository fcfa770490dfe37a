package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Service accounts and the API's edges: revocable tokens (shown once, refused when expired or
 * revoked, with the reason), background jobs seen only by whoever started them, imports refused to
 * roles that may not load the file, and the OpenAPI description readable with the API's credentials.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiAccessIntegrationTests {

    private static final Pattern SECRET = Pattern.compile("id=\"token-secret\">(opora_[A-Za-z0-9]+)<");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] MUNICIPALITIES = ("Код муниципалитета;Наименование;ОКТМО\r\n"
                    + "API-1;Тестовый район;61999000\r\n")
            .getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    ru.opora.assessments.catalogue.Catalogue catalogue;

    TestRegions.TestRegion region;
    String regionAdmin;
    String municipal;

    @BeforeEach
    void region() {
        region = regions.create();
        regionAdmin = users.create(Role.REGION_ADMIN, region.region());
        municipal = users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0));
    }

    @Test
    void aTokenWorksUntilItIsRevokedOrExpiresAndIsStoredOnlyAsAHash() {
        var admin = OporaHttp.as(port, regionAdmin);
        String secret = createToken(admin, municipal, "Выгрузка в БИ", "30");
        var api = new OporaHttp(port);
        assertThat(api.getAuth("/api/v1/schools", "Bearer " + secret).status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from identity.api_token where token_hash = ? or name = ?")
                        .params(secret, secret)
                        .query(Long.class)
                        .single())
                .as("the secret itself is never stored")
                .isZero();
        // its last use is recorded to the minute: a service's calls in the same minute write nothing
        var firstUse = lastUsed("Выгрузка в БИ");
        assertThat(firstUse).isNotNull();
        assertThat(api.getAuth("/api/v1/schools", "Bearer " + secret).status()).isEqualTo(200);
        assertThat(lastUsed("Выгрузка в БИ")).isEqualTo(firstUse);
        jdbc.sql(
                        "update identity.api_token set last_used_at = now() - interval '2 minutes' where name = 'Выгрузка в БИ'")
                .update();
        var stale = lastUsed("Выгрузка в БИ");
        assertThat(api.getAuth("/api/v1/schools", "Bearer " + secret).status()).isEqualTo(200);
        assertThat(lastUsed("Выгрузка в БИ")).isAfter(stale);
        assertThat(admin.get("/admin/tokens").body()).contains("Выгрузка в БИ").doesNotContain(secret);
        var tokensXlsx = OporaHttp.sheet(admin.download("/admin/tokens.xlsx").body());
        assertThat(tokensXlsx.stream().flatMap(java.util.List::stream))
                .contains("Выгрузка в БИ")
                .doesNotContain(secret);

        var unknown = api.getAuth("/api/v1/schools", "Bearer opora_nonsense");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body()).contains("Токен не действует");

        var id = jdbc.sql("select id from identity.api_token where name = 'Выгрузка в БИ'")
                .query(java.util.UUID.class)
                .single();
        admin.postWithCsrf("/admin/tokens/" + id + "/revoke", "/admin/tokens", Map.of());
        var revoked = api.getAuth("/api/v1/schools", "Bearer " + secret);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.body()).contains("отозван");

        String second = createToken(admin, municipal, "Срочная выгрузка", "1");
        assertThat(api.getAuth("/api/v1/schools", "Bearer " + second).status()).isEqualTo(200);
        jdbc.sql(
                        "update identity.api_token set expires_at = now() - interval '1 minute' where name = 'Срочная выгрузка'")
                .update();
        assertThat(api.getAuth("/api/v1/schools", "Bearer " + second).status()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from identity.audit_event where entity_type = 'API_TOKEN' and actor = ?")
                        .param(regionAdmin)
                        .query(Long.class)
                        .single())
                .as("creations and the revocation are audited")
                .isEqualTo(3);
    }

    private java.sql.Timestamp lastUsed(String name) {
        return jdbc.sql("select last_used_at from identity.api_token where name = ?")
                .param(name)
                .query(java.sql.Timestamp.class)
                .single();
    }

    @Test
    void aTokenOfTooLongALifeIsRefusedWithTheReason() {
        var admin = OporaHttp.as(port, regionAdmin);
        admin.postWithCsrf(
                "/admin/tokens",
                "/admin/tokens",
                Map.of("user", users.id(municipal).toString(), "name", "Вечный", "days", "5000"));
        assertThat(admin.get("/admin/tokens").body()).contains("Срок действия").doesNotContain("token-secret");
    }

    @Test
    void aJobIsSeenOnlyByWhoeverStartedItAndImportsKeepThePagesRoles() {
        var api = new OporaHttp(port);
        var started = api.postMultipart(
                "/api/v1/imports/municipalities?dryRun=true",
                "municipalities.csv",
                MUNICIPALITIES,
                OporaHttp.basic(regionAdmin, TestUsers.PASSWORD));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String href = JSON.readTree(started.body()).path("href").asString();

        var foreign = api.getAuth(href, OporaHttp.basic(municipal, TestUsers.PASSWORD));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).contains("видит только тот, кто его запустил");
        assertThat(api.getAuth(href, OporaHttp.basic(regionAdmin, TestUsers.PASSWORD))
                        .status())
                .isEqualTo(200);
        assertThat(api.getAuth("/api/v1/jobs/not-a-uuid", OporaHttp.basic(regionAdmin, TestUsers.PASSWORD))
                        .status())
                .isEqualTo(400);

        var malformed = api.postMultipart(
                "/api/v1/imports/results?assessment=not-an-id",
                "results.csv",
                MUNICIPALITIES,
                OporaHttp.basic(regionAdmin, TestUsers.PASSWORD));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("«assessment»").contains("not-an-id");

        var crossSite = api.postMultipart(
                "/api/v1/imports/municipalities?dryRun=true",
                "municipalities.csv",
                MUNICIPALITIES,
                OporaHttp.basic(regionAdmin, TestUsers.PASSWORD),
                Map.of("Origin", "https://evil.example"));
        assertThat(crossSite.status()).as("a browser posting for another site").isEqualTo(403);
        assertThat(crossSite.body()).contains("со страницы другого сайта");
        assertThat(api.postMultipart(
                                "/api/v1/imports/municipalities?dryRun=true",
                                "municipalities.csv",
                                MUNICIPALITIES,
                                OporaHttp.basic(regionAdmin, TestUsers.PASSWORD),
                                Map.of("Origin", "http://localhost:" + port))
                        .status())
                .as("the same site (the browsable API description)")
                .isEqualTo(202);

        var jobsPage = OporaHttp.as(port, regionAdmin).get("/admin/jobs");
        assertThat(jobsPage.status()).isEqualTo(200);
        assertThat(jobsPage.body())
                .contains("municipalities.csv")
                .contains(regionAdmin)
                .contains("муниципалитеты");
        var jobsXlsx = OporaHttp.sheet(
                OporaHttp.as(port, regionAdmin).download("/admin/jobs.xlsx").body());
        assertThat(jobsXlsx.get(0)).contains("Что загружается");
        assertThat(jobsXlsx.stream().flatMap(java.util.List::stream)).contains("municipalities.csv");
        assertThat(OporaHttp.as(port, regionAdmin).get("/admin/jobs.xlsx?x=1").status())
                .isEqualTo(200);
        assertThat(OporaHttp.as(port, municipal).get("/admin/jobs").status())
                .as("only a region's administrators list its jobs")
                .isEqualTo(403);

        var refused = api.postMultipart(
                "/api/v1/imports/municipalities",
                "municipalities.csv",
                MUNICIPALITIES,
                OporaHttp.basic(municipal, TestUsers.PASSWORD));
        assertThat(refused.status())
                .as("a municipality does not load the region's municipalities")
                .isEqualTo(403);
        for (String kind : new String[] {"catalogue", "social-index", "risk-levels", "questionnaires/TEACHER"})
            assertThat(api.postMultipart(
                                    "/api/v1/imports/" + kind,
                                    "file.csv",
                                    MUNICIPALITIES,
                                    OporaHttp.basic(municipal, TestUsers.PASSWORD))
                            .status())
                    .as(kind)
                    .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from orgunits.org_unit where code = 'API-1'")
                        .query(Long.class)
                        .single())
                .as("a check changes nothing")
                .isZero();
    }

    @Test
    void aWithdrawalOutsideTheScopeOrWithoutAReasonIsRefusedWithTheReason() {
        var math4 = catalogue
                .idOf(ru.opora.assessments.AssessmentKind.VPR, 2023, "MA", 4)
                .orElseThrow();
        var api = new OporaHttp(port);
        var elsewhere = region.schoolsOf(region.municipality(1)).getFirst();
        var outside = api.postAuth(
                "/api/v1/results/" + math4 + "/withdraw?reason=test&school=" + elsewhere.id(),
                OporaHttp.basic(municipal, TestUsers.PASSWORD));
        assertThat(outside.status()).as("a school of another municipality").isEqualTo(403);
        var own = region.schoolsOf(region.municipality(0)).getFirst();
        var noReason = api.postAuth(
                "/api/v1/results/" + math4 + "/withdraw?school=" + own.id(),
                OporaHttp.basic(municipal, TestUsers.PASSWORD));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("Укажите причину отзыва");
        var done = api.postAuth(
                "/api/v1/results/" + math4 + "/withdraw?reason="
                        + java.net.URLEncoder.encode("ошибка файла", StandardCharsets.UTF_8) + "&school=" + own.id(),
                OporaHttp.basic(municipal, TestUsers.PASSWORD));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(JSON.readTree(done.body()).path("schools").asInt())
                .as("nothing loaded, nothing withdrawn")
                .isZero();
    }

    @Test
    void theOpenApiDescriptionIsReadWithTheApisCredentialsAndNamesEveryImport() {
        var api = new OporaHttp(port);
        assertThat(api.get("/v3/api-docs").status()).isEqualTo(401);
        var docs = api.getAuth("/v3/api-docs", OporaHttp.basic(municipal, TestUsers.PASSWORD));
        assertThat(docs.status()).isEqualTo(200);
        var tree = JSON.readTree(docs.body());
        assertThat(tree.path("info").path("title").asString()).isEqualTo("Opora API");
        assertThat(tree.path("components").path("securitySchemes").has("token")).isTrue();
        for (String path : new String[] {
            "/api/v1/imports/municipalities",
            "/api/v1/imports/register",
            "/api/v1/imports/catalogue",
            "/api/v1/imports/results",
            "/api/v1/imports/gia",
            "/api/v1/imports/risk-levels",
            "/api/v1/identification/runs/{runId}",
            "/api/v1/jobs/{id}"
        }) assertThat(tree.path("paths").has(path)).as(path).isTrue();
        var results = tree.path("paths").path("/api/v1/imports/results").path("post");
        assertThat(results.path("responses").has("403")).isTrue();
        assertThat(results.path("responses").path("401").path("description").asString())
                .contains("токен истёк");
    }

    private String createToken(OporaHttp admin, String user, String name, String days) {
        admin.postWithCsrf(
                "/admin/tokens",
                "/admin/tokens",
                Map.of("user", users.id(user).toString(), "name", name, "days", days));
        var m = SECRET.matcher(admin.get("/admin/tokens").body());
        assertThat(m.find()).as("the secret is shown once after creation").isTrue();
        return m.group(1);
    }
}
