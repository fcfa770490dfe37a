package ru.opora.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.Scope;

/**
 * Who is who, for other modules: the users of a role whose scope lies within a reader's scope (the
 * experts a region may assign, the curators of a municipality), by username and full name only.
 */
@Component
public class UserDirectory {

    /** A user as other modules see them. */
    public record Person(String username, String fullName, Role role) {}

    private final JdbcClient jdbc;

    UserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enabled users of the role with at least one scope org unit inside {@code within}, by name. */
    public List<Person> withRole(Role role, Scope within) {
        if (within.isEmpty()) return List.of();
        return jdbc.sql("""
                        select distinct u.username, u.full_name from identity.user_account u
                        join identity.user_scope s on s.user_account = u.id
                        join orgunits.org_unit o on o.id = s.org_unit_id
                        where u.enabled and u.role = ? and (""" + within.sqlCondition("o.path") + ") order by u.full_name")
                .params(args(role.name(), within.likePatterns()))
                .query((rs, n) -> new Person(rs.getString(1), rs.getString(2), role))
                .list();
    }

    private static Object[] args(Object first, String[] rest) {
        var all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** The user with this username, if any. */
    public Optional<Person> find(String username) {
        return jdbc.sql("select username, full_name, role from identity.user_account where lower(username) = lower(?)")
                .param(username)
                .query((rs, n) -> new Person(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3))))
                .optional();
    }
}
