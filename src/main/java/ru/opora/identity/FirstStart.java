package ru.opora.identity;

import java.io.PrintStream;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.opora.orgunits.OrgUnitRef;
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
    private final FirstAdministrator administrators;
    private final TransactionTemplate transaction;
    private final PrintStream console = System.out;

    FirstStart(
            Setup setup, RegionFounding founding, FirstAdministrator administrators, TransactionTemplate transaction) {
        this.setup = setup;
        this.founding = founding;
        this.administrators = administrators;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!setup.asked() || administrators.anyAccount()) return;
        record Founded(OrgUnitRef region, String password) {}
        var founded = java.util.Objects.requireNonNull(transaction.execute(status -> {
            var region = founding.region(setup.regionCode(), setup.regionName(), setup.authorityName());
            return new Founded(region, administrators.create(setup.adminLogin(), setup.adminName(), region));
        }));
        console.println();
        console.println("  Опора: регион «" + founded.region().name() + "» создан.");
        console.println("  Администратор региона: логин " + setup.adminLogin() + ", пароль " + founded.password());
        console.println("  Пароль выдан на один вход: при первом входе Опора попросит сменить его.");
        console.println();
    }
}
