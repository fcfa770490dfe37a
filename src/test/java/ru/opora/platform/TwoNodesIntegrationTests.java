package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.assessments.TestResults;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.planning.TestPlans;
import ru.opora.planning.execution.OverdueCheck;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two Opora nodes on one database, as a region runs them behind a load balancer (issue #15): a
 * session made on one is valid on the other, the daily overdue check runs once however many nodes
 * run it, and an import started on one is followed, and its results read, on the other.
 */
class TwoNodesIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() {
        first = node();
        second = node();
    }

    @AfterAll
    static void stop() {
        if (second != null) second.close();
        if (first != null) first.close();
    }

    private static ConfigurableApplicationContext node() {
        // as arguments: they must win over application.properties
        return new SpringApplicationBuilder(ru.opora.Opora.class)
                .run(
                        "--server.port=0",
                        "--opora.embedded-db.database=opora_two_nodes",
                        "--spring.main.banner-mode=off");
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port", "0"));
    }

    @Test
    void aSessionMadeOnOneNodeIsValidOnTheOther() {
        var region = first.getBean(TestRegions.class).create();
        String admin = first.getBean(TestUsers.class).create(Role.REGION_ADMIN, region.region());
        var browser = OporaHttp.as(port(first), admin);
        var onSecond = browser.on(port(second));
        var page = onSecond.get("/api/v1/schools/" + region.school(0).id());
        assertThat(page.status()).as("the API takes no session cookie").isIn(401, 403);
        page = onSecond.get("/schools/" + region.school(0).id());
        assertThat(page.status()).as("the second node knows the session").isEqualTo(200);
        assertThat(page.body()).contains(region.school(0).code());
    }

    @Test
    void theDailyOverdueCheckRunsOnceWhenBothNodesRunIt() {
        var region = first.getBean(TestRegions.class).create();
        var measure = first.getBean(TestPlans.class)
                .measureInExecution(region.school(0), 2036, "Семинар для учителей", LocalDate.of(2037, 3, 1));
        LocalDate day = LocalDate.of(2037, 3, 2);
        var onFirst = CompletableFuture.supplyAsync(
                () -> first.getBean(OverdueCheck.class).runOnce(day));
        var onSecond = CompletableFuture.supplyAsync(
                () -> second.getBean(OverdueCheck.class).runOnce(day));
        List<UUID> a = onFirst.join();
        List<UUID> b = onSecond.join();
        assertThat(List.of(a, b))
                .as("one node marked the measure, the other skipped the day")
                .containsExactlyInAnyOrder(List.of(measure.id()), List.of());
        var jdbc = first.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select count(*) from planning.job_run where job = 'overdue' and day = ?")
                        .param(day)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anImportStartedOnOneNodeIsFollowedAndReadOnTheOther() throws Exception {
        var region = first.getBean(TestRegions.class).create();
        String admin = first.getBean(TestUsers.class).create(Role.REGION_ADMIN, region.region());
        UUID assessment = first.getBean(TestResults.class).vpr("TN", 2036, 5);
        String code = region.school(0).code();
        String csv = TestResults.HEADER + code + ";P1;5А;1;1;2;2\n" + code + ";P2;5А;0;1;1;0\n";
        String auth = OporaHttp.basic(admin, TestUsers.PASSWORD);

        var accepted = new OporaHttp(port(first))
                .postMultipart(
                        "/api/v1/imports/results?assessment=" + assessment,
                        "results.csv",
                        csv.getBytes(StandardCharsets.UTF_8),
                        auth);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String href = JSON.readTree(accepted.body()).path("href").asString();

        var other = new OporaHttp(port(second));
        JsonNode job = JSON.readTree(other.getAuth(href, auth).body());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!job.path("status").asString().matches("DONE|FAILED")
                && Instant.now().isBefore(deadline)) {
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
            job = JSON.readTree(other.getAuth(href, auth).body());
        }
        assertThat(job.path("status").asString())
                .as("the job as the second node reads it: " + job)
                .isEqualTo("DONE");
        var results = other.getAuth("/api/v1/results/" + assessment, auth);
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.body()).contains("\"participants\":2");
    }
}
