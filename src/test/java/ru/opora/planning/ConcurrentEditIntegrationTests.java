package ru.opora.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import ru.opora.orgunits.OrgUnits;
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
    OrgUnits orgUnits;

    @Test
    void theSecondSaveNeverOverwritesTheFirst() {
        int year = 2048;
        jdbc.sql("delete from planning.document where cohort_year = ?")
                .param(year)
                .update();
        UUID schoolId = jdbc.sql("""
                        select s.org_unit_id from identity.user_account u
                        join identity.user_scope s on s.user_account = u.id where u.username = 'school'""").query(UUID.class).single();
        var doc = documents.create(
                orgUnits.find(schoolId).orElseThrow(), year, DocumentType.CONCEPT, null, "Концепция", "test");
        String edit = "/planning/documents/" + doc.id() + "/edit";
        var first = OporaHttp.signedIn(port, "school", "demo2026");
        var second = OporaHttp.signedIn(port, "school", "demo2026");
        first.get(edit);
        second.get(edit); // both read version 0

        assertThat(first.postFormWithCsrf("/planning/documents/" + doc.id(), edit, form("Миссия первой правки"))
                        .status())
                .isEqualTo(302);
        var refused = second.postFormWithCsrf("/planning/documents/" + doc.id(), edit, form("Миссия второй правки"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Документ изменил school, пока вы его редактировали");
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
