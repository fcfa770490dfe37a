package ru.opora.identity;

import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitRef;

/** The region's first administrator, created at the installation's first start with a one-time password. */
@Component
class FirstAdministrator {

    private final UserAccounts accounts;
    private final AuditLog audit;
    private final OneTimePasswords passwords;
    private final Clock clock;

    FirstAdministrator(UserAccounts accounts, AuditLog audit, OneTimePasswords passwords, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Whether the installation has any account yet: the first start creates one only into an empty one. */
    boolean anyAccount() {
        return accounts.count() > 0;
    }

    /** Creates the administrator of the region; returns the one-time password to print. */
    String create(String login, String fullName, OrgUnitRef region) {
        var issued = passwords.issue();
        var account = UserAccount.create(
                new UserAdministration.UserSpec(login, fullName, null, Role.REGION_ADMIN, Set.of(region.id())),
                issued.hash(),
                clock.instant());
        accounts.save(account);
        audit.record(account.change("first-start", region.path(), "CREATE", null));
        return issued.password();
    }
}
