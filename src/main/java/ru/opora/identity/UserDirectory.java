package ru.opora.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.Scope;

/**
 * Who is who, for other modules: the users of a role whose scope lies within a reader's scope (the
 * experts a region may assign, the curators of a municipality), by username and full name only.
 */
@Component
public class UserDirectory {

    /** A user as other modules see them. */
    public record Person(
            String username,
            String fullName,
            Role role,
            @org.jspecify.annotations.Nullable String email) {}

    private final JdbcClient jdbc;
    private final AuditLog audit;

    UserDirectory(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Opens a school to a user scoped to assigned schools (a curator's assignment); audited. Refused for
     * users whose scope is one org unit, whose scope the user administration owns.
     */
    public void grantSchool(String username, java.util.UUID schoolId, OrgPath schoolPath, String actor) {
        var person = find(username).orElseThrow();
        if (!person.role().scopedToAssignedSchools())
            throw new IllegalArgumentException(username + " is not assignable");
        int added = jdbc.sql("""
                        insert into identity.user_scope (user_account, org_unit_id)
                        select id, ? from identity.user_account where lower(username) = lower(?) on conflict do nothing""").params(schoolId, username).update();
        if (added > 0)
            audit.record(new AuditLog.Change(
                    actor,
                    schoolPath,
                    "USER_SCOPE",
                    username,
                    username,
                    "GRANT",
                    null,
                    java.util.Map.of("school", schoolId.toString())));
    }

    /** Closes a school to an assigned-schools user again; audited. */
    public void revokeSchool(String username, java.util.UUID schoolId, OrgPath schoolPath, String actor) {
        int removed = jdbc.sql("""
                        delete from identity.user_scope where org_unit_id = ? and user_account =
                        (select id from identity.user_account where lower(username) = lower(?))""").params(schoolId, username).update();
        if (removed > 0)
            audit.record(new AuditLog.Change(
                    actor,
                    schoolPath,
                    "USER_SCOPE",
                    username,
                    username,
                    "REVOKE",
                    java.util.Map.of("school", schoolId.toString()),
                    null));
    }

    /** Users of a role by username, whatever their scope (a curator not yet assigned has none). */
    public List<Person> named(Role role, java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) return List.of();
        return jdbc.sql(
                        "select username, full_name, email from identity.user_account where role = ? and username = any (?) order by full_name")
                .params(role.name(), usernames.toArray(String[]::new))
                .query((rs, n) -> new Person(rs.getString(1), rs.getString(2), role, rs.getString(3)))
                .list();
    }

    /** Enabled users of the role with at least one scope org unit inside {@code within}, by name. */
    public List<Person> withRole(Role role, Scope within) {
        if (within.isEmpty()) return List.of();
        return jdbc.sql("""
                        select distinct u.username, u.full_name, u.email from identity.user_account u
                        join identity.user_scope s on s.user_account = u.id
                        join orgunits.org_unit o on o.id = s.org_unit_id
                        where u.enabled and u.role = ? and (""" + within.sqlCondition("o.path") + ") order by u.full_name")
                .param(role.name())
                .query((rs, n) -> new Person(rs.getString(1), rs.getString(2), role, rs.getString(3)))
                .list();
    }

    /** The user with this username, if any. */
    public Optional<Person> find(String username) {
        return jdbc.sql(
                        "select username, full_name, role, email from identity.user_account where lower(username) = lower(?)")
                .param(username)
                .query((rs, n) ->
                        new Person(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4)))
                .optional();
    }

    /**
     * The scope of an enabled user, for what a user reads without signing in (a calendar program
     * fetching the user's feed); empty when the user is unknown or disabled.
     */
    public Optional<ru.opora.orgunits.Scope> scopeOf(String username) {
        var enabled = jdbc.sql("select id from identity.user_account where lower(username) = lower(?) and enabled")
                .param(username)
                .query(java.util.UUID.class)
                .optional();
        return enabled.map(id -> ru.opora.orgunits.Scope.of(jdbc.sql("""
                        select o.path from identity.user_scope s join orgunits.org_unit o on o.id = s.org_unit_id
                        where s.user_account = ?""")
                .param(id)
                .query((rs, n) -> OrgPath.parse(rs.getString(1)))
                .list()));
    }
}
