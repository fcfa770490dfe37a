package ru.opora.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.assessments.catalogue.Catalogue;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/** The results pages over real HTTP: who sees which school's analysis, classes only for school staff. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResultPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Catalogue catalogue;

    @Autowired
    TestResults results;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    UUID russian;
    UUID ownSchool;
    UUID foreignSchool;
    String ownCode;
    String foreignCode;
    TestRegions.TestRegion region;
    String directorUser;
    String municipalUser;
    String observerUser;

    @BeforeEach
    void importResults() {
        region = regions.create();
        russian = catalogue.idOf(AssessmentKind.VPR, 2025, "RU", 4).orElseThrow();
        ownSchool = region.school(0).id();
        foreignSchool = region.school(3).id();
        ownCode = region.school(0).code();
        foreignCode = region.school(3).code();
        directorUser = users.create(Role.SCHOOL_ADMIN, region.school(0));
        municipalUser = users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0));
        observerUser = users.create(Role.OBSERVER, region.school(0));
        results.load(
                russian,
                region.scope(),
                "Код ОО;Код;Класс;1;2;3;4;5;6;7;8;9;10;11;12;Отметка за предыдущий период\n"
                        + ownCode + ";1;4А;2;1;1;3;2;1;0;1;2;2;1;1;4\n"
                        + ownCode + ";2;4Б;0;0;1;1;0;1;0;1;0;1;0;1;4\n"
                        + ownCode + ";3;4Б;1;0;0;1;0;0;0;1;0;0;0;0;3\n"
                        + foreignCode + ";1;4А;2;1;2;3;2;1;1;2;3;3;1;3;5\n");
    }

    private String page(UUID school) {
        return "/results/" + russian + "/schools/" + school;
    }

    @Test
    void showsASchoolItsIndicatorsTasksAndClassesButNoOtherSchool() {
        var director = OporaHttp.as(port, directorUser);
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
        assertThat(OporaHttp.as(port, municipalUser)
                        .get(page(ownSchool) + "/classes.xlsx")
                        .status())
                .isEqualTo(403);
        assertThat(OporaHttp.as(port, municipalUser)
                        .get(page(ownSchool) + "/classes/4Б")
                        .status())
                .isEqualTo(403);
        assertThat(director.get(page(foreignSchool) + "/export").status()).isEqualTo(403);
        var overview = director.get("/results/" + russian);
        assertThat(overview.body()).contains("Школ с результатами: 1");
    }

    @Test
    void letsTheCoordinatorSeeOnlyTheirMunicipalitysSchoolsWithoutClasses() {
        var coordinator = OporaHttp.as(port, municipalUser);
        var own = coordinator.get(page(ownSchool));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).doesNotContain("id=\"classes\"");
        assertThat(coordinator.get(page(foreignSchool)).status()).isEqualTo(403);
        assertThat(coordinator.get("/results/" + russian).body())
                .contains(ownCode)
                .doesNotContain(foreignCode);
    }

    @Test
    void refusesResultsToAnObserverAndAnAnonymousVisitor() {
        assertThat(OporaHttp.as(port, observerUser).get("/results").status()).isEqualTo(403);
        assertThat(new OporaHttp(port).get(page(ownSchool)).location()).endsWith("/login");
    }

    @Test
    void rollsTheSchoolsUpToTheRegion() {
        long regionTotal = jdbc.sql("""
                        select sum(participants) from assessments.result_aggregate
                        where assessment_id = ? and org_unit_id = ? and class_label = ''""")
                .params(russian, region.region().id())
                .query(Long.class)
                .single();
        long schools = jdbc.sql("""
                        select sum(participants) from assessments.result_aggregate
                        where assessment_id = ? and org_level = 3 and class_label = '' and org_path like ?""")
                .params(russian, region.path().likePattern())
                .query(Long.class)
                .single();
        assertThat(regionTotal).isEqualTo(schools).isEqualTo(4);
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
        results.load(
                a2024,
                ru.opora.orgunits.Scope.of(region.school(0).path()),
                "Код;Класс;1;2;3;4;5;6;7;8;9;10;11;12\n1;4А;2;1;2;3;2;1;1;2;3;3;1;3\n");
        var http = new OporaHttp(port);
        var own =
                http.getBasic("/api/v1/results/" + russian + "/schools/" + ownSchool, directorUser, TestUsers.PASSWORD);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body())
                .contains("\"classes\":[{\"name\":\"4А\"")
                .contains("\"dynamics\":[{\"name\":\"2024\"")
                .contains("{\"name\":\"2025\"");
        assertThat(http.getBasic(
                                "/api/v1/results/" + russian + "/schools/" + foreignSchool,
                                directorUser,
                                TestUsers.PASSWORD)
                        .status())
                .isEqualTo(403);
        var coordinator = http.getBasic(
                "/api/v1/results/" + russian + "/schools/" + ownSchool, municipalUser, TestUsers.PASSWORD);
        assertThat(coordinator.body()).contains("\"classes\":[]");
        assertThat(http.getBasic("/api/v1/results/" + russian, municipalUser, TestUsers.PASSWORD)
                        .body())
                .contains(ownCode)
                .doesNotContain(foreignCode);
        assertThat(http.getBasic("/api/v1/results", observerUser, TestUsers.PASSWORD)
                        .status())
                .isEqualTo(403);
    }
}
