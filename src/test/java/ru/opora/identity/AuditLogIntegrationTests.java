package ru.opora.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.Scope;
import ru.opora.orgunits.register.TestRegions;
import ru.opora.platform.OporaHttp;

/** The audit log is cut by the reader's scope, like every other list. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditLogIntegrationTests {

    @Autowired
    AuditLog audit;

    @Autowired
    TestRegions regions;

    @Autowired
    TestUsers users;

    @LocalServerPort
    int port;

    private void change(OrgUnitRef school, String label) {
        audit.record(new AuditLog.Change(
                "tester", school.path(), "SCHOOL", school.id().toString(), label, "UPDATE", null, Map.of("x", 1)));
    }

    @Test
    void showsOnlyEntriesInsideTheScope() {
        var region = regions.create();
        var first = region.schoolsOf(region.municipality(0)).getFirst();
        var second = region.schoolsOf(region.municipality(1)).getFirst();
        change(first, "first " + region.code());
        change(second, "second " + region.code());
        var filter = new AuditLog.Filter("tester", "SCHOOL", region.code(), null, null);

        assertThat(audit.find(filter, Scope.of(region.municipality(0).path()), 100))
                .extracting(AuditLog.Entry::entityLabel)
                .containsExactly("first " + region.code());
        assertThat(audit.find(filter, region.scope(), 100))
                .extracting(AuditLog.Entry::entityLabel)
                .containsExactly("second " + region.code(), "first " + region.code());
        assertThat(audit.find(filter, Scope.nothing(), 10)).isEmpty();
        // a page of one, then the entries older than it: the next page
        var newest = audit.find(filter, region.scope(), 1);
        assertThat(audit.find(filter, region.scope(), 1, newest.getLast().id()))
                .extracting(AuditLog.Entry::entityLabel)
                .containsExactly("first " + region.code());
    }

    @Test
    void recordsWhoCreatedAUserWithTheRoleAndNeverThePassword() {
        var region = regions.create();
        String admin = users.create(Role.REGION_ADMIN, region.region());
        var http = OporaHttp.as(port, admin);
        String username = "audited-" + region.code().toLowerCase();
        http.postWithCsrf(
                "/admin/users",
                "/admin/users/new",
                Map.of(
                        "username", username,
                        "fullName", "Куратор Проверки",
                        "email", "",
                        "role", "CURATOR",
                        "scope", region.school(0).id().toString()));

        var entries = audit.find(new AuditLog.Filter(admin, "USER", username, null, null), region.scope(), 10);
        assertThat(entries)
                .extracting(AuditLog.Entry::actor, AuditLog.Entry::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(admin, "CREATE"));
        assertThat(entries.getFirst().after()).contains("\"role\": \"CURATOR\"").doesNotContain("password");
    }
}
