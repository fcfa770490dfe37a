package ru.opora.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import ru.opora.ModuleTestSupport;
import ru.opora.orgunits.register.TestRegions;

/**
 * The identity module with only the org units it depends on: seeded accounts (the demo's) are
 * created once, with the password's hash, the scope asked for and an audit entry each; seeding
 * again changes nothing.
 */
@org.springframework.modulith.test.ApplicationModuleTest(
        org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ModuleTestSupport.class)
class IdentityModuleTests {

    @Autowired
    TestRegions regions;

    @Autowired
    UserSeeds seeds;

    @Autowired
    UserDirectory directory;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void seedsAnAccountOnceWithItsScopeHashAndAuditEntry() {
        var region = regions.create();
        var school = region.school(0);
        String username = "seeded-" + UUID.randomUUID().toString().substring(0, 8);

        for (int time = 0; time < 2; time++)
            seeds.withPassword("секрет2026")
                    .ensure(username, "Иванова Мария", Role.SCHOOL_ADMIN, Set.of(school.id()), region.path());

        var person = directory.find(username).orElseThrow();
        assertThat(person.role()).isEqualTo(Role.SCHOOL_ADMIN);
        assertThat(directory.named(Role.SCHOOL_ADMIN, Set.of(username)))
                .extracting(UserDirectory.Person::fullName)
                .containsExactly("Иванова Мария");
        String hash = jdbc.sql("select password_hash from identity.user_account where username = ?")
                .param(username)
                .query(String.class)
                .single();
        assertThat(encoder.matches("секрет2026", hash)).isTrue();
        assertThat(jdbc.sql(
                                "select org_unit_id from identity.user_scope s join identity.user_account u on u.id = s.user_account where u.username = ?")
                        .param(username)
                        .query(UUID.class)
                        .list())
                .containsExactly(school.id());
        assertThat(jdbc.sql(
                                "select count(*) from identity.audit_event where entity_id = (select id::text from identity.user_account where username = ?) and action = 'CREATE'")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
