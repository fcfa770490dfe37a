package ru.opora.identity;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.opora.orgunits.RegionFounding;

/**
 * The first start of an installation for a real region: with the region's name and its first
 * administrator's login given (environment or arguments, {@link Setup}), and no account in the
 * database yet, it founds the region and creates the administrator with a random one-time
 * password. The password is printed once, to the console only (never to the log file), and must be
 * changed at the first sign-in. Later starts change nothing.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

    /** {@code opora.setup.*}: OPORA_SETUP_REGION_NAME, OPORA_SETUP_REGION_CODE, OPORA_SETUP_ADMIN_LOGIN, OPORA_SETUP_ADMIN_NAME. */
    @ConfigurationProperties("opora.setup")
    record Setup(String regionName, String regionCode, String authorityName, String adminLogin, String adminName) {

        Setup(
                @Nullable String regionName,
                @Nullable String regionCode,
                @Nullable String authorityName,
                @Nullable String adminLogin,
                @Nullable String adminName) {
            this.regionName = or(regionName, "");
            this.regionCode = or(regionCode, "01");
            this.authorityName = or(authorityName, "Орган управления образованием");
            this.adminLogin = or(adminLogin, "");
            this.adminName = or(adminName, "Администратор региона");
        }

        boolean asked() {
            return !regionName.isEmpty() && !adminLogin.isEmpty();
        }

        private static String or(@Nullable String value, String fallback) {
            return value == null || value.isBlank() ? fallback : value.strip();
        }
    }

    private final Setup setup;
    private final RegionFounding founding;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final OneTimePasswords passwords;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final PrintStream console = System.out;

    FirstStart(
            Setup setup,
            RegionFounding founding,
            UserAccounts accounts,
            AuditLog audit,
            OneTimePasswords passwords,
            TransactionTemplate transaction,
            Clock clock) {
        this.setup = setup;
        this.founding = founding;
        this.accounts = accounts;
        this.audit = audit;
        this.passwords = passwords;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!setup.asked() || accounts.count() > 0) return;
        String login = setup.adminLogin();
        var issued = passwords.issue();
        var region = transaction.execute(status -> {
            var founded = founding.region(setup.regionCode(), setup.regionName(), setup.authorityName());
            var account = UserAccount.create(
                    new UserAdministration.UserSpec(
                            login, setup.adminName(), null, Role.REGION_ADMIN, Set.of(founded.id())),
                    issued.hash(),
                    clock.instant());
            accounts.save(account);
            audit.record(account.change("first-start", founded.path(), "CREATE", null));
            return founded;
        });
        console.println();
        console.println("  Опора: регион «" + region.name() + "» создан.");
        console.println("  Администратор региона: логин " + login + ", пароль " + issued.password());
        console.println("  Пароль выдан на один вход: при первом входе Опора попросит сменить его.");
        console.println();
    }
}
