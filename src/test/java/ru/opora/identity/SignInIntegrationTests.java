package ru.opora.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/** Sign-in over real HTTP: hashed passwords, throttling, session fixation, sessions in the database, sign-out and disabling. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    TestRegions.TestRegion region;
    String admin;

    @BeforeEach
    void region() {
        region = regions.create();
        admin = users.create(Role.REGION_ADMIN, region.region());
    }

    private String newUser(String password) {
        String username = "t" + UUID.randomUUID().toString().substring(0, 8);
        var account = UserAccount.create(
                new UserAdministration.UserSpec(
                        username,
                        "Тестовый Пользователь",
                        null,
                        Role.REGION_ADMIN,
                        Set.of(region.region().id())),
                encoder.encode(password),
                Instant.now());
        account.keepPassword();
        accounts.save(account);
        return username;
    }

    @Test
    void storesPasswordsOnlyAsBcryptHashes() {
        String username = newUser("секрет-123");
        String stored = jdbc.sql("select password_hash from identity.user_account where username = ?")
                .param(username)
                .query(String.class)
                .single();
        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain("секрет");
    }

    @Test
    void throttlesAnAccountAfterFiveFailedSignIns() {
        String username = newUser("right-password");
        var http = new OporaHttp(port);
        for (int i = 0; i < 5; i++)
            assertThat(http.signIn(username, "wrong").location()).endsWith("/login?error=bad");
        assertThat(http.signIn(username, "right-password").location()).endsWith("/login?error=throttled");
        assertThat(http.get("/login?error=throttled").body()).contains("Слишком много неудачных попыток");
    }

    @Test
    void changesTheSessionIdAtSignInAndKeepsTheSessionInPostgres() {
        String username = newUser("pw-12345");
        var http = new OporaHttp(port);
        http.get("/login");
        String before = http.cookie("SESSION");
        assertThat(http.signIn(username, "pw-12345").location()).endsWith("/");
        String after = http.cookie("SESSION");
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(jdbc.sql("select count(*) from identity.spring_session where principal_name = ?")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(http.get("/").status()).isEqualTo(200);
    }

    @Test
    void signOutEndsTheSession() {
        String username = newUser("pw-12345");
        var http = OporaHttp.signedIn(port, username, "pw-12345");
        var out = http.postWithCsrf("/logout", "/", Map.of());
        assertThat(out.location()).endsWith("/login?signedOut");
        assertThat(http.get("/schools").location()).endsWith("/login");
    }

    @Test
    void disablingAUserEndsTheirSessionsAndIsAudited() {
        String username = newUser("pw-12345");
        var user = OporaHttp.signedIn(port, username, "pw-12345");
        assertThat(user.get("/schools").status()).isEqualTo(200);
        UUID id = accounts.findByUsername(username).orElseThrow().id();

        var administrator = OporaHttp.as(port, admin);
        assertThat(administrator
                        .postWithCsrf("/admin/users/" + id + "/disable", "/admin/users", Map.of())
                        .status())
                .isEqualTo(302);

        assertThat(user.get("/schools").location()).endsWith("/login");
        assertThat(new OporaHttp(port).signIn(username, "pw-12345").location())
                .as("a disabled account is answered like a wrong password: the answer does not tell it exists")
                .endsWith("/login?error=bad");
        assertThat(new OporaHttp(port).signIn(username, "wrong-password").location())
                .endsWith("/login?error=bad");
        assertThat(jdbc.sql(
                                "select actor || ' ' || action from identity.audit_event where entity_id = ? order by id desc limit 1")
                        .param(id.toString())
                        .query(String.class)
                        .single())
                .isEqualTo(admin + " DISABLE");
    }

    @Test
    void regionAdminCreatesAUserWithAScopeAndTheUserSeesOnlyIt() {
        var administrator = OporaHttp.as(port, admin);
        UUID school = region.school(0).id();
        String username = "d" + UUID.randomUUID().toString().substring(0, 8);
        var created = administrator.postWithCsrf(
                "/admin/users",
                "/admin/users/new",
                Map.of(
                        "username",
                        username,
                        "fullName",
                        "Директор Школы",
                        "email",
                        "",
                        "role",
                        "SCHOOL_ADMIN",
                        "scope",
                        school.toString()));
        assertThat(created.status()).isEqualTo(302);
        var list = administrator.get("/admin/users");
        var password = java.util.regex.Pattern.compile("<strong>([A-Za-z0-9]{12})</strong>")
                .matcher(list.body());
        assertThat(password.find()).isTrue();
        var director = OporaHttp.signedIn(port, username, password.group(1));
        // the administrator's password is for one sign-in: nothing opens until the director chooses one
        assertThat(director.get("/schools").location()).endsWith("/account/password");
        assertThat(director.getBasic("/api/v1/schools", username, password.group(1))
                        .status())
                .isEqualTo(403);
        director.postWithCsrf(
                "/account/password",
                "/account/password",
                Map.of("current", password.group(1), "next", "Школа-у-реки-77", "repeated", "Школа-у-реки-77"));
        assertThat(director.get("/schools").status()).isEqualTo(200);
        assertThat(director.getBasic("/api/v1/schools", username, "Школа-у-реки-77")
                        .body())
                .contains("\"total\":1,");
    }

    @Test
    void refusesAScopeThatDoesNotFitTheRole() {
        var administrator = OporaHttp.as(port, admin);
        var response = administrator.postWithCsrf(
                "/admin/users",
                "/admin/users/new",
                Map.of(
                        "username",
                        "wrongscope",
                        "fullName",
                        "Не Тот Уровень",
                        "email",
                        "",
                        "role",
                        "SCHOOL_ADMIN",
                        "scope",
                        region.region().id().toString()));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("не подходит для этой роли");
        assertThat(accounts.findByUsername("wrongscope")).isEmpty();
    }

    @Test
    void resettingAPasswordEndsTheOldOneAndTheSessions() {
        String username = newUser("old-password");
        var user = OporaHttp.signedIn(port, username, "old-password");
        UUID id = accounts.findByUsername(username).orElseThrow().id();
        var administrator = OporaHttp.as(port, admin);
        assertThat(administrator
                        .postWithCsrf("/admin/users/" + id + "/password", "/admin/users", Map.of())
                        .status())
                .isEqualTo(302);
        var shown = java.util.regex.Pattern.compile("<strong>([A-Za-z0-9]{12})</strong>")
                .matcher(administrator.get("/admin/users").body());
        assertThat(shown.find()).isTrue();

        assertThat(user.get("/schools").location()).endsWith("/login");
        assertThat(new OporaHttp(port).signIn(username, "old-password").location())
                .endsWith("/login?error=bad");
        assertThat(new OporaHttp(port).signIn(username, shown.group(1)).location())
                .endsWith("/");
        assertThat(jdbc.sql("select action from identity.audit_event where entity_id = ? order by id desc limit 1")
                        .param(id.toString())
                        .query(String.class)
                        .single())
                .isEqualTo("PASSWORD_RESET");
    }
}
