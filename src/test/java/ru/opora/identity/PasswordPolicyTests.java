package ru.opora.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The password a person chooses: long enough, not built on the login, not one everyone tries. */
class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy(10);

    @Test
    void acceptsALongPasswordOfItsOwn() {
        assertThat(policy.problems("Осенний-лист-2026", "orlova")).isEmpty();
    }

    @Test
    void refusesEachWeaknessWithItsOwnReason() {
        assertThat(policy.problems("Короткий1", "orlova")).containsExactly("password.error.short");
        assertThat(policy.problems("ORLOVA-2026-весна", "orlova")).containsExactly("password.error.login");
        assertThat(policy.problems("Password123", "orlova")).containsExactly("password.error.known");
        assertThat(policy.problems("demo2026", "orlova")).contains("password.error.short", "password.error.known");
        assertThat(policy.problems("ababababababab", "orlova")).containsExactly("password.error.simple");
    }
}
