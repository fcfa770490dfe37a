package ru.opora.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.assessments.TestResults;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/**
 * A ШНОР's weak subjects for the curators' matching: the ВПР where its share of «2» is at least 10
 * points above the region's. In a region of 30 works with 6 «2» (20 %), the school with 5 of 10
 * (50 %) has the subject weak; the one with 1 of 10 (10 %) has not. In a second ВПР of the year the
 * two trade places.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WeakSubjectsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Autowired
    TestResults results;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSubjectIsWeakWhereTheSchoolsShareOfTwosIsTenPointsAboveTheRegions() {
        var region = regions.create();
        int year = 2060 + new Random().nextInt(40);
        var csv = new StringBuilder(TestResults.HEADER);
        works(csv, region.school(0), 5);
        works(csv, region.school(1), 1);
        works(csv, region.school(3), 0);
        results.load(results.vpr("WS", "Слабый предмет", year, 5), region.scope(), csv.toString());
        // a second ВПР of the year where the two schools trade places: each subject is the school's own
        var second = new StringBuilder(TestResults.HEADER);
        works(second, region.school(0), 0);
        works(second, region.school(1), 5);
        works(second, region.school(3), 1);
        results.load(results.vpr("WT", "Второй предмет", year, 5), region.scope(), second.toString());
        for (int i : new int[] {0, 1})
            jdbc.sql("""
                            insert into identification.shnor_status (school_id, school_path, region_id, state, source, entry_year)
                            values (?, ?, ?, 'CONFIRMED', 'REGIONAL_LIST', ?)""")
                    .params(
                            region.school(i).id(),
                            region.school(i).path(),
                            region.region().id(),
                            year)
                    .update();

        var admin = OporaHttp.as(port, users.create(Role.REGION_ADMIN, region.region()));
        String page = admin.get("/support?year=" + year).body();
        assertThat(row(page, region.school(0))).contains("Слабый предмет").doesNotContain("Второй предмет");
        assertThat(row(page, region.school(1))).contains("Второй предмет").doesNotContain("Слабый предмет");
    }

    /** Ten works of the school's 5А, {@code twos} of them scoring nothing («2»), the others full marks. */
    private static void works(StringBuilder csv, OrgUnitRef school, int twos) {
        for (int p = 0; p < 10; p++)
            csv.append(school.code())
                    .append(";WS-")
                    .append(school.code())
                    .append('-')
                    .append(p)
                    .append(p < twos ? ";5А;0;0;0;0\n" : ";5А;1;1;2;2\n");
    }

    private static String row(String page, OrgUnitRef school) {
        int at = page.indexOf(school.code() + " " + school.name());
        assertThat(at).as("the row of " + school.code()).isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }
}
