package ru.opora.monitoring.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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
 * What a campaign's schools hear (issue #17): its opening, a value returned, the deadline near with
 * values still missing, and the deadline passed — each once, by the school's administrators,
 * naming the school; a school with everything entered hears no reminder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CampaignRemindersIntegrationTests {

    static final int YEAR = 2053;
    static final LocalDate DUE = LocalDate.of(YEAR, 10, 20);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignReminders reminders;

    @Autowired
    ru.opora.monitoring.MonitoringCohorts cohorts;

    @Test
    void schoolsHearOfTheOpeningAReturnedValueAndTheirDeadlineOnce() throws InterruptedException {
        var region = regions.create();
        String admin = users.create(Role.REGION_ADMIN, region.region());
        String first = users.create(Role.SCHOOL_ADMIN, region.school(0));
        String second = users.create(Role.SCHOOL_ADMIN, region.school(1));
        String curator = users.create(Role.CURATOR, region.school(0));
        var regionBrowser = OporaHttp.as(port, admin);
        cohorts.cohort(regionBrowser, region, YEAR, 0, 1);
        String campaign = ru.opora.monitoring.MonitoringCohorts.campaign(
                regionBrowser, YEAR, "INITIAL", YEAR + "-10-01", DUE.toString());
        regionBrowser.postWithCsrf(campaign + "/status", campaign, Map.of("status", "OPEN"));
        assertThat(waitFor(first, 1).getFirst())
                .contains("Входной мониторинг — когорта " + YEAR)
                .contains(region.school(0).name())
                .contains("до 20.10." + YEAR);

        // the second school enters everything; the first only one value, which its curator returns
        String form2 = campaign + "/schools/" + region.school(1).id();
        var all = Map.of("value_KPK", "40", "value_PARENTS", "50", "value_DEBT", "1", "value_OLYMPIAD", "10");
        assertThat(OporaHttp.as(port, second).postWithCsrf(form2, form2, all).status())
                .isEqualTo(302);
        String form1 = campaign + "/schools/" + region.school(0).id();
        OporaHttp.as(port, first).postWithCsrf(form1, form1, Map.of("value_KPK", "30"));
        OporaHttp.as(port, curator)
                .postWithCsrf(
                        form1 + "/review",
                        form1,
                        Map.of("indicator", "KPK", "decision", "REJECTED", "comment", "нет приказа"));
        assertThat(waitFor(first, 2).getFirst())
                .contains("возвращено на исправление")
                .contains("нет приказа");

        // other tests' campaigns may be open too: what this campaign's schools heard is counted
        UUID id = UUID.fromString(campaign.substring(campaign.lastIndexOf('/') + 1));
        reminders.runOnce(DUE.minusDays(10));
        assertThat(heard(id)).as("too early").isEmpty();
        reminders.runOnce(DUE.minusDays(2));
        assertThat(heard(id))
                .as("only the first school is missing values")
                .containsExactly("DUE_SOON " + region.school(0).id());
        assertThat(reminders.runOnce(DUE.minusDays(2))).as("the day is claimed").isZero();
        reminders.runOnce(DUE.minusDays(1));
        assertThat(heard(id)).as("it heard already").hasSize(1);
        assertThat(waitFor(first, 3).getFirst())
                .contains("срок ввода значений")
                .contains(region.school(0).name());
        reminders.runOnce(DUE.plusDays(1));
        assertThat(heard(id)).contains("OVERDUE " + region.school(0).id()).hasSize(2);
        assertThat(waitFor(first, 4).getFirst()).contains("прошёл");
        assertThat(texts(second)).hasSize(1);
    }

    private List<String> heard(UUID campaign) {
        return jdbc.sql(
                        "select kind || ' ' || school_id from monitoring.reminder_sent where campaign_id = ? order by kind")
                .param(campaign)
                .query(String.class)
                .list();
    }

    private List<String> texts(String recipient) {
        return jdbc.sql("select text from coordination.notification where recipient = ? order by created_at desc")
                .param(recipient)
                .query(String.class)
                .list();
    }

    /** Notifications are written after the change commits, on another thread: waits until there are {@code count}. */
    private List<String> waitFor(String recipient, int count) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var texts = texts(recipient);
            if (texts.size() >= count) return texts;
            Thread.sleep(100);
        }
        throw new AssertionError("fewer than " + count + " notifications for " + recipient + ": " + texts(recipient));
    }
}
