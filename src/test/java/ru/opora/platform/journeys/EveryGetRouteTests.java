package ru.opora.platform.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import ru.opora.platform.OporaHttp;

/**
 * Every GET route of the application, taken from Spring's own route table (not a hand-kept list),
 * requested by every demo role with real ids from the full demo region, and then with malformed
 * ones (issue #15): nothing answers 500, and no table of the database changes (row count and a
 * checksum of the rows per table), since a GET never changes data. Sessions are the one thing a GET
 * may write, with the minute an API token was last used. The API is called with a token per user,
 * as services call it: a password sent with each of the thousands of calls was hashed on each, and
 * that hashing was most of the test's time. Shares the application of {@link EveryPageJourneyTests}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"opora.demo.enabled=true", "opora.demo.results=true", "opora.embedded-db.database=opora_full_demo"
        })
class EveryGetRouteTests {

    private static final List<String> USERS = List.of(
            "region", "municipal", "curator", "expert", "school", "teacher", "observer", "methodist", "mmethodist");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyGetRouteAnswersEveryRoleWithoutAServerErrorAndChangesNoTable() throws Exception {
        var routes = RouteTable.getRoutes(mapping);
        var values = new RouteValues(jdbc);
        assertThat(values.unresolved(routes))
                .as("path variables the test cannot fill")
                .isEmpty();
        var tokens = tokens(USERS);
        var before = TableChecksums.of(jdbc);
        var failures = new ConcurrentLinkedQueue<String>();
        var requests = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(4);
        var tasks = new ArrayList<java.util.concurrent.Future<?>>();
        for (String user : USERS) {
            tasks.add(pool.submit(() -> {
                var session = OporaHttp.signedIn(port, user, "demo2026");
                for (var route : routes) {
                    for (String path : values.paths(route, user)) {
                        var response = route.api() ? session.getAuthorized(path, tokens.get(user)) : session.get(path);
                        requests.incrementAndGet();
                        if (response.status() >= 500) failures.add(user + " " + response.status() + " " + path);
                    }
                }
            }));
        }
        pool.shutdown();
        for (var task : tasks) task.get(10, TimeUnit.MINUTES);
        System.out.printf(
                "EveryGetRouteTests: %d GET routes × %d roles, %d requests%n",
                routes.size(), USERS.size(), requests.get());
        assertThat(failures).as("GET requests that answered 500").isEmpty();
        assertThat(TableChecksums.changed(before, TableChecksums.of(jdbc)))
                .as("tables a GET changed")
                .isEmpty();
        assertThat(routes.size()).as("GET routes found").isGreaterThan(100);
    }

    @Test
    void malformedIdsAndParametersAnswer400Or404NeverAServerError() throws Exception {
        var routes = RouteTable.getRoutes(mapping);
        var values = new RouteValues(jdbc);
        var tokens = tokens(List.of("region", "school"));
        var spent = new java.util.concurrent.ConcurrentHashMap<String, Long>();
        var before = TableChecksums.of(jdbc);
        var failures = new ConcurrentLinkedQueue<String>();
        var requests = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(4);
        var tasks = new ArrayList<java.util.concurrent.Future<?>>();
        // the widest scope and the narrowest, each route's addresses shared out among four threads
        for (int part = 0; part < 4; part++) {
            String user = part % 2 == 0 ? "region" : "school";
            int half = part / 2;
            tasks.add(pool.submit(() -> {
                var session = OporaHttp.signedIn(port, user, "demo2026");
                for (int r = half; r < routes.size(); r += 2) {
                    var route = routes.get(r);
                    long start = System.nanoTime();
                    for (String path : Fuzz.paths(route, values.paths(route, user))) {
                        var response = route.api() ? session.getAuthorized(path, tokens.get(user)) : session.get(path);
                        requests.incrementAndGet();
                        if (response.status() >= 500) failures.add(user + " " + response.status() + " " + path);
                    }
                    spent.merge(route.pattern(), System.nanoTime() - start, Long::sum);
                }
            }));
        }
        pool.shutdown();
        for (var task : tasks) task.get(10, TimeUnit.MINUTES);
        System.out.printf("EveryGetRouteTests: %d malformed requests%n", requests.get());
        // where the test's time goes, to keep it short: the routes that took longest, all their addresses
        java.nio.file.Files.write(
                java.nio.file.Path.of("target", "every-get-route-malformed.txt"),
                spent.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .map(e -> String.format(java.util.Locale.ROOT, "%8.1f s  %s", e.getValue() / 1e9, e.getKey()))
                        .toList());
        assertThat(failures).as("malformed requests that answered 500").isEmpty();
        assertThat(TableChecksums.changed(before, TableChecksums.of(jdbc)))
                .as("tables a GET changed")
                .isEmpty();
    }

    /**
     * A fresh API token for each user, written as the token page writes one (only its SHA-256 kept),
     * before the tables' checksums are taken: the header to send.
     */
    private Map<String, String> tokens(List<String> users) {
        var headers = new java.util.HashMap<String, String>();
        for (String user : users) {
            String secret = "opora_every_route_" + user + "_" + java.util.UUID.randomUUID();
            int written = jdbc.sql("""
                            insert into identity.api_token (id, user_account, name, token_hash, created_by, created_at, expires_at)
                            select gen_random_uuid(), id, 'every route', encode(sha256(convert_to(?, 'UTF8')), 'hex'), 'test',
                                   now(), now() + interval '1 day' from identity.user_account where username = ?""").params(secret, user).update();
            assertThat(written).as("the demo user " + user).isEqualTo(1);
            headers.put(user, "Bearer " + secret);
        }
        return headers;
    }

    /** Row count and an order-free checksum of every table Opora owns, but the sessions. */
    static final class TableChecksums {

        static Map<String, String> of(JdbcClient jdbc) {
            var tables = jdbc.sql("""
                            select table_schema || '.' || table_name from information_schema.tables
                            where table_type = 'BASE TABLE'
                              and table_schema not in ('pg_catalog', 'information_schema')
                              and table_name not like 'spring_session%'
                              and table_name not like 'flyway%'
                            order by 1""").query(String.class).list();
            var sums = new TreeMap<String, String>();
            for (String table : tables)
                sums.put(
                        table,
                        jdbc.sql("select count(*) || ':' || coalesce(sum(hashtext(" + row(table)
                                        + "::text)::bigint), 0) from " + table + " t")
                                .query(String.class)
                                .single());
            return sums;
        }

        /** A row as the checksum reads it: a token's last use is bookkeeping, as a session's last access. */
        private static String row(String table) {
            return table.equals("identity.api_token")
                    ? "(t.id, t.user_account, t.name, t.token_hash, t.expires_at, t.revoked_at)"
                    : "t";
        }

        static List<String> changed(Map<String, String> before, Map<String, String> after) {
            var changed = new ArrayList<String>();
            after.forEach((table, sum) -> {
                if (!sum.equals(before.get(table))) changed.add(table + ": " + before.get(table) + " → " + sum);
            });
            return changed;
        }
    }
}
