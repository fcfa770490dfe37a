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
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.planning.TestPlans;
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
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    TestPlans plans;

    @Autowired
    OverdueCheck overdue;

    @Test
    void anOverdueMeasureIsNotifiedInTheApplicationAndByMail() throws Exception {
        int year = 2047;
        LocalDate day = LocalDate.of(year, 11, 2);
        jdbc.sql("delete from planning.job_run where day = ?").param(day).update();
        var region = regions.create();
        var school = region.school(0);
        String directorUser = users.create(Role.SCHOOL_ADMIN, school);
        String curatorUser = users.create(Role.CURATOR, school);
        String teacherUser = users.create(Role.TEACHER, region.school(1));
        jdbc.sql("update identity.user_account set email = 'director@school.example' where username = ?")
                .param(directorUser)
                .update();
        var measure = plans.measureInExecution(school, year, "Родительское собрание по итогам ВПР", day.minusDays(1));

        assertThat(overdue.runOnce(day)).contains(measure.id());

        // the director was also told, by mail, that the expert accepted the roadmap
        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        var mail = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).equals("Опора: просрочено мероприятие"))
                .findFirst()
                .orElseThrow();
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("director@school.example");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).isNotBlank();

        waitFor(curatorUser);
        var director = OporaHttp.as(port, directorUser);
        String page = director.get("/notifications").body();
        assertThat(page).contains("Просрочено мероприятие «Родительское собрание по итогам ВПР»");
        assertThat(director.get("/").body()).contains("id=\"unread\"");
        UUID id = jdbc.sql(
                        "select id from coordination.notification where recipient = ? order by created_at desc limit 1")
                .param(directorUser)
                .query(UUID.class)
                .single();
        var opened = director.postWithCsrf("/notifications/" + id, "/notifications", java.util.Map.of());
        assertThat(opened.location()).contains("/planning/measures/");
        var stranger = OporaHttp.as(port, teacherUser);
        assertThat(stranger.postWithCsrf("/notifications/" + id, "/notifications", java.util.Map.of())
                        .location())
                .endsWith("/notifications");
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
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
