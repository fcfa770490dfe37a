package ru.opora.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.orgunits.OrgUnits;
import ru.opora.planning.documents.DocumentType;
import ru.opora.planning.documents.SchoolDocuments;
import ru.opora.planning.execution.OverdueCheck;
import ru.opora.platform.OporaHttp;

/**
 * An overdue measure reaches the school's administrator and its curator in the application, and the
 * administrator, who has an e-mail address, also by SMTP (a GreenMail server started by the test).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationsIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SchoolDocuments documents;

    @Autowired
    OrgUnits orgUnits;

    @Autowired
    OverdueCheck overdue;

    @Test
    void anOverdueMeasureIsNotifiedInTheApplicationAndByMail() throws Exception {
        int year = 2047;
        LocalDate day = LocalDate.of(year, 11, 2);
        jdbc.sql("delete from planning.document where cohort_year = ?")
                .param(year)
                .update();
        jdbc.sql("delete from planning.job_run where day = ?").param(day).update();
        jdbc.sql("update identity.user_account set email = 'director@school.example' where username = 'school'")
                .update();
        try {
            UUID schoolId = jdbc.sql("""
                            select s.org_unit_id from identity.user_account u
                            join identity.user_scope s on s.user_account = u.id where u.username = 'school'""").query(UUID.class).single();
            var school = orgUnits.find(schoolId).orElseThrow();
            var doc = documents.create(school, year, DocumentType.ROADMAP, null, "Дорожная карта", "test");
            jdbc.sql("""
                            insert into planning.measure (id, document_id, school_id, school_path, title, responsible, due_date, status)
                            values (?, ?, ?, ?, 'Родительское собрание по итогам ВПР', 'Директор', ?, 'PLANNED')""")
                    .params(UUID.randomUUID(), doc.id(), schoolId, school.path(), day.minusDays(1))
                    .update();
            assertThat(overdue.runOnce(day)).hasSize(1);

            assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
            var mail = smtp.getReceivedMessages()[0];
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("director@school.example");
            assertThat(mail.getSubject()).isEqualTo("Опора: просрочено мероприятие");
            assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).isNotBlank();

            waitFor("curator");
            var director = OporaHttp.signedIn(port, "school", "demo2026");
            String page = director.get("/notifications").body();
            assertThat(page).contains("Просрочено мероприятие «Родительское собрание по итогам ВПР»");
            assertThat(director.get("/").body()).contains("id=\"unread\"");
            UUID id = jdbc.sql(
                            "select id from coordination.notification where recipient = 'school' order by created_at desc limit 1")
                    .query(UUID.class)
                    .single();
            var opened = director.postWithCsrf("/notifications/" + id, "/notifications", java.util.Map.of());
            assertThat(opened.location()).contains("/planning/measures/");
            var stranger = OporaHttp.signedIn(port, "teacher", "demo2026");
            assertThat(stranger.postWithCsrf("/notifications/" + id, "/notifications", java.util.Map.of())
                            .location())
                    .endsWith("/notifications");
        } finally {
            jdbc.sql("update identity.user_account set email = null where username = 'school'")
                    .update();
        }
    }

    private void waitFor(String recipient) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (jdbc.sql("select count(*) from coordination.notification where recipient = ?")
                            .param(recipient)
                            .query(Long.class)
                            .single()
                    > 0) return;
            Thread.sleep(100);
        }
        throw new AssertionError("no notification for " + recipient);
    }
}
