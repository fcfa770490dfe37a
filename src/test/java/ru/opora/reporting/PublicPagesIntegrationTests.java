package ru.opora.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.opora.identity.Role;
import ru.opora.identity.TestUsers;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/**
 * A school's public page (issue #21): nothing is public until the school turns its page on; then
 * anyone reads it without signing in, only the sections the school chose, with its Atom feed and a
 * card another site may frame; no session is made, nothing but GET is answered, and an address
 * that asks too often gets 429. Another school's director cannot change this school's page.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "opora.public.rate-per-minute=30")
class PublicPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @Test
    void aSchoolPublishesWhatItChoosesAndAnyoneReadsIt() throws Exception {
        var region = regions.create();
        var school = region.school(0);
        var anyone = new OporaHttp(port);
        String page = "/public/schools/" + school.code();
        assertThat(anyone.get(page).status()).isEqualTo(404);

        var director = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, school));
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.add("enabled", "true");
        form.add("sections", "PLAN");
        form.add("intro", "Школа работает над читательской грамотностью.");
        director.postFormWithCsrf("/reporting/public-page", "/reporting/public-page", form);
        assertThat(director.get("/reporting/public-page").body())
                .contains("/public/schools/" + school.code() + "/embed");

        var read = anyone.get(page);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body())
                .contains(school.name())
                .contains("Школа работает над читательской грамотностью.")
                .contains("id=\"plan\"")
                .doesNotContain("id=\"status\"");
        var feed = anyone.get(page + "/feed.atom");
        assertThat(feed.body())
                .startsWith("<?xml")
                .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .contains(school.name());
        var embed = anyone.getWithHeaders(page + "/embed");
        assertThat(embed.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("frame-ancestors *");
        assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(embed.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(anyone.post(page, Map.of()).status()).isEqualTo(403);

        // another school's director posts to the settings: it changes only their own school's page
        var stranger = OporaHttp.as(port, users.create(Role.SCHOOL_ADMIN, region.school(1)));
        var off = new org.springframework.util.LinkedMultiValueMap<String, String>();
        off.add("enabled", "false");
        stranger.postFormWithCsrf("/reporting/public-page", "/reporting/public-page", off);
        assertThat(anyone.get(page).status()).isEqualTo(200);
        // a coordinator has no page of its own to publish
        assertThat(OporaHttp.as(port, users.create(Role.MUNICIPAL_COORDINATOR, region.municipality(0)))
                        .get("/reporting/public-page")
                        .status())
                .isEqualTo(403);

        // an address that asks more than 30 times a minute is told to wait
        int refused = 0;
        for (int i = 0; i < 61; i++) if (anyone.get(page).status() == 429) refused++;
        assertThat(refused).isPositive();
    }
}
