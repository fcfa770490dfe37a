package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.OrgUnits;

/**
 * No page issues a query per row (issue #22): on the demo with results, each main page is read by
 * the coordinator of the largest municipality and of the smallest, and the number of SQL statements
 * it prepares must not grow with the municipality — a query per school, document or measure would
 * add dozens. The counts are written to {@code target/queries-per-page.txt}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opora.demo.enabled=true", "opora.demo.results=true", "opora.embedded-db.database=opora_full_demo"
        })
class QueriesPerPageTests {

    /** Statements a page may add for a larger scope: an optional section that shows only when it has rows. */
    private static final int SLACK = 4;

    private static final List<String> PAGES = List.of(
            "/",
            "/schools",
            "/municipalities",
            "/results",
            "/results/gia",
            "/identification/status",
            "/risk",
            "/planning",
            "/planning/dashboard",
            "/planning/measures",
            "/support",
            "/support/cohorts",
            "/monitoring",
            "/coordination",
            "/coordination/events",
            "/coordination/practices",
            "/coordination/network",
            "/pupils",
            "/people",
            "/reporting",
            "/planning/today",
            "/monitoring/today",
            "/support/today",
            "/identification/today",
            "/results/figures",
            "/identification/figures",
            "/planning/figures",
            "/coordination/mine",
            "/coordination/events/mine");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    OrgUnits orgUnits;

    @Test
    void aLargerMunicipalityCostsNoMoreQueriesPerPage() throws Exception {
        var sizes = jdbc.sql("""
                        select m.id, (select count(*) from orgunits.org_unit s where s.parent_id = m.id) as schools
                        from orgunits.org_unit m where m.kind = 'MUNICIPALITY' order by schools desc, m.code""")
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getInt(2)})
                .list();
        var large = orgUnits.find((UUID) sizes.getFirst()[0]).orElseThrow();
        var small = orgUnits.find((UUID) sizes.getLast()[0]).orElseThrow();
        assertThat((int) sizes.getFirst()[1])
                .as("the large municipality's schools")
                .isGreaterThan(3 * (int) sizes.getLast()[1]);
        var big = OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, large));
        var little = OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, small));

        var report = new ArrayList<String>();
        report.add(String.format(
                "%-32s %8s %8s",
                "page", small.name().length() > 0 ? sizes.getLast()[1] + " sch." : "", sizes.getFirst()[1] + " sch."));
        var grown = new ArrayList<String>();
        int n = 0;
        for (String page : PAGES) {
            int smallCount = counted(little, page, "s" + n);
            int largeCount = counted(big, page, "l" + n++);
            report.add(String.format("%-32s %8d %8d", page, smallCount, largeCount));
            if (largeCount > smallCount + SLACK) grown.add(page + ": " + smallCount + " → " + largeCount);
        }
        Files.write(Path.of("target", "queries-per-page.txt"), report);
        assertThat(grown)
                .as("pages whose statements grow with the municipality")
                .isEmpty();
    }

    private static int counted(OporaHttp who, String page, String id) {
        var response = who.getCounted(page, id);
        assertThat(response.status()).as(page).isEqualTo(200);
        return QueriesPerRequest.of(id);
    }
}
