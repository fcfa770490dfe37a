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

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

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

    /** Entries written at once (an import's, one per school) keep their order, their states and their missing parts. */
    @Test
    void recordsManyEntriesInOneStatementAsGiven() {
        var region = regions.create();
        var school = region.schoolsOf(region.municipality(0)).getFirst();
        String actor = "many-" + region.code();
        audit.recordAll(java.util.List.of(
                new AuditLog.Change(
                        actor, school.path(), "RESULTS", "a", "первая «школа»", "CREATE", null, Map.of("works", 3)),
                new AuditLog.Change(
                        actor,
                        null,
                        "RESULTS",
                        "b",
                        "вторая",
                        "UPDATE",
                        Map.of("works", 3),
                        Map.of("file", "a\"b.csv"))));

        var rows = jdbc.sql("select entity_id, entity_label, org_path, before_state::text, after_state::text"
                        + " from identity.audit_event where actor = ? order by id")
                .param(actor)
                .query((rs, n) -> java.util.Arrays.asList(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        assertThat(rows)
                .containsExactly(
                        java.util.Arrays.asList(
                                "a", "первая «школа»", school.path().value(), null, "{\"works\": 3}"),
                        java.util.Arrays.asList("b", "вторая", null, "{\"works\": 3}", "{\"file\": \"a\\\"b.csv\"}"));
        audit.recordAll(java.util.List.of());
    }

    @Test
    void filtersByPersonKindTextAndTime() {
        var region = regions.create();
        var school = region.schoolsOf(region.municipality(0)).getFirst();
        change(school, "older " + region.code());
        var between = java.time.Instant.now();
        audit.record(new AuditLog.Change(
                "someone-" + region.code(),
                school.path(),
                "MEASURE",
                "m1",
                "newer " + region.code(),
                "CREATE",
                null,
                Map.of("x", 2)));
        var after = java.time.Instant.now().plusSeconds(1);

        assertThat(audit.find(new AuditLog.Filter("", "", "", null, null), region.scope(), 2))
                .extracting(AuditLog.Entry::entityLabel)
                .containsExactly("newer " + region.code(), "older " + region.code());
        assertThat(audit.find(new AuditLog.Filter(" Someone-" + region.code(), "", "", null, null), region.scope(), 10))
                .extracting(AuditLog.Entry::entityLabel)
                .containsExactly("newer " + region.code());
        assertThat(audit.find(new AuditLog.Filter("", "SCHOOL", region.code(), null, null), region.scope(), 10))
                .extracting(AuditLog.Entry::entityLabel)
                .containsExactly("older " + region.code());
        assertThat(audit.find(new AuditLog.Filter("", "", region.code(), between, null), region.scope(), 10))
                .extracting(AuditLog.Entry::entityLabel)
                .containsExactly("newer " + region.code());
        assertThat(audit.find(new AuditLog.Filter("", "", region.code(), null, between), region.scope(), 10))
                .extracting(AuditLog.Entry::entityLabel)
                .containsExactly("older " + region.code());
        assertThat(audit.find(new AuditLog.Filter("", "", region.code(), after, null), region.scope(), 10))
                .isEmpty();
    }

    /** The page's filter offers the kinds of entry the reader's scope holds, and only those. */
    @Test
    void offersTheKindsOfEntryInsideTheScope() {
        var region = regions.create();
        var first = region.schoolsOf(region.municipality(0)).getFirst();
        var second = region.schoolsOf(region.municipality(1)).getFirst();
        String only = "KIND_" + region.code();
        audit.record(new AuditLog.Change(
                "tester", second.path(), only, second.id().toString(), "second", "UPDATE", null, Map.of("x", 1)));
        change(first, "first " + region.code());

        assertThat(audit.types(region.scope())).contains("SCHOOL", only).isSorted();
        assertThat(audit.types(Scope.of(region.municipality(1).path()))).contains(only);
        assertThat(audit.types(Scope.of(region.municipality(0).path())))
                .contains("SCHOOL")
                .doesNotContain(only);
    }

    /**
     * Inside a transaction the entries are written in one batch just before the commit (#22): none
     * is in the table before it, all are after it, none after a rollback; the audit page's read in
     * the same transaction sees them; a transaction inside another (REQUIRES_NEW) keeps its own.
     */
    @Test
    void entriesAreWrittenWithTheirTransactionAndOnlyIfItCommits() {
        var region = regions.create();
        var school = region.school(0);
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
        var inner = new org.springframework.transaction.support.TransactionTemplate(transactions);
        inner.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        String label = "batched " + region.code();
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < 3; i++) change(school, label);
            assertThat(stored(label)).isZero();
            inner.executeWithoutResult(s -> change(school, label + " inner"));
            assertThat(stored(label + " inner")).isEqualTo(1);
            change(school, label);
        });
        assertThat(stored(label)).isEqualTo(4);

        tx.executeWithoutResult(status -> {
            change(school, label + " undone");
            inner.executeWithoutResult(s -> change(school, label + " kept"));
            status.setRollbackOnly();
        });
        assertThat(stored(label + " undone")).isZero();
        assertThat(stored(label + " kept")).isEqualTo(1);

        var filter = new AuditLog.Filter("tester", "SCHOOL", label + " read", null, null);
        tx.executeWithoutResult(status -> {
            change(school, label + " read");
            assertThat(audit.find(filter, region.scope(), 10)).hasSize(1);
            change(school, label + " read");
        });
        assertThat(stored(label + " read")).isEqualTo(2);
    }

    /** Entries of the label in the table, read beside the transaction (its own connection). */
    private int stored(String label) {
        var count = new int[1];
        var beside = new org.springframework.transaction.support.TransactionTemplate(transactions);
        beside.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        beside.executeWithoutResult(
                s -> count[0] = jdbc.sql("select count(*) from identity.audit_event where entity_label = ?")
                        .param(label)
                        .query(Integer.class)
                        .single());
        return count[0];
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
