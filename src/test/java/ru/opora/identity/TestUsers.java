package ru.opora.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import ru.opora.orgunits.OrgUnitRef;

/**
 * Users for tests: each with a role and a scope of the test's own org units, a username no other
 * test uses, and one password. The password is hashed once per run (bcrypt is slow on purpose).
 */
@Component
public class TestUsers {

    public static final String PASSWORD = "test-password-2026";

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final UserAccounts accounts;
    private final String hash;

    TestUsers(UserAccounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.hash = encoder.encode(PASSWORD);
    }

    /** A user of the role scoped to the given units (a region, a municipality, a school or assigned schools). */
    public String create(Role role, OrgUnitRef... scope) {
        String username = role.name().toLowerCase().replace('_', '-') + "-" + NUMBER.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 4);
        var ids = new java.util.HashSet<UUID>();
        for (OrgUnitRef unit : scope) ids.add(unit.id());
        var account = UserAccount.create(
                new UserAdministration.UserSpec(
                        username, "Тестовый пользователь " + NUMBER.get(), null, role, Set.copyOf(ids)),
                hash,
                Instant.now());
        account.keepPassword(); // the tests' password is no one-time password
        accounts.save(account);
        return username;
    }

    /** The user's account id, for pages that manage users. */
    public UUID id(String username) {
        return accounts.findByUsername(username).orElseThrow().id();
    }
}
