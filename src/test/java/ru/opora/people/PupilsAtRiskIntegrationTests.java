package ru.opora.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.assessments.TestResults;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/**
 * Pupils at risk (issue #19, first part): the region's rules suggest pupils from the school's ВПР
 * works with their basis in words; the school confirms, or declines only with a reason; a name the
 * school adds is seen inside the school only — not by its curator, the municipality (page, export,
 * API) or the audit log; another municipality sees nothing; a new version of the rules suggests
 * by the share of the maximum.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PupilsAtRiskIntegrationTests {

    static final int YEAR = 2063;

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    TestResults results;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRulesSuggestTheSchoolDecidesAndNamesStayInsideTheSchool() {
        var region = regions.create();
        var school = region.school(0);
        UUID vpr = results.vpr("MA", YEAR, 5);
        String c = school.code();
        // 1 point of 6 is a «2»; 2 points a «3» (a third of the maximum); 6 points a «5»
        results.load(
                vpr,
                region.scope(),
                TestResults.HEADER + c + ";У-101;5А;0;0;1;0\n" + c + ";У-102;5А;1;1;2;2\n" + c + ";У-103;5Б;1;0;0;0\n"
                        + c + ";У-104;5Б;1;1;0;0\n");
        var director = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, school));
        String page = "/pupils/schools/" + school.id();
        assertThat(director.get("/pupils").location()).endsWith(page);
        String suggested = director.get(page).body();
        assertThat(suggested)
                .contains("У-101")
                .contains("У-103")
                .contains("«2» по ВПР, Проба MA, 5 кл., " + YEAR + ": 1 из 6 баллов")
                .contains("версия правил: по умолчанию")
                .doesNotContain("У-102")
                .doesNotContain("У-104");

        var noReason = decide(director, page, vpr, "У-103", "decline", " ");
        assertThat(noReason.status()).isEqualTo(302);
        assertThat(director.get(java.net.URI.create(noReason.location()).getRawPath() + "?"
                                + java.net.URI.create(noReason.location()).getRawQuery())
                        .body())
                .contains("Чтобы отклонить предложение, укажите причину.");
        decide(director, page, vpr, "У-103", "decline", "Болел в день ВПР, текущие отметки «4»");
        decide(director, page, vpr, "У-101", "confirm", null);
        // a suggestion the rules never made is not found
        assertThat(decide(director, page, vpr, "У-102", "confirm", null).status())
                .isEqualTo(404);
        UUID entry = jdbc.sql("select id from people.at_risk_pupil where school_id = ? and participant_code = 'У-101'")
                .param(school.id())
                .query(UUID.class)
                .single();
        director.postWithCsrf(page + "/names/" + entry, page, Map.of("name", "Иванов Пётр"));
        String decided = director.get(page).body();
        assertThat(decided).contains("Иванов Пётр").contains("в группе риска").contains("Болел в день ВПР");
        assertThat(decided.substring(decided.indexOf("id=\"suggested\""), decided.indexOf("id=\"decided\"")))
                .doesNotContain("У-101")
                .doesNotContain("У-103");
        assertThat(OporaHttp.sheet(director.download(page + "/export").body()))
                .anySatisfy(r -> assertThat(r).contains("У-101", "Иванов Пётр"));

        // above the school: counts; codes on the school's page; never the name
        String coordinatorName = users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0));
        var coordinator = OporaHttp.as(port, coordinatorName);
        String overview = coordinator.get("/pupils").body();
        assertThat(overview).contains(school.name()).doesNotContain("У-101").doesNotContain("Иванов");
        assertThat(OporaHttp.sheet(coordinator.download("/pupils/export").body()))
                .anySatisfy(r -> assertThat(r)
                        .containsExactly(
                                c + " " + school.name(),
                                "1.0",
                                "0.0",
                                "0.0",
                                "0.0",
                                "0.0",
                                "1.0",
                                "0.0",
                                "0.0",
                                "0.0",
                                ""));
        assertThat(coordinator.get(page).body()).contains("У-101").doesNotContain("Иванов");
        assertThat(OporaHttp.sheet(coordinator.download(page + "/export").body())
                        .toString())
                .doesNotContain("Иванов");
        assertThat(new OporaHttp(port)
                        .api("/api/v1/pupils/schools/" + school.id(), coordinatorName)
                        .body())
                .contains("\"code\":\"У-101\"")
                .contains("\"name\":null")
                .doesNotContain("Иванов");
        assertThat(new OporaHttp(port).api("/api/v1/pupils", coordinatorName).body())
                .contains("\"LOW_ACHIEVER\":1")
                .doesNotContain("У-101");
        assertThat(OporaHttp.as(port, users.create(Role.CURATOR, school))
                        .get(page)
                        .body())
                .doesNotContain("Иванов");
        // the naming is audited, the name is not
        assertThat(jdbc.sql("select count(*) from identity.audit_event where entity_type = 'AT_RISK_PUPIL'"
                                + " and entity_id = ? and after_state::text like '%задано%'")
                        .param(entry.toString())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from identity.audit_event where entity_type = 'AT_RISK_PUPIL'"
                                + " and (after_state::text like '%Иванов%' or before_state::text like '%Иванов%')")
                        .query(Integer.class)
                        .single())
                .isZero();
        var other = OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(1)));
        assertThat(other.get(page).status()).isEqualTo(404);
        assertThat(other.get("/pupils").body()).doesNotContain(school.name());
        assertThat(coordinator
                        .postWithCsrf(page + "/names/" + entry, "/pupils", Map.of("name", "X"))
                        .status())
                .isEqualTo(403);

        // the school includes a pupil for a reason no file shows; without a basis it is refused
        director.postWithCsrf(
                page + "/entries",
                page,
                Map.of("code", "У-201", "classLabel", "6 в", "category", "SOCIAL_RISK", "basis", " "));
        assertThat(director.get(page).body()).contains("Укажите основание (до 500 знаков).");
        director.postWithCsrf(
                page + "/entries",
                page,
                Map.of(
                        "code",
                        "У-201",
                        "classLabel",
                        "6 в",
                        "category",
                        "ABSENTEE",
                        "basis",
                        "Семья в трудной жизненной ситуации"));
        assertThat(director.get(page).body()).contains("Пропуски уроков учитываются по файлу посещаемости");
        director.postWithCsrf(
                page + "/entries",
                page,
                Map.of(
                        "code",
                        "У-201",
                        "classLabel",
                        "6 в",
                        "category",
                        "SOCIAL_RISK",
                        "basis",
                        "Семья в трудной жизненной ситуации"));
        assertThat(director.get(page).body())
                .contains("У-201")
                .contains("Социальный риск")
                .contains("6В");
        assertThat(new OporaHttp(port).api("/api/v1/pupils", coordinatorName).body())
                .contains("\"SOCIAL_RISK\":1")
                .doesNotContain("У-201");

        // the region's new rules: below half of the maximum suggests У-104 (2 of 6 points, a «3»)
        var admin = OporaHttp.as(port, users.create(Role.REGION_ADMIN, region.region()));
        admin.postWithCsrf(
                "/pupils/settings",
                "/pupils/settings",
                Map.of(
                        "vprMark2",
                        "true",
                        "vprShareBelow",
                        "50",
                        "ovzFromResults",
                        "true",
                        "reason",
                        "Решение методсовета"));
        assertThat(admin.get("/pupils/settings").body()).contains("Версия 1: Решение методсовета");
        assertThat(director.get(page).body())
                .contains("ВПР, Проба MA, 5 кл., " + YEAR + ": 2 из 6 баллов — меньше 50 % максимума");
        assertThat(director.get("/pupils/settings").status()).isEqualTo(404);
    }

    /** Posts the school's decision on a suggestion of the test's ВПР. */
    private static OporaHttp.Response decide(
            OporaHttp who, String page, UUID vpr, String code, String decision, String reason) {
        var form = new java.util.HashMap<String, String>(Map.of(
                "year",
                "" + YEAR,
                "code",
                code,
                "category",
                "LOW_ACHIEVER",
                "sourceKey",
                "VPR:" + vpr,
                "decision",
                decision));
        if (reason != null) form.put("reason", reason);
        return who.postWithCsrf(page + "/decisions", page, form);
    }
}
