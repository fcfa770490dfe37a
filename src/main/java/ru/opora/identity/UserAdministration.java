package ru.opora.identity;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.opora.orgunits.OrgPath;
import ru.opora.orgunits.OrgUnitRef;
import ru.opora.orgunits.OrgUnits;

/**
 * User administration for region admins: create, change role and scope, disable, enable, reset
 * password. An admin manages only users whose whole scope lies inside their own, never themselves.
 * Every change is audited and ends the user's open sessions.
 */
@Component
class UserAdministration {

    /** A user as the administration page lists them. */
    record UserRow(
            UUID id,
            String username,
            String fullName,
            @Nullable String email,
            Role role,
            boolean enabled,
            List<OrgUnitRef> scope) {}

    /** What the admin enters for a new or changed user. */
    record UserSpec(
            String username, String fullName, @Nullable String email, Role role, Set<UUID> scope) {}

    private final UserAccounts accounts;
    private final OrgUnits orgUnits;
    private final OneTimePasswords passwords;
    private final AuditLog audit;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final Clock clock;

    UserAdministration(
            UserAccounts accounts,
            OrgUnits orgUnits,
            OneTimePasswords passwords,
            AuditLog audit,
            FindByIndexNameSessionRepository<?> sessions,
            Clock clock) {
        this.accounts = accounts;
        this.orgUnits = orgUnits;
        this.passwords = passwords;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    @RequiresPermission(Permission.USERS_MANAGE)
    List<UserRow> users(SignedInUser admin) {
        List<UserAccount> all = accounts.findAllOrdered();
        var ids = all.stream().flatMap(a -> a.scopeIds().stream()).distinct().toList();
        Map<UUID, OrgUnitRef> units = new HashMap<>();
        for (OrgUnitRef ref : orgUnits.byIds(ids)) units.put(ref.id(), ref);
        return all.stream()
                .map(a -> new UserRow(
                        a.id(),
                        a.username(),
                        a.fullName(),
                        a.email(),
                        a.role(),
                        a.enabled(),
                        a.scopeIds().stream()
                                .map(units::get)
                                .filter(java.util.Objects::nonNull)
                                .sorted(Comparator.comparing(OrgUnitRef::name))
                                .toList()))
                .filter(row -> manages(admin, row.scope()))
                .toList();
    }

    @RequiresPermission(Permission.USERS_MANAGE)
    @Transactional(readOnly = true)
    UserRow user(UUID id, SignedInUser admin) {
        return users(admin).stream()
                .filter(u -> u.id().equals(id))
                .findFirst()
                .orElseThrow(ru.opora.shared.NotFound::new);
    }

    /** Creates the user and returns the one-time password to hand over. */
    @RequiresPermission(Permission.USERS_MANAGE)
    @Transactional
    String create(UserSpec spec, SignedInUser admin) {
        if (!spec.username().strip().matches("[A-Za-z0-9._@-]{3,64}")) throw new UserRejected("users.error.username");
        if (accounts.findByUsername(spec.username().strip()).isPresent())
            throw new UserRejected("users.error.usernameTaken", spec.username());
        checkScope(spec, admin);
        var issued = passwords.issue();
        var account = UserAccount.create(
                new UserSpec(spec.username(), spec.fullName(), blankToNull(spec.email()), spec.role(), spec.scope()),
                issued.hash(),
                clock.instant());
        accounts.save(account);
        audit.record(account.change(admin.username(), placeOf(account), "CREATE", null));
        return issued.password();
    }

    @RequiresPermission(Permission.USERS_MANAGE)
    @Transactional
    void change(UUID id, UserSpec spec, SignedInUser admin) {
        UserAccount account = managed(id, admin);
        checkScope(spec, admin);
        var before = account.auditState();
        account.change(spec.fullName(), blankToNull(spec.email()), spec.role(), spec.scope(), clock.instant());
        save(account, admin, "UPDATE", before);
    }

    @RequiresPermission(Permission.USERS_MANAGE)
    @Transactional
    void disable(UUID id, SignedInUser admin) {
        apply(id, admin, "DISABLE", account -> account.disable(clock.instant()));
    }

    @RequiresPermission(Permission.USERS_MANAGE)
    @Transactional
    void enable(UUID id, SignedInUser admin) {
        apply(id, admin, "ENABLE", account -> account.enable(clock.instant()));
    }

    @RequiresPermission(Permission.USERS_MANAGE)
    @Transactional
    String resetPassword(UUID id, SignedInUser admin) {
        var issued = passwords.issue();
        apply(id, admin, "PASSWORD_RESET", account -> account.resetPassword(issued.hash(), clock.instant()));
        return issued.password();
    }

    /** One change of a managed account: audited with its state before and after, and its sessions ended. */
    private void apply(UUID id, SignedInUser admin, String action, java.util.function.Consumer<UserAccount> change) {
        UserAccount account = managed(id, admin);
        var before = account.auditState();
        change.accept(account);
        save(account, admin, action, before);
    }

    private void save(UserAccount account, SignedInUser admin, String action, Map<String, Object> before) {
        accounts.save(account);
        audit.record(account.change(admin.username(), placeOf(account), action, before));
        sessions.findByPrincipalName(account.username()).keySet().forEach(sessions::deleteById);
    }

    /** Where a user's audit entries belong: their first scope unit (all of it lies in the managing admin's scope). */
    private @Nullable OrgPath placeOf(UserAccount account) {
        return orgUnits.byIds(account.scopeIds()).stream()
                .map(OrgUnitRef::path)
                .sorted()
                .findFirst()
                .orElse(null);
    }

    private UserAccount managed(UUID id, SignedInUser admin) {
        if (id.equals(admin.id())) throw new UserRejected("users.error.self");
        UserAccount account = accounts.findById(id).orElseThrow(() -> new UserRejected("users.error.notFound"));
        if (!manages(admin, orgUnits.byIds(account.scopeIds()))) throw new UserRejected("users.error.notFound");
        return account;
    }

    private void checkScope(UserSpec spec, SignedInUser admin) {
        if (spec.fullName().isBlank()) throw new UserRejected("users.error.fullName");
        List<OrgUnitRef> units = orgUnits.byIds(spec.scope());
        Role role = spec.role();
        if (units.size() != spec.scope().size()) throw new UserRejected("users.error.scopeUnknown");
        if (!role.scopedToAssignedSchools() && units.size() != 1) throw new UserRejected("users.error.scopeOne");
        for (OrgUnitRef u : units) {
            if (u.kind() != role.scopeKind()) throw new UserRejected("users.error.scopeKind", u.name());
            if (!admin.scope().permits(u.path())) throw new UserRejected("users.error.scopeOutside", u.name());
        }
    }

    /** An admin manages a user whose every scope unit lies in the admin's scope (users with no scope yet included). */
    private static boolean manages(SignedInUser admin, List<OrgUnitRef> scope) {
        return scope.stream().allMatch(u -> admin.scope().permits(u.path()));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
