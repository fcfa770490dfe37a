package ru.opora.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.planning.documents.Content;
import ru.opora.planning.documents.DocumentType;
import ru.opora.planning.documents.SchoolDocuments;
import ru.opora.platform.OporaHttp;

/**
 * A municipality's assessment of its mechanisms (docs/domain.md §6.7): §6.7's worked example — 2, 2,
 * 1, 2, 1, 0, 2, 1, 0 is 11 of 18, «средний», with positions 6 and 9 suggesting roadmap measures —
 * submitted, returned with remarks, corrected and accepted; an incomplete submission is refused;
 * another municipality cannot see it; the region's table names every municipality.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MechanismIntegrationTests {

    static final int YEAR = 2054;

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    MonitoringCohorts cohorts;

    @Autowired
    SchoolDocuments documents;

    @Autowired
    JdbcClient jdbc;

    private static Map<String, String> scores(int... values) {
        var form = new LinkedHashMap<String, String>();
        form.put("year", String.valueOf(YEAR));
        for (int i = 0; i < values.length; i++) form.put("score_" + (i + 1), String.valueOf(values[i]));
        form.put("evidence_1", "https://mun.example/order.pdf");
        return form;
    }

    @Test
    void aMunicipalityAssessesItselfAndTheRegionReturnsThenAccepts() {
        var region = regions.create();
        var admin = OporaHttp.as(port, users.create(Role.REGION_ADMIN, region.region()));
        var municipal = OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0)));
        String page = "/monitoring/mechanism/" + region.municipality(0).id();
        String read = page + "?year=" + YEAR;

        var incomplete = scores(2, 2, 1);
        incomplete.put("action", "submit");
        assertThat(municipal.postWithCsrf(page, read, incomplete).body())
                .contains("Не сохранено")
                .contains("4. Мониторинг показателей");
        var bad = scores(2, 2, 1, 2, 1, 0, 2, 1, 0);
        bad.put("evidence_1", "файл на диске");
        bad.put("action", "submit");
        assertThat(municipal.postWithCsrf(page, read, bad).body()).contains("файл на диске");

        var example = scores(2, 2, 1, 2, 1, 0, 2, 1, 0);
        example.put("action", "submit");
        assertThat(municipal.postWithCsrf(page, read, example).status()).isEqualTo(302);
        var submitted = municipal.get(read).body();
        assertThat(submitted)
                .contains("Сумма — 11 из 18: уровень средний.")
                .contains("на проверке в регионе")
                .contains("Разработать адресные рекомендации школам по итогам ВПР")
                .contains("Провести анализ эффективности принятых мер");
        assertThat(municipal.postWithCsrf(page, read, example).status())
                .as("submitted: no edits")
                .isEqualTo(409);

        assertThat(OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(1)))
                        .get(read)
                        .status())
                .isEqualTo(404);
        assertThat(municipal
                        .postWithCsrf(
                                page + "/review", read, Map.of("year", String.valueOf(YEAR), "decision", "accept"))
                        .status())
                .isEqualTo(403);
        assertThat(admin.postWithCsrf(
                                page + "/review",
                                read,
                                Map.of(
                                        "year",
                                        String.valueOf(YEAR),
                                        "decision",
                                        "return",
                                        "remarks",
                                        "Приложите протоколы"))
                        .status())
                .isEqualTo(302);
        assertThat(municipal.get(read).body())
                .contains("Замечания региона: Приложите протоколы")
                .contains("возвращена на доработку");

        var better = scores(2, 2, 2, 2, 2, 1, 2, 2, 1);
        better.put("action", "submit");
        assertThat(municipal.postWithCsrf(page, read, better).status()).isEqualTo(302);
        admin.postWithCsrf(page + "/review", read, Map.of("year", String.valueOf(YEAR), "decision", "accept"));
        var table = admin.get("/monitoring/mechanism?year=" + YEAR).body();
        assertThat(table)
                .contains(region.municipality(0).name())
                .contains(region.municipality(1).name())
                .contains("16 / 18")
                .contains("высокий")
                .contains("принята")
                .contains("не заполнена");
        var sheet = OporaHttp.sheet(
                admin.download("/monitoring/mechanism/export?year=" + YEAR).body());
        assertThat(sheet)
                .anySatisfy(r ->
                        assertThat(r).startsWith(region.municipality(0).name()).contains("16.0", "высокий"));
        assertThat(OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, region.school(0)))
                        .get(read)
                        .status())
                .isEqualTo(404);

        // the same through the API, in the caller's scope
        String other = users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(1));
        var api = new OporaHttp(port)
                .getAuth("/api/v1/monitoring/mechanism?year=" + YEAR, OporaHttp.basic(other, TestUsers.PASSWORD));
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body())
                .contains(region.municipality(1).name())
                .contains("\"NONE\"")
                .doesNotContain(region.municipality(0).name());
        var all = new OporaHttp(port)
                .getAuth(
                        "/api/v1/monitoring/mechanism?year=" + YEAR,
                        OporaHttp.basic(users.create(Role.REGION_ADMIN, region.region()), TestUsers.PASSWORD));
        assertThat(all.body()).contains("\"ACCEPTED\"").contains("\"total\":16").contains("\"HIGH\"");
    }

    /**
     * §6.7's missing positions 6 and 9 go into the municipal roadmap in one step, as rows targeting the
     * municipality's ШНОР that the roadmap's checker finds complete; twice is once; a roadmap under
     * review takes none; a school cannot do it and another municipality cannot see it.
     */
    @Test
    void aMunicipalityAcceptsSuggestedRowsIntoItsRoadmapInOneStep() {
        int year = YEAR + 1;
        var region = regions.create();
        var admin = OporaHttp.as(port, users.create(Role.REGION_ADMIN, region.region()));
        cohorts.cohort(admin, region, year, 0, 1, 3);
        var municipal = OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0)));
        String page = "/monitoring/mechanism/" + region.municipality(0).id();
        String read = page + "?year=" + year;
        var example = scores(2, 2, 1, 2, 1, 0, 2, 1, 0);
        example.put("year", String.valueOf(year));
        example.put("action", "save");
        assertThat(municipal.postWithCsrf(page, read, example).status()).isEqualTo(302);

        var chosen = new org.springframework.util.LinkedMultiValueMap<String, String>();
        chosen.add("year", String.valueOf(year));
        chosen.add("position", "6");
        chosen.add("position", "9");
        assertThat(municipal.postFormWithCsrf(page + "/roadmap", read, chosen).status())
                .isEqualTo(302);
        assertThat(municipal.get(read).body())
                .contains("Внесено в муниципальную дорожную карту: 2; уже были в ней: 0.")
                .contains("уже в дорожной карте");
        var roadmap = documents.ofSchool(region.municipality(0).id(), year).getFirst();
        assertThat(roadmap.type()).isEqualTo(DocumentType.MUNICIPAL_ROADMAP);
        assertThat(roadmap.content().measures())
                .extracting(Content.Measure::title)
                .containsExactly(
                        "Разработать адресные рекомендации школам по итогам ВПР",
                        "Провести анализ эффективности принятых мер");
        assertThat(roadmap.content().measures())
                .allSatisfy(m -> assertThat(m.schools())
                        .containsExactlyInAnyOrder(
                                region.school(0).code(), region.school(1).code()));
        assertThat(documents.gaps(roadmap)).noneMatch(g -> g.anchor().startsWith("measure:"));

        assertThat(municipal.postFormWithCsrf(page + "/roadmap", read, chosen).status())
                .isEqualTo(302);
        assertThat(municipal.get(read).body())
                .contains("Внесено в муниципальную дорожную карту: 0; уже были в ней: 2.");
        assertThat(documents
                        .ofSchool(region.municipality(0).id(), year)
                        .getFirst()
                        .content()
                        .measures())
                .hasSize(2);

        jdbc.sql("update planning.document set status = 'SUBMITTED' where id = ?")
                .param(roadmap.id())
                .update();
        chosen.set("position", "3");
        municipal.postFormWithCsrf(page + "/roadmap", read, chosen);
        assertThat(municipal.get(read).body()).contains("отправлена на рассмотрение или утверждена");
        assertThat(documents.find(roadmap.id()).orElseThrow().content().measures())
                .hasSize(2);

        assertThat(OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, region.school(0)))
                        .postFormWithCsrf(page + "/roadmap", "/", chosen)
                        .status())
                .isEqualTo(403);
        assertThat(OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(1)))
                        .postFormWithCsrf(page + "/roadmap", "/", chosen)
                        .status())
                .isEqualTo(404);
    }
}
