package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;

/** Excel exports read back with POI, the register import through the API with a real XLSX, OpenAPI and health. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportsAndApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    TestRegions.TestRegion region;
    String admin;
    String municipal;

    @BeforeEach
    void region() {
        region = regions.create();
        admin = users.create(Role.REGION_ADMIN, region.region());
        municipal = users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0));
    }

    private List<List<String>> download(String path, String username) throws Exception {
        var http = OporaHttp.as(port, username);
        var client = HttpClient.newHttpClient();
        var response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Cookie", "SESSION=" + http.cookie("SESSION"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
        var rows = new ArrayList<List<String>>();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            for (Row row : wb.getSheetAt(0)) {
                var cells = new ArrayList<String>();
                row.forEach(c -> cells.add(c.toString()));
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void exportsTheCoordinatorsSchoolsAndNothingElse() throws Exception {
        int own = region.schoolsOf(region.municipality(0)).size();
        var rows = download("/schools/export", municipal);
        assertThat(rows.getFirst()).startsWith("Код ОО", "Краткое наименование", "Муниципалитет");
        assertThat(rows).hasSize(own + 1);
        assertThat(rows.subList(1, rows.size()))
                .allSatisfy(r ->
                        assertThat(r.get(2)).isEqualTo(region.municipality(0).name()));
    }

    @Test
    void listsAndShowsTheCoordinatorsSchoolsThroughTheApiAndFiltersThem() {
        var api = new OporaHttp(port);
        var own = region.school(0);
        var list = api.api("/api/v1/schools", municipal);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body())
                .contains(own.code())
                .doesNotContain(region.school(3).code());
        // a filter the reader sets narrows the list; the others are left out of the query
        assertThat(api.api("/api/v1/schools?q=" + own.code(), municipal).body())
                .contains("\"total\":1")
                .contains(own.code());
        var card = api.api("/api/v1/schools/" + own.id(), municipal);
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.body()).contains(own.code());
        assertThat(api.api("/api/v1/schools/" + region.school(3).id(), municipal)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void exportsMunicipalitiesUsersAndTheAuditLog() throws Exception {
        assertThat(download("/municipalities/export", admin))
                .extracting(r -> r.get(1))
                .contains(region.municipality(0).name(), region.municipality(1).name());
        assertThat(download("/admin/users/export", admin))
                .extracting(r -> r.getFirst())
                .contains(admin, municipal);
        OporaHttp.as(port, admin)
                .postWithCsrf("/admin/users/" + users.id(municipal) + "/disable", "/admin/users", java.util.Map.of());
        // the kind and the action by their names, never their codes
        assertThat(download("/admin/audit/export?type=USER", admin))
                .extracting(r -> r.get(2))
                .contains("пользователь")
                .doesNotContain("USER");
        assertThat(download("/admin/audit/export?type=USER", admin))
                .extracting(r -> r.get(4))
                .doesNotContain("DISABLE");
        // the states read in words: fields by their names, roles and schools by theirs
        var disabled = download("/admin/audit/export?type=USER", admin).stream()
                .filter(r -> r.get(3).equals(municipal))
                .findFirst()
                .orElseThrow();
        assertThat(disabled.get(4)).isEqualTo("отключение");
        // who, by name, with the login the filter asks for
        assertThat(disabled.get(1)).startsWith("Тестовый пользователь ").endsWith(" (" + admin + ")");
        assertThat(disabled.get(6))
                .contains(
                        "Роль: Муниципальный координатор",
                        "Включён: нет",
                        "Область видимости: " + region.municipality(0).name())
                .doesNotContain(
                        "Роль: MUNICIPAL_COORDINATOR",
                        "role:",
                        region.municipality(0).id().toString());
    }

    @Test
    void importsAnXlsxRegisterThroughTheApiWithDryRunThenCommit() throws Exception {
        String code = "X" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        byte[] xlsx;
        try (var wb = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Реестр");
            String[] header = {
                "Код ОО",
                "Муниципалитет",
                "Полное наименование",
                "Краткое наименование",
                "ИНН",
                "Уровни образования",
                "Тип поселения",
                "Численность обучающихся",
                "Численность педагогов",
                "Доля обучающихся с ОВЗ, %"
            };
            for (int i = 0; i < header.length; i++) sheet.createRow(0).createCell(i);
            var h = sheet.getRow(0);
            for (int i = 0; i < header.length; i++) h.createCell(i).setCellValue(header[i]);
            var r = sheet.createRow(1);
            r.createCell(0).setCellValue(code);
            r.createCell(1).setCellValue(region.municipality(1).code());
            r.createCell(2).setCellValue("МКОУ «Школа из Excel»");
            r.createCell(3).setCellValue("Школа из Excel");
            r.createCell(4).setCellValue(7707083893.0);
            r.createCell(5).setCellValue("НОО, ООО, СОО");
            r.createCell(6).setCellValue("село");
            r.createCell(7).setCellValue(210);
            r.createCell(8).setCellFormula("7*3");
            r.createCell(9).setCellValue(2.5);
            wb.setForceFormulaRecalculation(true);
            org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            wb.write(out);
            xlsx = out.toByteArray();
        }
        var http = new OporaHttp(port);
        String auth = OporaHttp.basic(admin, TestUsers.PASSWORD);
        var dry = http.postMultipart("/api/v1/register/import?dryRun=true", "реестр.xlsx", xlsx, auth);
        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.body()).contains("\"added\":1").contains("\"committed\":false");
        assertThat(jdbc.sql("select count(*) from orgunits.org_unit where code = ?")
                        .param(code)
                        .query(Long.class)
                        .single())
                .isZero();

        var done = http.postMultipart("/api/v1/register/import?dryRun=false", "реестр.xlsx", xlsx, auth);
        assertThat(done.body()).contains("\"committed\":true");
        assertThat(jdbc.sql(
                                "select s.teachers from orgunits.school s join orgunits.org_unit o on o.id = s.id where o.code = ?")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .isEqualTo(21);

        var bad = http.postMultipart("/api/v1/register/import?dryRun=false", "fake.xlsx", "%PDF".getBytes(), auth);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("FILE-E003").contains("не является файлом XLSX");
    }

    @Test
    void describesTheApiWithOpenApiAndReportsHealth() {
        var docs = OporaHttp.as(port, admin).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/schools/{id}", "/api/v1/municipalities", "/api/v1/register/import");
        var health = new OporaHttp(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void switchesTheInterfaceToEnglish() {
        var http = OporaHttp.as(port, admin);
        assertThat(http.get("/schools?lang=en").body())
                .contains("Schools found")
                .doesNotContain("Найдено школ");
        assertThat(http.get("/schools").body()).contains("Schools found");
        assertThat(http.get("/schools?lang=ru").body()).contains("Найдено школ");
    }

    @Test
    void refusesA50MegabyteUploadNamingTheLimitAndChangesNothing() {
        long before = jdbc.sql("select count(*) from orgunits.org_unit")
                .query(Long.class)
                .single();
        var response = new OporaHttp(port)
                .postMultipart(
                        "/api/v1/register/import?dryRun=false",
                        "огромный.xlsx",
                        new byte[50 * 1024 * 1024],
                        OporaHttp.basic(admin, TestUsers.PASSWORD));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body())
                .contains("FILE-E002")
                .contains("весит 50,0 МБ")
                .contains("допустимых 10,0 МБ");
        assertThat(jdbc.sql("select count(*) from orgunits.org_unit")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void showsHtmlFromAFileEscapedAndExportsFormulaLikeTextAsText() throws Exception {
        String code = "H" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String csv =
                "Код ОО;Муниципалитет;Полное наименование;Краткое наименование;ИНН;Уровни образования;Тип поселения;"
                        + "Численность обучающихся;Численность педагогов\n" + code
                        + ";" + region.municipality(0).code()
                        + ";<script>alert('x')</script>;=1+2;7707083893;НОО;город;10;2\n";
        var imported = new OporaHttp(port)
                .postMultipart(
                        "/api/v1/register/import?dryRun=false",
                        "html.csv",
                        csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        OporaHttp.basic(admin, TestUsers.PASSWORD));
        assertThat(imported.body()).contains("\"committed\":true");
        String id = jdbc.sql("select id::text from orgunits.org_unit where code = ?")
                .param(code)
                .query(String.class)
                .single();
        var card = OporaHttp.as(port, admin).get("/schools/" + id);
        assertThat(card.body())
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");

        var rows = download("/schools/export?q=" + code, admin);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(1)).isEqualTo("=1+2");
    }

    @Test
    void writesStructuredJsonLogs() throws Exception {
        var lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("target", "opora-test.log"));
        assertThat(lines).isNotEmpty();
        assertThat(lines.getFirst()).startsWith("{").contains("\"@timestamp\"").contains("\"log\":{\"level\":");
    }
}
