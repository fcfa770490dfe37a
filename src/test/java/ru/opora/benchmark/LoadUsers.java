package ru.opora.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.opora.platform.OporaHttp;

/**
 * The load test's users: clones of the demo's accounts in the proportions of a region's working day
 * (schools and their teachers most, municipal coordinators, curators, the region's few), each
 * school's and municipality's user on a school or municipality of its own, the others with the demo
 * account's scope; all signed in, each with a session of its own.
 */
final class LoadUsers {

    /** A signed-in clone: its role's label (the demo account it copies) and its session cookie. */
    record LoadUser(String username, String like, String cookie) {}

    /** The demo account copied, its share of 200 users, and whether each clone gets a unit of its own. */
    private record Share(String demoUser, int of200, String ownUnitKind) {}

    private static final List<Share> SHARES = List.of(
            new Share("school", 70, "SCHOOL"),
            new Share("teacher", 30, "SCHOOL"),
            new Share("municipal", 30, "MUNICIPALITY"),
            new Share("curator", 20, null),
            new Share("region", 15, null),
            new Share("expert", 10, null),
            new Share("methodist", 10, null),
            new Share("mmethodist", 5, null),
            new Share("mentor", 5, null),
            new Share("observer", 5, null));

    private final JdbcClient jdbc;

    LoadUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code total} clones written in SQL, with the demo's password. */
    List<String> create(int total) {
        var names = new ArrayList<String>();
        int given = 0;
        for (int i = 0; i < SHARES.size(); i++) {
            var share = SHARES.get(i);
            int count = i == SHARES.size() - 1 ? total - given : Math.round(total * share.of200() / 200f);
            given += count;
            List<UUID> units = share.ownUnitKind() == null
                    ? List.of()
                    : jdbc.sql("select id from orgunits.org_unit where kind = ? order by code")
                            .param(share.ownUnitKind())
                            .query(UUID.class)
                            .list();
            for (int n = 0; n < count; n++) names.add(clone(share, n, units));
        }
        return names;
    }

    private String clone(Share share, int n, List<UUID> units) {
        String username = "load-" + share.demoUser() + "-" + n;
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into identity.user_account (id, username, full_name, password_hash, role, version)
                        select ?, ?, full_name || ' (нагрузка ' || ? || ')', password_hash, role, 0
                          from identity.user_account where username = ?""").params(id, username, n, share.demoUser()).update();
        if (units.isEmpty()) jdbc.sql("""
                            insert into identity.user_scope (user_account, org_unit_id)
                            select ?, s.org_unit_id from identity.user_scope s join identity.user_account u on u.id = s.user_account
                             where u.username = ?""").params(id, share.demoUser()).update();
        else
            jdbc.sql("insert into identity.user_scope (user_account, org_unit_id) values (?, ?)")
                    .params(id, units.get(n % units.size()))
                    .update();
        return username;
    }

    /** Every clone signed in through the sign-in form, a few at a time (a password check is work). */
    static List<LoadUser> signIn(int port, List<String> usernames, String password) throws Exception {
        try (var pool = Executors.newFixedThreadPool(4)) {
            var futures = new ArrayList<Future<LoadUser>>();
            for (String username : usernames)
                futures.add(pool.submit(() -> {
                    var http = OporaHttp.signedIn(port, username, password);
                    String like = username.substring(5, username.lastIndexOf('-'));
                    return new LoadUser(username, like, http.cookie("SESSION"));
                }));
            var users = new ArrayList<LoadUser>();
            for (var f : futures) users.add(f.get());
            return users;
        }
    }
}
