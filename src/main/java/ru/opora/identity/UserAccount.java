package ru.opora.identity;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import ru.opora.orgunits.OrgPath;

/**
 * A person's (or a service's) account: credentials, one role and the org units of its scope. An
 * aggregate: the scope entries are saved and loaded with it.
 */
@Table(schema = "identity", name = "user_account")
class UserAccount {

    @Id
    private UUID id;

    private String username;
    private String fullName;
    private @Nullable String email;
    private String passwordHash;
    private Role role;
    private boolean enabled;
    private boolean mustChangePassword;

    @MappedCollection(idColumn = "user_account")
    private Set<ScopeEntry> scope = Set.of();

    @Version
    private @Nullable Integer version;

    private Instant createdAt;
    private Instant updatedAt;

    /** For Spring Data JDBC, which sets the fields when it loads an account. */
    @SuppressWarnings("NullAway.Init")
    private UserAccount() {}

    static UserAccount create(UserAdministration.UserSpec spec, String passwordHash, Instant now) {
        var account = new UserAccount();
        account.id = UUID.randomUUID();
        account.username = spec.username().strip();
        account.fullName = spec.fullName().strip();
        account.email = spec.email();
        account.passwordHash = passwordHash;
        account.role = spec.role();
        account.enabled = true;
        account.mustChangePassword = true;
        account.scope = entries(spec.scope());
        account.createdAt = now;
        account.updatedAt = now;
        return account;
    }

    void change(String fullName, @Nullable String email, Role role, Set<UUID> scope, Instant now) {
        this.fullName = fullName.strip();
        this.email = email;
        this.role = role;
        this.scope = entries(scope);
        this.updatedAt = now;
    }

    void disable(Instant now) {
        enabled = false;
        updatedAt = now;
    }

    void enable(Instant now) {
        enabled = true;
        updatedAt = now;
    }

    /** A one-time password from an administrator: its holder must replace it at the next sign-in. */
    void resetPassword(String newHash, Instant now) {
        passwordHash = newHash;
        mustChangePassword = true;
        updatedAt = now;
    }

    /** The holder's own new password. */
    void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        mustChangePassword = false;
        updatedAt = now;
    }

    /** A password the installation knows and hands to nobody (the demo's): it need not be changed. */
    void keepPassword() {
        mustChangePassword = false;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The audit entry for a change of this account made by {@code actor}. */
    AuditLog.Change change(
            String actor, @Nullable OrgPath orgPath, String action, @Nullable Map<String, Object> before) {
        return new AuditLog.Change(actor, orgPath, "USER", id.toString(), username, action, before, auditState());
    }

    /** What the audit log records; never the password hash, only that it changed. */
    Map<String, Object> auditState() {
        var m = new LinkedHashMap<String, Object>();
        m.put("username", username);
        m.put("fullName", fullName);
        if (email != null) m.put("email", email);
        m.put("role", role.name());
        m.put("enabled", enabled);
        m.put(
                "scope",
                scopeIds().stream()
                        .map(UUID::toString)
                        .collect(Collectors.toCollection(TreeSet::new))
                        .toString());
        return m;
    }

    Set<UUID> scopeIds() {
        return scope.stream().map(ScopeEntry::orgUnitId).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<ScopeEntry> entries(Set<UUID> ids) {
        return ids.stream().map(ScopeEntry::new).collect(Collectors.toUnmodifiableSet());
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String fullName() {
        return fullName;
    }

    @Nullable
    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    Role role() {
        return role;
    }

    boolean enabled() {
        return enabled;
    }

    @Nullable
    Integer version() {
        return version;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** One org unit of the account's scope; the org unit itself belongs to orgunits. */
    @Table(schema = "identity", name = "user_scope")
    record ScopeEntry(UUID orgUnitId) {}
}
