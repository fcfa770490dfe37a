package ru.opora.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.orgunits.Scope;

/** The audit log is cut to the reader's scope, like every other list. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditLogIntegrationTests {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    private Scope scopeOf(String kind, String code) {
        return Scope.of(ru.opora.orgunits.OrgPath.parse(
                jdbc.sql("select path from orgunits.org_unit where kind = ? and code = ?")
                        .params(kind, code)
                        .query(String.class)
                        .single()));
    }

    @Test
    void showsOnlyEntriesInsideTheScope() {
        var schools = new AuditLog.Filter("demo", "SCHOOL", "", null, null);
        var municipal = audit.find(schools, scopeOf("MUNICIPALITY", "01"), 1000);
        assertThat(municipal)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.entityLabel()).startsWith("3901"));
        var regional = audit.find(schools, scopeOf("REGION", "39"), 1000);
        assertThat(regional)
                .extracting(AuditLog.Entry::entityLabel)
                .anySatisfy(l -> assertThat(l).startsWith("3902"));
        assertThat(audit.find(schools, Scope.nothing(), 10)).isEmpty();
    }

    @Test
    void recordsWhoCreatedTheDemoUsersUnderTheRegion() {
        var users = audit.find(new AuditLog.Filter("", "USER", "curator", null, null), scopeOf("REGION", "39"), 10);
        assertThat(users)
                .extracting(AuditLog.Entry::actor, AuditLog.Entry::action)
                .contains(org.assertj.core.groups.Tuple.tuple("demo", "CREATE"));
        assertThat(users.getFirst().after()).contains("\"role\": \"CURATOR\"").doesNotContain("password");
    }
}
