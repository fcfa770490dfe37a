package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.opora.assessments.TestResults;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;

/**
 * The school as one place (issue #21): the header's search by code opens the school's card; the
 * card carries tabs to every page about the school the reader may open and lists the school's
 * results linked to their analysis; each module's page of the school carries the same tabs; a
 * teacher's tabs hold only what a teacher may read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SchoolHubIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    TestResults results;

    @Test
    void theSchoolIsOnePlaceReachedBySearch() {
        var region = regions.create();
        var school = region.school(0);
        var vpr = results.vpr("HB", 2031, 5);
        results.load(vpr, region.scope(), TestResults.HEADER + school.code() + ";H1;5А;1;1;2;2\n");

        var admin = OporaHttp.as(port, users.create(Role.REGION_ADMIN, region.region()));
        var found = admin.get("/schools?q=" + school.code());
        assertThat(found.status()).isEqualTo(302);
        assertThat(found.location()).endsWith("/schools/" + school.id());
        String card = admin.get("/schools/" + school.id()).body();
        assertThat(card)
                .contains("id=\"school-tabs\"")
                .contains("/risk/schools/" + school.id())
                .contains("/planning/schools/" + school.id())
                .contains("/identification/status/" + school.id())
                .contains("hx-get=\"/results/schools/" + school.id() + "\"");
        assertThat(admin.get("/results/schools/" + school.id()).body())
                .contains("/results/" + vpr + "/schools/" + school.id())
                .contains("Проба HB, 5 класс");
        for (String page :
                new String[] {"/risk/schools/", "/planning/schools/", "/people/schools/", "/pupils/schools/"})
            assertThat(admin.get(page + school.id()).body()).as(page).contains("id=\"school-tabs\"");

        var teacher = OporaHttp.as(port, users.create(Role.TEACHER, school));
        String own = teacher.get("/schools/" + school.id()).body();
        assertThat(own).contains("id=\"school-tabs\"").doesNotContain("/risk/schools/" + school.id());
        // another region's school is not found by the search, nor opened
        var stranger = OporaHttp.as(
                port, users.create(Role.REGION_ADMIN, regions.create().region()));
        assertThat(stranger.get("/schools?q=" + school.code()).status()).isEqualTo(200);
        assertThat(stranger.get("/results/schools/" + school.id()).status()).isEqualTo(404);
    }
}
