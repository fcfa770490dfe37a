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
 * No page or API read issues a query per row (issue #22): on the demo with results, each main page
 * and each list of the API is read by
 * the coordinator of the largest municipality and of the smallest — by schools, then by ШНОР —, and
 * the number of SQL statements it prepares must not grow with the municipality: a query per school,
 * document or measure would add dozens. The counts are written to {@code target/queries-per-page.txt}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opora.demo.enabled=true", "opora.demo.results=true", "opora.embedded-db.database=opora_full_demo"
        })
class QueriesPerPageTests {

    /** Statements a page may add for a larger scope: an optional section that shows only when it has rows. */
    private static final int SLACK = 4;

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
        var report = new ArrayList<String>();
        var grown = new ArrayList<String>();
        // larger by its schools, then by its ШНОР (candidates included): what a page may list a row of
        compare("(select count(*) from orgunits.org_unit s where s.parent_id = m.id)", "schools", 3, report, grown);
        // the demo's ШНОР are a few per municipality: a statement per ШНОР adds at least one per row
        compare(
                "(select count(*) from identification.shnor_status s where s.school_path like m.path || '%'"
                        + " and s.state <> 'EXITED')",
                "ШНОР", 1, report, grown);
        Files.write(Path.of("target", "queries-per-page.txt"), report);
        assertThat(grown)
                .as("pages whose statements grow with the municipality")
                .isEmpty();
    }

    /** Compares the largest and the smallest municipality by {@code size}, the largest at least {@code times} as large plus 4. */
    private void compare(String size, String what, int times, List<String> report, List<String> grown) {
        var sizes = jdbc.sql("select m.id, " + size + " as n from orgunits.org_unit m where m.kind = 'MUNICIPALITY'"
                        + " order by n desc, m.code")
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getInt(2)})
                .list();
        int most = (int) sizes.getFirst()[1];
        int least = (int) sizes.getLast()[1];
        assertThat(most).as("the largest municipality's " + what).isGreaterThanOrEqualTo(times * least + 4);
        String bigName = users.create(
                Role.MUNICIPAL_COORDINATOR,
                orgUnits.find((UUID) sizes.getFirst()[0]).orElseThrow());
        String littleName = users.create(
                Role.MUNICIPAL_COORDINATOR,
                orgUnits.find((UUID) sizes.getLast()[0]).orElseThrow());
        var big = OporaHttp.as(port, bigName);
        var little = OporaHttp.as(port, littleName);
        report.add(String.format("%-32s %8s %8s", "statements by " + what, least, most));
        for (String page : MainPages.PAGES) {
            String id = UUID.randomUUID().toString();
            int smallCount = counted(little, page, "s" + id);
            int largeCount = counted(big, page, "l" + id);
            report.add(String.format("%-32s %8d %8d", page, smallCount, largeCount));
            if (largeCount > smallCount + (times == 1 ? 2 : SLACK))
                grown.add(page + " (by " + what + "): " + smallCount + " → " + largeCount);
        }
        for (String read : MainPages.READS) {
            String id = UUID.randomUUID().toString();
            int smallCount = countedRead(little, read, littleName, "s" + id);
            int largeCount = countedRead(big, read, bigName, "l" + id);
            report.add(String.format("%-32s %8d %8d", read, smallCount, largeCount));
            if (largeCount > smallCount + (times == 1 ? 2 : SLACK))
                grown.add(read + " (by " + what + "): " + smallCount + " → " + largeCount);
        }
    }

    private static int countedRead(OporaHttp who, String read, String username, String id) {
        var response = who.apiCounted(read, username, id);
        assertThat(response.status()).as(read).isEqualTo(200);
        return QueriesPerRequest.of(id);
    }

    private static int counted(OporaHttp who, String page, String id) {
        var response = who.getCounted(page, id);
        assertThat(response.status()).as(page).isEqualTo(200);
        return QueriesPerRequest.of(id);
    }
}
