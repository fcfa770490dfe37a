package ru.opora.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.assessments.results.ResultImport;
import ru.opora.orgunits.Scope;
import ru.opora.platform.OporaHttp;

/** The results pages over real HTTP: who sees which school's analysis, classes only for school staff. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResultPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ResultImport imports;

    @Autowired
    Catalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    UUID russian;
    UUID ownSchool;
    UUID foreignSchool;

    @BeforeEach
    void importResults() throws Exception {
        russian = catalogue.idOf(AssessmentKind.VPR, 2025, "RU", 4).orElseThrow();
        ownSchool = school("390101");
        foreignSchool = school("390201");
        String region = jdbc.sql("select path from orgunits.org_unit where kind = 'REGION'")
                .query(String.class)
                .single();
        Path file = Files.createTempFile("pages-", ".csv");
        Files.writeString(
                file,
                "Код ОО;Код;Класс;1;2;3;4;5;6;7;8;9;10;11;12;Отметка за предыдущий период\n"
                        + "390101;1;4А;2;1;1;3;2;1;0;1;2;2;1;1;4\n390101;2;4Б;0;0;1;1;0;1;0;1;0;1;0;1;4\n"
                        + "390101;3;4Б;1;0;0;1;0;0;0;1;0;0;0;0;3\n390201;1;4А;2;1;2;3;2;1;1;2;3;3;1;3;5\n",
                StandardCharsets.UTF_8);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "tester", null, List.of(new SimpleGrantedAuthority("RESULTS_IMPORT"))));
        try {
            var outcome = imports.importFile(new ResultImport.Request(
                    russian,
                    "pages.csv",
                    file,
                    Scope.of(ru.opora.orgunits.OrgPath.parse(region)),
                    null,
                    "tester",
                    false));
            assertThat(outcome.problems()).isEmpty();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private UUID school(String code) {
        return jdbc.sql("select id from orgunits.org_unit where code = ?")
                .param(code)
                .query(UUID.class)
                .single();
    }

    private String page(UUID school) {
        return "/results/" + russian + "/schools/" + school;
    }

    @Test
    void showsASchoolItsIndicatorsTasksAndClassesButNoOtherSchool() {
        var director = OporaHttp.signedIn(port, "school", "demo2026");
        var own = director.get(page(ownSchool));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body())
                .contains("Решаемость заданий")
                .contains("id=\"classes\"")
                .contains("4Б")
                .contains("ниже порога");
        assertThat(director.get(page(foreignSchool)).status()).isEqualTo(403);
        assertThat(director.get(page(ownSchool) + "/export").status()).isEqualTo(200);
        assertThat(director.get(page(ownSchool) + "/classes/4Б").body()).contains("Класс 4Б");
        assertThat(director.get(page(ownSchool) + "/classes.xlsx").status()).isEqualTo(200);
        assertThat(OporaHttp.signedIn(port, "municipal", "demo2026")
                        .get(page(ownSchool) + "/classes.xlsx")
                        .status())
                .isEqualTo(403);
        assertThat(OporaHttp.signedIn(port, "municipal", "demo2026")
                        .get(page(ownSchool) + "/classes/4Б")
                        .status())
                .isEqualTo(403);
        assertThat(director.get(page(foreignSchool) + "/export").status()).isEqualTo(403);
        var overview = director.get("/results/" + russian);
        assertThat(overview.body()).contains("Школ с результатами: 1");
    }

    @Test
    void letsTheCoordinatorSeeOnlyTheirMunicipalitysSchoolsWithoutClasses() {
        var coordinator = OporaHttp.signedIn(port, "municipal", "demo2026");
        var own = coordinator.get(page(ownSchool));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).doesNotContain("id=\"classes\"");
        assertThat(coordinator.get(page(foreignSchool)).status()).isEqualTo(403);
        assertThat(coordinator.get("/results/" + russian).body())
                .contains("390101")
                .doesNotContain("390201");
    }

    @Test
    void refusesResultsToAnObserverAndAnAnonymousVisitor() {
        assertThat(OporaHttp.signedIn(port, "observer", "demo2026")
                        .get("/results")
                        .status())
                .isEqualTo(403);
        assertThat(new OporaHttp(port).get(page(ownSchool)).location()).endsWith("/login");
    }

    @Test
    void rollsTheSchoolsUpToTheRegion() {
        long region = jdbc.sql("""
                select sum(participants) from assessments.result_aggregate
                where assessment_id = ? and org_level = 1 and class_label = ''""").param(russian).query(Long.class).single();
        long schools = jdbc.sql(
                        "select sum(participants) from assessments.result_aggregate where assessment_id = ? and org_level = 3 and class_label = ''")
                .param(russian)
                .query(Long.class)
                .single();
        assertThat(region).isEqualTo(schools).isGreaterThanOrEqualTo(4);
    }

    @Test
    void servesTheSameResultsThroughTheApiUnderTheSameRules() throws Exception {
        var a2025 = catalogue.find(russian).orElseThrow();
        UUID a2024 = catalogue
                .idOf(AssessmentKind.VPR, 2024, "RU", 4)
                .orElseGet(() -> catalogue.save(new ru.opora.assessments.catalogue.Assessment(
                        UUID.randomUUID(),
                        AssessmentKind.VPR,
                        2024,
                        "RU",
                        "Русский язык",
                        4,
                        a2025.tasks(),
                        a2025.scale())));
        Path file = Files.createTempFile("pages-2024-", ".csv");
        Files.writeString(
                file, "Код;Класс;1;2;3;4;5;6;7;8;9;10;11;12\n1;4А;2;1;2;3;2;1;1;2;3;3;1;3\n", StandardCharsets.UTF_8);
        String school = jdbc.sql("select path from orgunits.org_unit where code = '390101'")
                .query(String.class)
                .single();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "tester", null, List.of(new SimpleGrantedAuthority("RESULTS_IMPORT"))));
        try {
            assertThat(imports.importFile(new ResultImport.Request(
                                    a2024,
                                    "2024.csv",
                                    file,
                                    Scope.of(ru.opora.orgunits.OrgPath.parse(school)),
                                    null,
                                    "tester",
                                    false))
                            .ok())
                    .isTrue();
        } finally {
            SecurityContextHolder.clearContext();
        }
        var http = new OporaHttp(port);
        var own = http.getBasic("/api/v1/results/" + russian + "/schools/" + ownSchool, "school", "demo2026");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body())
                .contains("\"classes\":[{\"name\":\"4А\"")
                .contains("\"dynamics\":[{\"name\":\"2024\"")
                .contains("{\"name\":\"2025\"");
        assertThat(http.getBasic("/api/v1/results/" + russian + "/schools/" + foreignSchool, "school", "demo2026")
                        .status())
                .isEqualTo(403);
        var coordinator =
                http.getBasic("/api/v1/results/" + russian + "/schools/" + ownSchool, "municipal", "demo2026");
        assertThat(coordinator.body()).contains("\"classes\":[]");
        assertThat(http.getBasic("/api/v1/results/" + russian, "municipal", "demo2026")
                        .body())
                .contains("390101")
                .doesNotContain("390201");
        assertThat(http.getBasic("/api/v1/results", "observer", "demo2026").status())
                .isEqualTo(403);
    }
}
