package ru.opora.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/**
 * Evidence of a measure: files too large, of a forbidden type, whose content is not what the name
 * says, or named to escape the storage folder are refused and nothing is written; a good file and a
 * link are taken; done needs evidence; the curator comments but cannot upload.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EvidenceIntegrationTests {

    static final int YEAR = 2045;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    TestPlans plans;

    @Test
    void badFilesAreRefusedGoodEvidenceIsTakenAndDoneNeedsIt() throws Exception {
        var region = regions.create();
        var school = region.school(0);
        String directorUser = users.create(Role.SCHOOL_ADMIN, school);
        String curatorUser = users.create(Role.CURATOR, school);
        String expertUser = users.create(Role.REGION_EXPERT, school);
        UUID measure = plans.measureInExecution(school, YEAR, "Педсовет по итогам ВПР", LocalDate.of(YEAR + 1, 5, 1))
                .id();
        String page = "/planning/measures/" + measure;
        var http = OporaHttp.as(port, directorUser);

        var done = http.postWithCsrf(page, page, Map.of("action", "COMPLETE", "version", "0"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(http.get(page).body()).contains("приложите подтверждение");

        byte[] pdf = "%PDF-1.4 протокол педсовета".getBytes(StandardCharsets.UTF_8);
        assertThat(upload(http, page, "../../etc/passwd.pdf", pdf)).contains("имя не должно содержать");
        assertThat(upload(http, page, "протокол.exe", pdf)).contains("допустимы только");
        assertThat(upload(http, page, "протокол.pdf", "MZ\u0090 program".getBytes(StandardCharsets.ISO_8859_1)))
                .contains("не похоже на pdf");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, big, 0, 4);
        assertThat(upload(http, page, "скан.pdf", big)).contains("больше 10 МБ");
        assertThat(count("evidence", measure)).isZero();

        // a right-to-left override would show «<RLO>fdp.exe» as «exe.pdf»: it is dropped (#15, I3)
        assertThat(upload(http, page, "протокол\u202E педсовета.pdf", pdf))
                .contains("Добавлено: протокол педсовета.pdf");
        var nul = Files.createTempFile("evidence-", ".bin");
        Files.write(nul, pdf);
        assertThat(http.postMultipartForm(
                                page + "/evidence", Map.of("_csrf", http.csrfToken(page)), "акт\u0000 2.pdf", nul)
                        .status())
                .as("a NUL in a file name is the sender's mistake")
                .isEqualTo(400);
        var link = http.postWithCsrf(page + "/links", page, Map.of("url", "javascript:alert(1)"));
        assertThat(link.status()).isEqualTo(302);
        assertThat(http.get(page).body()).contains("нужен адрес, начинающийся с http");
        http.postWithCsrf(page + "/links", page, Map.of("url", "https://school.example/news/pedsovet"));
        assertThat(count("evidence", measure)).isEqualTo(2);

        UUID file = jdbc.sql("select id from planning.evidence where measure_id = ? and kind = 'FILE'")
                .param(measure)
                .query(UUID.class)
                .single();
        assertThat(http.download("/planning/evidence/" + file).body()).isEqualTo(pdf);

        http.postWithCsrf(page, page, Map.of("action", "COMPLETE", "version", "0"));
        assertThat(jdbc.sql("select status from planning.measure where id = ?")
                        .param(measure)
                        .query(String.class)
                        .single())
                .isEqualTo("DONE");
        var stale = http.postWithCsrf(page, page, Map.of("action", "CANCEL", "version", "0", "reason", "x"));
        assertThat(stale.status()).isEqualTo(302);

        var curator = OporaHttp.as(port, curatorUser);
        assertThat(curator.postWithCsrf(page + "/comments", page, Map.of("text", "Протокол принят"))
                        .status())
                .isEqualTo(302);
        assertThat(curator.get(page).body()).contains("Протокол принят");
        assertThat(curator.postWithCsrf(page + "/links", page, Map.of("url", "https://x.example"))
                        .status())
                .isEqualTo(403);
        var expert = OporaHttp.as(port, expertUser);
        assertThat(expert.get("/planning/evidence/" + file).status()).isEqualTo(403);
    }

    private String upload(OporaHttp http, String page, String name, byte[] content) throws Exception {
        var file = Files.createTempFile("evidence-", ".bin");
        Files.write(file, content);
        var response = http.postMultipartForm(page + "/evidence", Map.of("_csrf", http.csrfToken(page)), name, file);
        assertThat(response.status()).isEqualTo(302);
        return http.get(page).body();
    }

    private long count(String table, UUID measure) {
        return jdbc.sql("select count(*) from planning." + table + " e join planning.measure m on m.id = e.measure_id"
                        + " where m.id = ?")
                .param(measure)
                .query(Long.class)
                .single();
    }
}
