package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import ru.opora.assessments.TestResults;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;

/**
 * More users at once than the pool has connections (ten): twenty sessions of region administrators
 * and school admins open the pages that stalled under load (an assessment's overview, a school's
 * results) and the schools list, each several times, and every request answers 200 in a bound.
 * Before issue #15's fix a query run inside another's rows held two connections, and twenty users
 * left every connection waiting for a second one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithMockUser(username = "region", authorities = "RESULTS_IMPORT")
class ConcurrentUsersIntegrationTests {

    private static final int USERS = 20;

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    TestResults results;

    @Test
    void twentySessionsAtOnceAllAnswerWithinTheBound() throws Exception {
        var region = regions.create();
        var assessment = results.vpr("CU", 2026, 5);
        var rows = new StringBuilder(TestResults.HEADER);
        for (int s = 0; s < 4; s++)
            for (int p = 0; p < 12; p++)
                rows.append(region.school(s).code())
                        .append(";C")
                        .append(s)
                        .append(p)
                        .append(";5А;1;1;2;")
                        .append(p % 3)
                        .append('\n');
        assertThat(results.load(assessment, region.scope(), rows.toString()).problems())
                .isEmpty();
        var school = region.school(0);
        var pages = List.of("/results/" + assessment, "/results/" + assessment + "/schools/" + school.id(), "/schools");
        var sessions = new ArrayList<OporaHttp>();
        for (int i = 0; i < USERS; i++)
            sessions.add(OporaHttp.as(
                    port,
                    i % 2 == 0
                            ? users.create(Role.REGION_ADMIN, region.region())
                            : users.create(Role.SCHOOL_ADMIN, school)));
        try (var pool = Executors.newFixedThreadPool(USERS)) {
            var calls = new ArrayList<Callable<List<Integer>>>();
            for (var http : sessions)
                calls.add(() -> {
                    var statuses = new ArrayList<Integer>();
                    for (int round = 0; round < 3; round++)
                        for (String page : pages) statuses.add(http.get(page).status());
                    return statuses;
                });
            long start = System.nanoTime();
            var answers = pool.invokeAll(calls, 60, java.util.concurrent.TimeUnit.SECONDS);
            var elapsed = Duration.ofNanos(System.nanoTime() - start);
            for (var answer : answers) {
                assertThat(answer.isCancelled())
                        .as("a session still waiting after 60 s")
                        .isFalse();
                assertThat(answer.get()).containsOnly(200);
            }
            // the pool's timeout is 30 s: a starved request alone would take longer than this
            assertThat(elapsed).isLessThan(Duration.ofSeconds(25));
        }
    }
}
