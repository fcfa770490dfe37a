package ru.opora.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.planning.documents.DocumentType;
import ru.opora.planning.documents.SchoolDocuments;
import ru.opora.platform.OporaHttp;

/** Two people open the same document; the second save is refused with who changed it, and the first one's text stays. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentEditIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SchoolDocuments documents;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    TestPlans plans;

    @Test
    void theSecondSaveNeverOverwritesTheFirst() {
        var region = regions.create();
        String directorUser = users.create(Role.SCHOOL_ADMIN, region.school(0));
        String deputyUser = users.create(Role.SCHOOL_ADMIN, region.school(0));
        var doc = plans.draft(region.school(0), 2048, DocumentType.CONCEPT);
        String edit = "/planning/documents/" + doc.id() + "/edit";
        var first = OporaHttp.as(port, directorUser);
        var second = OporaHttp.as(port, deputyUser);
        first.get(edit);
        second.get(edit); // both read version 0

        assertThat(first.postFormWithCsrf("/planning/documents/" + doc.id(), edit, form("Миссия первой правки"))
                        .status())
                .isEqualTo(302);
        var refused = second.postFormWithCsrf("/planning/documents/" + doc.id(), edit, form("Миссия второй правки"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Документ изменил " + directorUser + ", пока вы его редактировали");
        assertThat(documents.find(doc.id()).orElseThrow().content().section("mission"))
                .isEqualTo("Миссия первой правки");
    }

    private static LinkedMultiValueMap<String, String> form(String mission) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("version", "0");
        form.add("title", "Концепция развития");
        form.add("section_mission", mission);
        form.add("action", "save");
        return form;
    }
}
