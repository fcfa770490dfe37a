package ru.opora.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/**
 * A run's page lists its candidates whole but the schools that are not low — most of a region,
 * hundreds in a large one — fifty at a time (issue #22: a page's cost must not follow the region's
 * size), with the total in the heading and each shown line explained.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RunPagingTests {

    private static final int YEAR = 2033;
    private static final Pattern NOT_LOW_ROW =
            Pattern.compile("<tr>\\s*<td><a href=\"/identification/runs/[^\"]+/schools/");

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    IdentificationFixtures fixtures;

    @Autowired
    TestUsers users;

    @Test
    void theSchoolsThatAreNotLowComeFiftyToAPageWithTheirTotal() {
        var region = regions.create(2, 31, UnaryOperator.identity());
        fixtures.load(region, YEAR);
        var admin = OporaHttp.as(port, users.create(Role.REGION_ADMIN, region.region()));
        var started =
                admin.postWithCsrf("/identification/runs", "/identification", Map.of("year", String.valueOf(YEAR)));
        assertThat(started.status()).isEqualTo(302);
        String run = started.location().replaceFirst("^https?://[^/]+", "");

        var first = admin.get(run);
        assertThat(first.status()).isEqualTo(200);
        var heading = Pattern.compile("Не в списке: (\\d+)").matcher(first.body());
        assertThat(heading.find()).isTrue();
        int notLow = Integer.parseInt(heading.group(1));
        // 62 schools, two planted weak ones: most are not low, and the first page shows 50 of them
        assertThat(notLow).isBetween(55, 60);
        assertThat(first.body()).contains("Страница 1 из 2").contains("id=\"not-low-next\"");
        long otherGroups = rows(first.body()) - 50;
        assertThat(otherGroups).isBetween(2L, 7L);

        var second = admin.get(run + "?page=1");
        assertThat(rows(second.body())).isEqualTo(otherGroups + notLow - 50);
        assertThat(second.body()).contains("Страница 2 из 2").doesNotContain("id=\"not-low-next\"");
        // the group is open on its later pages
        assertThat(second.body()).containsPattern("<details id=\"notLow\" open");
        assertThat(admin.get(run + "?page=x").status()).isEqualTo(400);
    }

    @Test
    void eachLineNamesItsSchoolAndMunicipalityForTheReadersScope() {
        var region = regions.create(2, 31, UnaryOperator.identity());
        fixtures.load(region, YEAR);
        var admin = OporaHttp.as(port, users.create(Role.REGION_ADMIN, region.region()));
        String run = admin.postWithCsrf("/identification/runs", "/identification", Map.of("year", String.valueOf(YEAR)))
                .location()
                .replaceFirst("^https?://[^/]+", "");
        var own = region.municipality(1);
        var other = region.municipality(0);

        String municipal = OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, own))
                .get(run)
                .body();
        for (var school : region.schoolsOf(own))
            assertThat(municipal).as(school.code()).contains(school.code()).contains(school.name());
        assertThat(municipal).contains("<td>" + own.name() + "</td>").doesNotContain("<td>" + other.name() + "</td>");
        for (var school : region.schoolsOf(other))
            assertThat(municipal).as(school.code()).doesNotContain(school.code());

        // a scope of one school of the other municipality: its line still names that municipality
        var school = region.schoolsOf(other).getFirst();
        String single = OporaHttp.as(port, users.create(Role.REGION_ADMIN, school))
                .get(run)
                .body();
        assertThat(single)
                .contains(school.code())
                .contains("<td>" + other.name() + "</td>")
                .doesNotContain("<td>" + own.name() + "</td>");
    }

    private static long rows(String html) {
        return NOT_LOW_ROW.matcher(html).results().count();
    }
}
