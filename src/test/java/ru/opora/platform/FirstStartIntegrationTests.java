package ru.opora.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A region installs Opora without the demo: the first start founds the region and its administrator
 * with a one-time password printed once to the console; the administrator must replace it (by the
 * policy) before any page or API call answers.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "opora.embedded-db.database=opora_first_start",
            "opora.setup.region-name=Заречная область",
            "opora.setup.region-code=77",
            "opora.setup.admin-login=zarechnaya",
            "opora.setup.admin-name=Смирнова Ольга Петровна"
        })
class FirstStartIntegrationTests {

    private static final Pattern PASSWORD = Pattern.compile("логин zarechnaya, пароль (\\S+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFirstAdministratorSignsInWithTheOneTimePasswordAndMustReplaceIt(CapturedOutput output) {
        var printed = PASSWORD.matcher(output.getOut());
        assertThat(printed.find()).as("the one-time password on the console").isTrue();
        String oneTime = printed.group(1);
        assertThat(output.getOut()).contains("регион «Заречная область» создан");
        assertThat(jdbc.sql("select count(*) from orgunits.org_unit where kind = 'REGION' and code = '77'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var admin = OporaHttp.signedIn(port, "zarechnaya", oneTime);
        assertThat(admin.get("/schools").location()).endsWith("/account/password");
        assertThat(admin.get("/account/password").body()).contains("Пароль выдан на один вход");
        var api = new OporaHttp(port).getBasic("/api/v1/schools", "zarechnaya", oneTime);
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.body()).contains("смените его");

        var weak = admin.postWithCsrf(
                "/account/password",
                "/account/password",
                Map.of("current", oneTime, "next", "zarechnaya1", "repeated", "zarechnaya1"));
        assertThat(weak.location()).endsWith("/account/password");
        assertThat(admin.get("/account/password").body()).contains("Пароль не должен содержать логин.");
        var known = admin.postWithCsrf(
                "/account/password",
                "/account/password",
                Map.of("current", oneTime, "next", "demo2026", "repeated", "demo2026"));
        assertThat(known.location()).endsWith("/account/password");
        assertThat(admin.get("/account/password").body()).contains("Этот пароль слишком известен");

        var changed = admin.postWithCsrf(
                "/account/password",
                "/account/password",
                Map.of("current", oneTime, "next", "Осенний-лист-2026", "repeated", "Осенний-лист-2026"));
        assertThat(changed.location()).endsWith("/");
        assertThat(admin.get("/").body()).contains("Пароль изменён.");
        assertThat(admin.get("/schools").status()).isEqualTo(200);
        assertThat(new OporaHttp(port)
                        .getBasic("/api/v1/schools", "zarechnaya", "Осенний-лист-2026")
                        .status())
                .isEqualTo(200);
        assertThat(OporaHttp.signedIn(port, "zarechnaya", "Осенний-лист-2026")
                        .get("/schools")
                        .status())
                .isEqualTo(200);
    }
}
