package ru.opora.identity;

import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** {@link UserSeeds} on the accounts table. */
@Component
class SeededAccounts implements UserSeeds {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    SeededAccounts(UserAccounts accounts, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Seeder withPassword(String password) {
        String hash = encoder.encode(password);
        return (username, fullName, role, scope, regionPath) -> {
            if (accounts.findByUsername(username).isPresent()) return;
            var account = UserAccount.create(
                    new UserAdministration.UserSpec(username, fullName, null, role, scope), hash, clock.instant());
            account.keepPassword();
            accounts.save(account);
            audit.record(account.change("demo", regionPath, "CREATE", null));
        };
    }
}
